/**
 * `npm run bench`: the figures the product promises, measured on this machine against the
 * loopback emulators, for SQLite and for PostgreSQL — initial sync beside its raw-fetch
 * floor, change → approval-request latency under steady push, compose throughput, provider
 * calls per meeting life and per idle rep-day (beside a poll-every-minute design), peak
 * memory with many idle reps, /healthz during a big sync — then how replies are read (the
 * intent corpus and holdouts). Prints one table and writes bench/results.json.
 *
 *   npm run bench                      the sizes of the product issue (long)
 *   npm run bench -- --quick           a tenth of each, writes bench/results-quick.json
 *   npm run bench -- --only=compose,meeting-life --db=sqlite   a subset, writes nothing
 *   npm run bench -- --sync=50x400     another initial-sync size (reps × events), recorded
 *
 * PostgreSQL runs on fresh temp databases on BENCH_DATABASE_URL's server (default
 * postgresql://postgres@127.0.0.1:5432/postgres), each dropped afterwards; its column is
 * skipped when the server does not answer.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DbKind, postgresAvailable } from './bench-db.js';
import { type BenchSizes, FULL, QUICK } from './bench-sizes.js';
import { benchChangeLatency } from './change-latency.js';
import { benchCompose } from './compose.js';
import { benchHealthzDuringSync } from './healthz-during-sync.js';
import { benchIdleMemory } from './idle-memory.js';
import { benchIdleRepDay } from './idle-rep-day.js';
import { benchInitialSync } from './initial-sync.js';
import { benchIntentCorpus } from './intent-corpus.js';
import { benchIntentHoldout } from './intent-holdout.js';
import { benchMeetingLifeCalls } from './meeting-life-calls.js';
import { type BenchRun, type DbFigures, formatTable, writeResults } from './results.js';

const SCENARIOS = [
  'initial-sync',
  'change-latency',
  'compose',
  'meeting-life',
  'idle-day',
  'memory',
  'healthz',
  'intent',
];

/** The heap limit the README suggests for big teams; measured beside Node's default. */
const HEAP_CAP = '--max-old-space-size=256';

/** A second, lower rate for change latency: what one process keeps up with on a small machine. */
const LOW_RATE_PER_SEC = 10;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const dbArg = args.find((a) => a.startsWith('--db='))?.slice('--db='.length);
const unknown = [
  ...(only ?? []).filter((s) => !SCENARIOS.includes(s)),
  ...(dbArg && !['sqlite', 'postgres'].includes(dbArg) ? [dbArg] : []),
];
if (unknown.length > 0) {
  console.error(
    `bench: unknown ${unknown.join(', ')}; scenarios are ${SCENARIOS.join(', ')}; --db=sqlite|postgres`,
  );
  process.exit(2);
}
const runs = (scenario: string) => !only || only.includes(scenario);
const syncArg = /^--sync=(\d+)x(\d+)$/.exec(args.find((a) => a.startsWith('--sync=')) ?? '');
const sizes: BenchSizes = {
  ...(quick ? QUICK : FULL),
  ...(syncArg ? { initialSync: { reps: Number(syncArg[1]), eventsPerRep: Number(syncArg[2]) } } : {}),
};

/** Runs one scenario, saying what runs and how long it took (stderr, so stdout is the figures). */
async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  process.stderr.write(`bench: ${label} …`);
  const out = await fn();
  process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  return out;
}

async function figuresFor(kind: DbKind): Promise<DbFigures> {
  const f: DbFigures = {};
  if (runs('initial-sync'))
    f.initialSync = await step(`${kind} initial sync`, () => benchInitialSync(kind, sizes.initialSync));
  if (runs('change-latency')) {
    f.changeLatency = await step(`${kind} change latency`, () =>
      benchChangeLatency(kind, sizes.changeLatency),
    );
    f.changeLatencyLowRate = await step(`${kind} change latency at ${LOW_RATE_PER_SEC}/s`, () =>
      benchChangeLatency(kind, { ...sizes.changeLatency, ratePerSec: LOW_RATE_PER_SEC }),
    );
  }
  if (runs('compose'))
    f.compose = await step(`${kind} compose`, () => benchCompose(kind, { emails: sizes.composeEmails }));
  if (runs('meeting-life'))
    f.meetingLife = await step(`${kind} meeting life`, () => benchMeetingLifeCalls(kind, sizes.meetingLife));
  if (runs('idle-day')) {
    f.idleDay = await step(`${kind} idle rep-day`, () => benchIdleRepDay(kind, sizes.idleDay));
    f.pollingDay = await step(`${kind} idle rep-day, polling every minute`, () =>
      benchIdleRepDay(kind, { ...sizes.idleDay, hours: sizes.idleDay.pollingHours, polling: true }),
    );
  }
  return f;
}

const startedAt = new Date();
const loadAverageAtStart = os.loadavg();
const withPostgres = dbArg !== 'sqlite' && (await postgresAvailable());
if (dbArg !== 'sqlite' && !withPostgres)
  console.error('bench: PostgreSQL does not answer; its column is skipped');
const run: BenchRun = {
  quick,
  startedAt,
  loadAverageAtStart,
  sqlite: dbArg === 'postgres' ? {} : await figuresFor('sqlite'),
  postgres: withPostgres ? await figuresFor('postgres') : null,
  seconds: 0,
};
if (runs('memory')) {
  run.idleMemory = await step('idle memory', () => benchIdleMemory(sizes.idleMemory));
  run.idleMemoryCapped = await step(`idle memory, NODE_OPTIONS=${HEAP_CAP}`, () =>
    benchIdleMemory({ ...sizes.idleMemory, nodeOptions: HEAP_CAP }),
  );
}
if (runs('healthz'))
  run.healthz = await step('/healthz during a sync', () => benchHealthzDuringSync(sizes.healthzEvents));
run.seconds = (Date.now() - startedAt.getTime()) / 1000;

console.log(
  `agendum bench${quick ? ' (quick: a tenth of each size)' : ''} — ${startedAt.toISOString()}, load average at start ${loadAverageAtStart.map((x) => x.toFixed(1)).join(' ')}`,
);
console.log(formatTable(run));
if (!only) {
  const file = path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    quick ? 'results-quick.json' : 'results.json',
  );
  await writeResults(file, run);
  console.log(`written to ${path.relative(process.cwd(), file)}`);
}
if (runs('intent')) {
  console.log('');
  await benchIntentCorpus();
  console.log('');
  await benchIntentHoldout();
}
