/**
 * Initial sync: R reps with E events each on the emulated Google calendar (spread over the
 * next 90 days, 30% with an outside prospect), first-synced through `syncCalendar` — the
 * job the worker runs — four connections at a time (JOB_CONCURRENCY's default), from the
 * first request until every meeting is mirrored, classified and its steps planned. The
 * floor is the same listing fetched raw: the same googleapis client and paging, nothing done
 * with the events. Both run against the loopback emulator in this process, so neither pays
 * network latency and both pay the emulator's share of the CPU.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/create-context.js';
import { silentLogger } from '../src/log.js';
import { createOAuthClient } from '../src/providers/google/google-auth.js';
import { createGoogleClients } from '../src/providers/google/google-clients.js';
import { syncCalendar } from '../src/workflows/calendar/sync-calendar.js';
import { startGoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { googleEnv } from '../test/helpers/google-service.js';
import { createBenchDb, type DbKind } from './bench-db.js';
import { benchEvent, connectGoogleReps } from './google-reps.js';
import { inPool } from './pool.js';
import { statementCount } from './query-counter.js';

const DAY = 86_400_000;
const SPAN_DAYS = 90;
const CONCURRENCY = 4;

export interface InitialSyncResult {
  reps: number;
  eventsPerRep: number;
  events: number;
  prospectMeetings: number;
  plannedSteps: number;
  seconds: number;
  eventsPerSec: number;
  floorSeconds: number;
  floorEventsPerSec: number;
  eventsListRequests: number;
  /** Node CPU seconds (user + system) of this process for each; PostgreSQL's own CPU is not in them. */
  cpuSeconds: number;
  floorCpuSeconds: number;
  /** Database statements per event mirrored (reads, writes, BEGIN/COMMIT; job enqueues included). */
  statementsPerEvent: number;
}

const cpuSince = (start: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
};

/** Lists a calendar the way the provider's first sync does, keeping nothing; returns the event count. */
async function fetchRaw(
  calendar: ReturnType<typeof createGoogleClients>['calendar'],
  timeMin: string,
): Promise<number> {
  let n = 0;
  let pageToken: string | undefined;
  do {
    const res = await calendar.events.list({
      calendarId: 'primary',
      singleEvents: true,
      maxResults: 250,
      timeMin,
      ...(pageToken ? { pageToken } : {}),
    });
    n += res.data.items?.length ?? 0;
    pageToken = res.data.nextPageToken ?? undefined;
  } while (pageToken);
  return n;
}

export async function benchInitialSync(
  kind: DbKind,
  opts: { reps: number; eventsPerRep: number },
): Promise<InitialSyncResult> {
  const emu = await startGoogleEmulator();
  const db = await createBenchDb(kind);
  const config = loadConfig({
    DATA_DIR: db.dataDir,
    AGENDUM_DEMO: 'false',
    LOG_LEVEL: 'error',
    // The whole 90 days in the window (default 60), so the sync keeps what the floor fetches.
    SYNC_WINDOW_DAYS: String(SPAN_DAYS + 1),
    ...googleEnv(emu),
    ...db.env,
  });
  const ctx = await createContext(config, { log: silentLogger });
  try {
    const reps = await connectGoogleReps(ctx, emu, opts.reps);
    const now = Date.now();
    let n = 0;
    for (const rep of reps) {
      for (let k = 0; k < opts.eventsPerRep; k++) {
        const start = new Date(
          now + 3_600_000 + Math.floor((k / opts.eventsPerRep) * SPAN_DAYS * 48) * 1_800_000,
        );
        emu.calendar(rep.email).addEvent(benchEvent(rep.email, n++, start, k % 10 < 3));
      }
    }
    const events = reps.length * opts.eventsPerRep;

    // The floor first: the emulator's listing code warms up on it, not on the measured sync.
    const google = config.google as NonNullable<typeof config.google>;
    const timeMin = new Date(now - DAY).toISOString();
    const clients = reps.map((rep) => {
      const auth = createOAuthClient(google);
      auth.setCredentials({ refresh_token: emu.oauth.issueRefreshToken(rep.email) });
      return createGoogleClients(auth, google).calendar;
    });
    let fetched = 0;
    const f0 = performance.now();
    const fc = process.cpuUsage();
    await inPool(clients, CONCURRENCY, async (calendar) => {
      const listed = await fetchRaw(calendar, timeMin);
      fetched += listed;
    });
    const floorSeconds = (performance.now() - f0) / 1000;
    const floorCpuSeconds = cpuSince(fc);
    if (fetched !== events) throw new Error(`initial sync floor fetched ${fetched} of ${events} events`);

    const listsBefore = emu.count('calendar.events.list');
    const statementsBefore = statementCount();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await inPool(reps, CONCURRENCY, (rep) => syncCalendar(ctx, rep.connectionId));
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSince(c0);
    const statements = statementCount() - statementsBefore;

    const mirrored = await ctx.db.meeting.count();
    if (mirrored !== events) throw new Error(`initial sync mirrored ${mirrored} of ${events} events`);
    return {
      reps: reps.length,
      eventsPerRep: opts.eventsPerRep,
      events,
      prospectMeetings: await ctx.db.meeting.count({ where: { isProspect: true } }),
      plannedSteps: await ctx.db.step.count(),
      seconds,
      eventsPerSec: events / seconds,
      floorSeconds,
      floorEventsPerSec: events / floorSeconds,
      eventsListRequests: emu.count('calendar.events.list') - listsBefore,
      cpuSeconds,
      floorCpuSeconds,
      statementsPerEvent: statements / events,
    };
  } finally {
    await ctx.db.$disconnect();
    await emu.close();
    await db.remove();
  }
}
