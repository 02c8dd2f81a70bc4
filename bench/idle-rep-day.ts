/**
 * Provider calls of a connected rep on a day when nothing happens: N reps with an empty
 * calendar and inbox, connected, first-synced and (with push) their calendar channels
 * open and Gmail push through Pub/Sub on, then a day of service time with the service's own
 * timers. Counted per rep from the emulator's requests, after the first sync. `polling:
 * true` is the design without push that polls every minute: no PUBLIC_URL (no channels),
 * calendar and inbox every 60 s.
 */
import { startGoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { createBenchDb, type DbKind } from './bench-db.js';
import { countCallsPerUser } from './call-counter.js';
import { connectGoogleReps } from './google-reps.js';
import { followingClock, GMAIL_PUSH_ENV, startVirtualService } from './virtual-service.js';

const DAY = 86_400_000;

export interface IdleDayResult {
  reps: number;
  /** Service time simulated; the per-day figures are scaled from it. */
  hours: number;
  callsPerRepDay: number;
  byRoute: Record<string, number>;
  /** OAuth token refreshes per rep-day (not in callsPerRepDay; see the README). */
  tokenRefreshesPerRepDay: number;
}

export async function benchIdleRepDay(
  kind: DbKind,
  opts: { reps: number; hours: number; polling?: boolean },
): Promise<IdleDayResult> {
  const clock = followingClock();
  const emu = await startGoogleEmulator({ now: clock.now });
  const counter = countCallsPerUser(emu);
  const db = await createBenchDb(kind);
  const env: Record<string, string> = opts.polling
    ? { PUBLIC_URL: '', CALENDAR_POLL_SECONDS: '60', INBOX_POLL_SECONDS: '60', INBOX_IDLE_POLL_MINUTES: '1' }
    : GMAIL_PUSH_ENV;
  const vs = await startVirtualService(db, emu, env);
  clock.follow(vs);
  try {
    const reps = await connectGoogleReps(vs.service.ctx, emu, opts.reps);
    for (const rep of reps) await vs.service.sync.add(rep.connectionId);
    const ready = async () => {
      const conns = await vs.service.ctx.db.connection.findMany({
        select: { calendarCursor: true, mailCursor: true, channelId: true },
      });
      return conns.every((c) => c.calendarCursor && c.mailCursor && (opts.polling || c.channelId));
    };
    await vs.until('first syncs and channels', ready, 10 * 60_000);
    await vs.advance(60_000);
    const before = counter.all();
    const tokensBefore = emu.count('oauth.token');
    await vs.advance(opts.hours * 3_600_000);
    const after = counter.all();
    const scale = DAY / (opts.hours * 3_600_000) / reps.length;
    const byRoute: Record<string, number> = {};
    for (const [route, n] of Object.entries(after)) {
      const d = n - (before[route] ?? 0);
      if (d > 0) byRoute[route] = d * scale;
    }
    return {
      reps: reps.length,
      hours: opts.hours,
      callsPerRepDay: Object.values(byRoute).reduce((a, b) => a + b, 0),
      byRoute,
      tokenRefreshesPerRepDay: (emu.count('oauth.token') - tokensBefore) * scale,
    };
  } finally {
    await vs.stop();
    await emu.close();
    await db.remove();
  }
}
