/**
 * `npm run bench`: prints how well replies are read (the intent confusion matrix on the
 * labelled corpus, confirm precision and accuracy, and the same for each blind holdout set
 * in test/fixtures/intent-holdout), then figures for the hot paths — a
 * first calendar sync of many events and an incremental sync with nothing changed, on the
 * local provider and on the Google provider (real googleapis against the loopback
 * emulator), composing agendas, the process's memory, and the /healthz latency during a
 * first sync of one big `.ics` file. Figures only; no pass/fail.
 * `npm run bench -- [events] [events in the big file]`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/create-context.js';
import { silentLogger } from '../src/log.js';
import { syncCalendar } from '../src/workflows/calendar/sync-calendar.js';
import {
  composeMeetingAgenda,
  loadMeetingForCompose,
} from '../src/workflows/outbound/compose-meeting-agenda.js';
import { icsFor } from '../test/helpers/ics.js';
import { benchGoogleSync } from './google-sync.js';
import { benchHealthzDuringSync } from './healthz-during-sync.js';
import { benchIntentCorpus } from './intent-corpus.js';
import { benchIntentHoldout } from './intent-holdout.js';
import { addLocalRep } from './local-rep.js';

const EVENTS = Number(process.argv[2] ?? 500);
const BIG_FILE_EVENTS = Number(process.argv[3] ?? 5000);
const REP = 'bench.rep@northwind.example';

async function time<T>(label: string, fn: () => Promise<T>, per?: number): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  const ms = performance.now() - t0;
  console.log(
    `${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms${per ? `  (${(ms / per).toFixed(2)} ms each)` : ''}`,
  );
  return out;
}

await benchIntentCorpus();
console.log('');
await benchIntentHoldout();
console.log('');

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-bench-'));
try {
  const now = new Date();
  const config = loadConfig({ DATA_DIR: dataDir, AGENDUM_DEMO: 'false' });
  const ctx = await createContext(config, { log: silentLogger });
  const { connectionId, calendarDir: dir } = await addLocalRep(ctx, REP);
  for (let i = 0; i < EVENTS; i++) {
    const start = new Date(now.getTime() + ((i % 40) * 86_400_000) / 2 + 3_600_000);
    await writeFile(
      path.join(dir, `e${i}.ics`),
      icsFor({
        uid: `bench-${i}@bench`,
        title: i % 3 === 0 ? `Weekly sync ${i}` : `Company${i} — discovery call`,
        start,
        end: new Date(start.getTime() + 1_800_000),
        organizer: REP,
        attendees: [
          { email: REP },
          { email: i % 3 === 0 ? `colleague${i}@northwind.example` : `buyer${i}@company${i}.example` },
        ],
      }),
    );
  }
  console.log(`agendum bench — ${EVENTS} events, SQLite, local provider`);
  await time(`first sync (${EVENTS} events)`, () => syncCalendar(ctx, connectionId), EVENTS);
  await time('incremental sync, nothing changed', () => syncCalendar(ctx, connectionId));
  const meetings = await ctx.db.meeting.findMany({ where: { isProspect: true }, take: 100 });
  await time(
    `compose ${meetings.length} agendas`,
    async () => {
      for (const m of meetings) await composeMeetingAgenda(ctx, await loadMeetingForCompose(ctx, m.id), null);
    },
    meetings.length,
  );
  const mem = process.memoryUsage();
  console.log(
    `${'memory: rss / heap used'.padEnd(44)} ${(mem.rss / 2 ** 20).toFixed(0)} MiB / ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  await ctx.db.$disconnect();
  console.log('');
  await benchGoogleSync(time, EVENTS);
  const after = process.memoryUsage();
  console.log(
    `${'memory after both: rss / heap used'.padEnd(44)} ${(after.rss / 2 ** 20).toFixed(0)} MiB / ${(after.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log('');
  await benchHealthzDuringSync(time, BIG_FILE_EVENTS);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
