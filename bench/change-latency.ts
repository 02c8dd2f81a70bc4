/**
 * Change latency: the real service in this process (its HTTP server, its job queue — the
 * embedded one on SQLite, graphile-worker on PostgreSQL — and real time), R reps connected
 * with push channels open at the emulated Google. At a steady rate, one rep after another
 * gets a new prospect meeting three hours out, so its agenda is due at once; the emulator
 * POSTs the `exists` notification to the service's webhook as Google would. Latency runs
 * from the change (the notification leaves for the webhook in the same tick) to the
 * moment the emulated Gmail accepts the approval request for that meeting.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { silentLogger } from '../src/log.js';
import { type Service, startService } from '../src/main.js';
import type { GoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { startGoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { freePort } from '../test/helpers/spawn-cli.js';
import { benchServiceConfig, createBenchDb, type DbKind } from './bench-db.js';
import { type BenchRep, benchEvent, connectGoogleReps } from './google-reps.js';
import { quantile } from './pool.js';
import { statementCount } from './query-counter.js';

export interface ChangeLatencyResult {
  reps: number;
  ratePerSec: number;
  seconds: number;
  pushDebounceMs: number;
  changes: number;
  /** Notifications the webhook answered 200; the rest were refused (429: rate limit) or failed. */
  accepted: number;
  refused: number;
  /** Changes whose approval request reached Gmail before the bench stopped waiting (see drain). */
  approved: number;
  /** Over the changes whose approval request arrived (`approved`); the others are not in them. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /**
   * Per change, from the first change to the last approval request: database statements
   * this process sent, and its CPU milliseconds (the emulator's share included: it parses
   * every MIME message it is sent).
   */
  statementsPerChange: number;
  cpuMsPerChange: number;
}

/** Records when each message a rep sends is accepted by the emulated Gmail. */
function recordSends(emu: GoogleEmulator, reps: BenchRep[]): Map<string, number> {
  const acceptedAt = new Map<string, number>();
  for (const rep of reps) {
    const box = emu.mailbox(rep.email);
    const add = box.add.bind(box);
    box.add = (raw, parsed, labels, thread) => {
      const message = add(raw, parsed, labels, thread);
      if (labels.includes('SENT') && parsed.messageIdHeader)
        acceptedAt.set(parsed.messageIdHeader, performance.now());
      return message;
    };
  }
  return acceptedAt;
}

/**
 * Waits until every change has its approval request, or none has arrived for `quietMs`
 * (a change whose notification was refused waits for a later sync of its rep, or for the
 * hourly safety sync), or `withinMs` passed.
 */
async function drain(count: () => Promise<number>, total: number, quietMs: number, withinMs: number) {
  const until = performance.now() + withinMs;
  let last = -1;
  let lastChange = performance.now();
  for (;;) {
    const n = await count();
    if (n !== last) {
      last = n;
      lastChange = performance.now();
    }
    if (n >= total || performance.now() - lastChange > quietMs || performance.now() > until) return;
    await sleep(200);
  }
}

async function waitFor(what: string, check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const until = performance.now() + withinMs;
  while (!(await check())) {
    if (performance.now() > until)
      throw new Error(`change latency: ${what} did not happen within ${withinMs} ms`);
    await sleep(100);
  }
}

/** Connects the reps through the running service and waits until every push channel is open. */
async function connectAll(service: Service, emu: GoogleEmulator, count: number): Promise<BenchRep[]> {
  const reps = await connectGoogleReps(service.ctx, emu, count);
  for (const rep of reps) await service.sync.add(rep.connectionId);
  await waitFor(
    'every push channel',
    async () =>
      (await service.ctx.db.connection.count({ where: { channelId: { not: null } } })) === count &&
      reps.every((r) => emu.push.active(r.email).length > 0),
    60_000 + count * 1_000,
  );
  await emu.settle();
  await service.quiet();
  return reps;
}

export async function benchChangeLatency(
  kind: DbKind,
  opts: { reps: number; ratePerSec: number; seconds: number; pushDebounceMs?: number; drainMs: number },
): Promise<ChangeLatencyResult> {
  const emu = await startGoogleEmulator();
  const db = await createBenchDb(kind);
  const port = await freePort();
  const config = benchServiceConfig(db, emu, port, {
    DEFAULT_APPROVAL_MODE: 'approve',
    ...(opts.pushDebounceMs !== undefined ? { PUSH_DEBOUNCE_MS: String(opts.pushDebounceMs) } : {}),
  });
  const service = await startService(config, { log: silentLogger });
  try {
    const reps = await connectAll(service, emu, opts.reps);
    const acceptedAt = recordSends(emu, reps);
    const deliveriesBefore = emu.push.deliveries.length;
    const changedAt = new Map<string, number>();
    const total = Math.round(opts.ratePerSec * opts.seconds);
    const statementsBefore = statementCount();
    const cpuBefore = process.cpuUsage();
    const begin = performance.now();
    for (let i = 0; i < total; i++) {
      const due = begin + (i * 1000) / opts.ratePerSec;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const rep = reps[i % reps.length] as BenchRep;
      const start = new Date(Date.now() + 3 * 3_600_000);
      const t0 = performance.now();
      const eventId = emu.calendar(rep.email).addEvent(benchEvent(rep.email, 1_000_000 + i, start, true));
      changedAt.set(eventId, t0);
    }
    const sentFor = async () => {
      const requests = await service.ctx.db.message.findMany({
        where: { kind: 'approval_request' },
        select: { messageId: true, meeting: { select: { providerEventId: true } } },
      });
      return requests.flatMap((r) => {
        const at = acceptedAt.get(r.messageId);
        const t0 = r.meeting ? changedAt.get(r.meeting.providerEventId) : undefined;
        return at !== undefined && t0 !== undefined ? [at - t0] : [];
      });
    };
    const deliveries = () => emu.push.deliveries.slice(deliveriesBefore).filter((d) => d.state === 'exists');
    const accepted = () => deliveries().filter((d) => d.status === 200).length;
    await emu.settle();
    await drain(async () => (await sentFor()).length, total, 20_000, opts.drainMs);
    const latencies = await sentFor();
    const cpu = process.cpuUsage(cpuBefore);
    const statements = statementCount() - statementsBefore;
    return {
      reps: reps.length,
      ratePerSec: opts.ratePerSec,
      seconds: opts.seconds,
      pushDebounceMs: config.push.debounceMs,
      changes: total,
      accepted: accepted(),
      refused: deliveries().length - accepted(),
      approved: latencies.length,
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      p99: quantile(latencies, 0.99),
      max: quantile(latencies, 1),
      statementsPerChange: statements / total,
      cpuMsPerChange: (cpu.user + cpu.system) / 1000 / total,
    };
  } finally {
    await service.stop();
    await emu.close();
    await db.remove();
  }
}
