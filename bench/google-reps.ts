/**
 * Reps on Google for the benches: each an emulated Google user, connected the way
 * `agendum connect google` stores a connection (the refresh token sealed on the row), with
 * business hours around the clock so no due time moves to another day mid-run.
 */
import type { AppContext } from '../src/context.js';
import { connectAccount } from '../src/workflows/connections/connect-account.js';
import type { GoogleEmulator } from '../test/emulators/google/google-emulator.js';

export const REP_DOMAIN = 'northwind.example';
const ALL_DAY = { start: '00:00', end: '23:59', days: [1, 2, 3, 4, 5, 6, 7] };

/** The address of bench rep `i`. */
export const repEmail = (i: number) => `rep${i}@${REP_DOMAIN}`;

export interface BenchRep {
  email: string;
  repId: string;
  connectionId: string;
}

/**
 * Adds `count` users to the emulator and connects each in `ctx`, without a provider call:
 * the first sync is what fetches the first access token, as after a real connect.
 */
export async function connectGoogleReps(
  ctx: AppContext,
  emu: GoogleEmulator,
  count: number,
  from = 0,
): Promise<BenchRep[]> {
  const reps: BenchRep[] = [];
  for (let i = from; i < from + count; i++) {
    const email = repEmail(i);
    const refreshToken = emu.addUser(email);
    const { repId, connectionId } = await connectAccount(ctx, 'google', {
      email,
      accountId: email,
      name: `Rep ${i}`,
      timeZone: 'America/New_York',
      tokens: { refresh_token: refreshToken },
    });
    await ctx.db.rep.update({ where: { id: repId }, data: { businessHours: ALL_DAY } });
    reps.push({ email, repId, connectionId });
  }
  return reps;
}

/** A 30-minute meeting of `rep` with one outside buyer (a prospect meeting), or with a colleague. */
export function benchEvent(
  rep: string,
  n: number,
  start: Date,
  prospect: boolean,
): Parameters<ReturnType<GoogleEmulator['calendar']>['addEvent']>[0] {
  return {
    summary: prospect ? `Company${n} × Northwind — discovery call` : `Weekly sync ${n}`,
    start,
    end: new Date(start.getTime() + 30 * 60_000),
    attendees: [
      { email: rep, responseStatus: 'accepted' },
      prospect
        ? { email: `buyer${n}@company${n}.example`, displayName: `Buyer ${n}` }
        : { email: `colleague${n}@${REP_DOMAIN}`, responseStatus: 'accepted' },
    ],
  };
}
