/**
 * The published figures: the table `npm run bench` prints and bench/results.json, one
 * column per database, each target beside what was measured.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import type { ChangeLatencyResult } from './change-latency.js';
import type { ComposeResult } from './compose.js';
import type { HealthzDuringSyncResult } from './healthz-during-sync.js';
import type { IdleMemoryResult } from './idle-memory.js';
import type { IdleDayResult } from './idle-rep-day.js';
import type { InitialSyncResult } from './initial-sync.js';
import type { MeetingLifeResult } from './meeting-life-calls.js';

/** What one database's column measured (a scenario that did not run is absent). */
export interface DbFigures {
  initialSync?: InitialSyncResult;
  changeLatency?: ChangeLatencyResult;
  /** The same at LOW_RATE_PER_SEC, a rate one process keeps up with here. */
  changeLatencyLowRate?: ChangeLatencyResult;
  compose?: ComposeResult;
  meetingLife?: MeetingLifeResult;
  idleDay?: IdleDayResult;
  pollingDay?: IdleDayResult;
}

export interface BenchRun {
  quick: boolean;
  startedAt: Date;
  loadAverageAtStart: number[];
  sqlite: DbFigures;
  postgres: DbFigures | null;
  idleMemory?: IdleMemoryResult;
  idleMemoryCapped?: IdleMemoryResult;
  healthz?: HealthzDuringSyncResult;
  seconds: number;
}

const round = (x: number | undefined, digits = 0) =>
  x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits));

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
}

/** One database's part of results.json: the issue's fields first, the detail after. */
function dbJson(f: DbFigures) {
  const lat = (r: ChangeLatencyResult | undefined) => {
    if (!r) return null;
    const { p50, p95, p99, ...rest } = r;
    return { p50: round(p50), p95: round(p95), p99: round(p99), ...rest };
  };
  const sync = (r: InitialSyncResult | undefined) => {
    if (!r) return null;
    const { eventsPerSec, floorEventsPerSec, ...rest } = r;
    return { eventsPerSec: round(eventsPerSec), floorEventsPerSec: round(floorEventsPerSec), ...rest };
  };
  return {
    initialSync: sync(f.initialSync),
    changeLatencyMs: lat(f.changeLatency),
    changeLatencyMsLowRate: lat(f.changeLatencyLowRate),
    composePerSec: round(f.compose?.composePerSec),
    callsPerMeeting: f.meetingLife?.callsPerMeeting ?? null,
    callsPerIdleRepDay: round(f.idleDay?.callsPerRepDay),
    pollingCallsPerIdleRepDay: round(f.pollingDay?.callsPerRepDay),
    detail: { compose: f.compose, meetingLife: f.meetingLife, idleDay: f.idleDay, pollingDay: f.pollingDay },
  };
}

export async function writeResults(file: string, run: BenchRun): Promise<void> {
  const json = {
    machine: machine(),
    at: run.startedAt.toISOString(),
    quick: run.quick,
    loadAverageAtStart: run.loadAverageAtStart.map((x) => round(x, 2)),
    loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)),
    seconds: round(run.seconds),
    sqlite: dbJson(run.sqlite),
    postgres: run.postgres && dbJson(run.postgres),
    peakRssMb10kReps: round(run.idleMemory?.peakRssMb),
    peakRssMb10kRepsHeapCapped: round(run.idleMemoryCapped?.peakRssMb),
    idleMemory: run.idleMemory,
    idleMemoryCapped: run.idleMemoryCapped,
    healthzDuringSync: run.healthz,
  };
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
}

type Row = [what: string, sqlite: string, postgres: string, target: string];

const n = (x: number | undefined, digits = 0) =>
  x === undefined || !Number.isFinite(x) ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits });

function latencyCell(r: ChangeLatencyResult | undefined): string {
  if (!r) return '—';
  const lost = r.changes - r.approved;
  return `${n(r.p50)} / ${n(r.p95)} / ${n(r.p99)}${lost ? ` (${lost} of ${r.changes} not in time)` : ''}`;
}

