/**
 * Bench figures for the Google provider: the real googleapis client against the loopback
 * emulator, through the same workflow the service runs (syncCalendar → meetings → plans).
 * Loopback has no network latency, so these show agendum's own cost per event and page.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/create-context.js';
import { silentLogger } from '../src/log.js';
import { syncCalendar } from '../src/workflows/calendar/sync-calendar.js';
import { connectAccount } from '../src/workflows/connections/connect-account.js';
import { startGoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { googleEnv } from '../test/helpers/google-service.js';

type Timer = <T>(label: string, fn: () => Promise<T>, per?: number) => Promise<T>;

const REP = 'bench.google@northwind.example';

/** Seeds `events` events in the emulator and times a first and an incremental sync. */
export async function benchGoogleSync(time: Timer, events: number): Promise<void> {
  const emu = await startGoogleEmulator();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-bench-google-'));
  try {
    const refreshToken = emu.addUser(REP);
    const now = Date.now();
    for (let i = 0; i < events; i++) {
      const start = new Date(now + ((i % 40) * 86_400_000) / 2 + 3_600_000);
      emu.calendar(REP).addEvent({
        summary: i % 3 === 0 ? `Weekly sync ${i}` : `Company${i} — discovery call`,
        start,
        end: new Date(start.getTime() + 1_800_000),
        attendees: [
          { email: REP, responseStatus: 'accepted' },
          { email: i % 3 === 0 ? `colleague${i}@northwind.example` : `buyer${i}@company${i}.example` },
        ],
      });
    }
    const config = loadConfig({ DATA_DIR: dataDir, AGENDUM_DEMO: 'false', ...googleEnv(emu) });
    const ctx = await createContext(config, { log: silentLogger });
    try {
      const account = await ctx.providers.oauthFlow('google').fromRefreshToken(REP, refreshToken);
      const { connectionId } = await connectAccount(ctx, 'google', {
        ...account,
        timeZone: 'America/New_York',
      });
      console.log(
        `agendum bench — ${events} events, SQLite, Google provider (googleapis → loopback emulator)`,
      );
      await time(`first sync (${events} events, paged)`, () => syncCalendar(ctx, connectionId), events);
      await time('incremental sync (sync token), nothing changed', () => syncCalendar(ctx, connectionId));
      console.log(`${'  events.list requests'.padEnd(44)} ${emu.count('calendar.events.list')}`);
    } finally {
      await ctx.db.$disconnect();
    }
  } finally {
    await emu.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