function rows(run: BenchRun): Row[] {
  const both = (cell: (f: DbFigures) => string): [string, string] => [
    cell(run.sqlite),
    run.postgres ? cell(run.postgres) : 'skipped',
  ];
  const s = run.sqlite.initialSync ?? run.postgres?.initialSync;
  const c = run.sqlite.changeLatency ?? run.postgres?.changeLatency;
  const sync = (f: DbFigures) => f.initialSync;
  const ofFloor = (r: InitialSyncResult | undefined) => r && (100 * r.eventsPerSec) / r.floorEventsPerSec;
  return [
    [
      `Initial sync, ${s ? `${s.reps} × ${s.eventsPerRep}` : 'R × E'} events: events/s`,
      ...both((f) => n(sync(f)?.eventsPerSec)),
      '≥ 50% of floor',
    ],
    ['  raw fetch floor: events/s', ...both((f) => n(sync(f)?.floorEventsPerSec)), ''],
    ['  sync as % of the floor', ...both((f) => n(ofFloor(f.initialSync), 1)), '≥ 50%'],
    [
      `Change → approval request, ${c ? `${c.ratePerSec}/s for ${c.seconds} s` : ''}: p50 / p95 / p99 ms`,
      ...both((f) => latencyCell(f.changeLatency)),
      'p99 ≤ 250',
    ],
    ['  notifications refused by the webhook', ...both((f) => n(f.changeLatency?.refused)), ''],
    [
      '  per change: CPU ms / database statements',
      ...both((f) =>
        f.changeLatency
          ? `${n(f.changeLatency.cpuMsPerChange, 1)} / ${n(f.changeLatency.statementsPerChange)}`
          : '—',
      ),
      '',
    ],
    [
      `  same at ${run.sqlite.changeLatencyLowRate?.ratePerSec ?? run.postgres?.changeLatencyLowRate?.ratePerSec ?? ''}/s`,
      ...both((f) => latencyCell(f.changeLatencyLowRate)),
      '',
    ],
    [
      'Compose: agenda emails to MIME per second, one core',
      ...both((f) => n(f.compose?.composePerSec)),
      '≥ 5,000',
    ],
    ['Provider calls per meeting life', ...both((f) => n(f.meetingLife?.callsPerMeeting)), '≤ 8'],
    ['Provider calls per idle rep-day (push on)', ...both((f) => n(f.idleDay?.callsPerRepDay)), '≤ 30'],
    ['  poll-every-minute design', ...both((f) => n(f.pollingDay?.callsPerRepDay)), ''],
    [
      `Peak RSS, ${n(run.idleMemory?.reps)} idle reps (${run.idleMemory?.entry ?? ''}), MB`,
      run.idleMemory
        ? `${n(run.idleMemory.peakRssMb)}${run.idleMemory.settledAfterSec === null ? ` (${n(run.idleMemory.channelsOpened)} channels open when stopped)` : ''}`
        : '—',
      '',
      '≤ 300',
    ],
    [
      `  with NODE_OPTIONS=${run.idleMemoryCapped?.nodeOptions ?? ''}`,
      run.idleMemoryCapped ? n(run.idleMemoryCapped.peakRssMb) : '—',
      '',
      '≤ 300',
    ],
    [
      `/healthz during a ${n(run.healthz?.events)}-event sync: max / p99 ms`,
      run.healthz ? `${n(run.healthz.probes.max)} / ${n(run.healthz.probes.p99)}` : '—',
      '',
      '',
    ],
  ];
}

/** The table, as aligned text. */
export function formatTable(run: BenchRun): string {
  const all: Row[] = [['', 'SQLite', 'PostgreSQL', 'target'], ...rows(run)];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...all.map((r) => r[i as 0].length)));
  return all
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] as number))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
