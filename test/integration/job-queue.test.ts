/**
 * Both job queue engines against one contract: the embedded queue (always) and
 * graphile-worker on a real PostgreSQL (TEST_DATABASE_URL). Then what only a shared
 * database can show: a job enqueued in a transaction exists exactly when it commits, and
 * two instances on one database run each job once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddedQueue } from '../../src/jobs/embedded-queue.js';
import { createGraphileQueue } from '../../src/jobs/graphile-queue.js';
import type { JobHandlers, JobQueue } from '../../src/jobs/job-queue.js';
import { realTimers } from '../../src/jobs/timers.js';
import { silentLogger } from '../../src/log.js';
import { describeJobQueueContract } from '../contract/job-queue-contract.js';
import { createTestPgDb, TEST_DATABASE_URL, type TestDb } from '../helpers/test-db.js';

const SKIP_PG = 'graphile-worker (skipped: TEST_DATABASE_URL is not set)';

describeJobQueueContract('embedded', async () => ({
  queue: createEmbeddedQueue({
    timers: realTimers,
    clock: () => new Date(),
    log: silentLogger,
    concurrency: 4,
  }),
  cleanup: async () => {},
}));

function graphileOn(t: TestDb, concurrency = 4): JobQueue {
  return createGraphileQueue({
    connectionString: t.url,
    db: t.db,
    log: silentLogger,
    concurrency,
    pollIntervalMs: 200,
  });
}

describeJobQueueContract(TEST_DATABASE_URL ? 'graphile-worker' : SKIP_PG, async () => {
  const t = await createTestPgDb();
  if (!t) return null;
  return { queue: graphileOn(t), cleanup: () => t.cleanup() };
});

/** Handlers that count run_step calls by step id; every other kind does nothing. */
function counting(counts: Map<string, number>): JobHandlers {
  const none = async () => {};
  return {
    run_step: async ({ stepId }) => {
      counts.set(stepId, (counts.get(stepId) ?? 0) + 1);
    },
    sync_calendar: none,
    sync_inbox: none,
    channel_ensure: none,
    channel_renew: none,
    channel_reopen: none,
    sweep: none,
  };
}

async function eventually(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const limit = Date.now() + ms;
  while (!check()) {
    if (Date.now() > limit) throw new Error(`${what}: not within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!TEST_DATABASE_URL)(TEST_DATABASE_URL ? 'graphile-worker on one database' : SKIP_PG, () => {
  let t: TestDb | null = null;
  const queues: JobQueue[] = [];
  afterEach(async () => {
    for (const q of queues.splice(0)) await q.stop(5_000);
    await t?.cleanup();
    t = null;
  });

  it('has a job enqueued in a transaction exactly when the transaction commits', async () => {
    t = await createTestPgDb();
    if (!t) return;
    const q = graphileOn(t);
    queues.push(q);
    const counts = new Map<string, number>();
    await expect(
      t.db.$transaction(async (tx) => {
        await q.enqueue('run_step', { stepId: 'rolled-back' }, { db: tx });
        throw new Error('the workflow failed after enqueueing');
      }),
    ).rejects.toThrow(/workflow failed/);
    await t.db.$transaction(async (tx) => {
      await q.enqueue('run_step', { stepId: 'committed' }, { db: tx });
    });
    await q.start(counting(counts));
    await eventually('the committed job ran', () => counts.get('committed') === 1);
    await q.idle();
    expect(counts.has('rolled-back')).toBe(false);
  });

  it('runs every job once across two instances', async () => {
    t = await createTestPgDb();
    if (!t) return;
    const counts = new Map<string, number>();
    const a = graphileOn(t);
    const b = graphileOn(t);
    queues.push(a, b);
    const ids = Array.from({ length: 200 }, (_, i) => `step-${i}`);
    // Each job enqueued through both instances while it waits: the key makes it one job.
    for (const id of ids) {
      await a.enqueue('run_step', { stepId: id });
      await b.enqueue('run_step', { stepId: id }, { timing: 'keep_earlier' });
    }
    await Promise.all([a.start(counting(counts)), b.start(counting(counts))]);
    await eventually('every job ran', () => ids.every((id) => counts.has(id)));
    await a.idle();
    expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);
  });

  it("takes over a dead instance's job and unblocks its queue at once, not after four hours", async () => {
    t = await createTestPgDb();
    if (!t) return;
    const db = t.db;
    // One worker: once it hangs, nothing of A is left to pick up work.
    const a = graphileOn(t, 1);
    const b = graphileOn(t);
    queues.push(a, b);
    let aStarted = () => {};
    const aHolds = new Promise<void>((r) => {
      aStarted = r;
    });
    const ranOnB: string[] = [];
    const none = async () => {};
    const handlers = (sync: JobHandlers['sync_calendar']): JobHandlers => ({
      ...counting(new Map()),
      sync_calendar: sync,
      sweep: none,
    });
    // A takes the connection's calendar sync and then "dies": it never finishes, never beats.
    await a.start(
      handlers(() => {
        aStarted();
        return new Promise<void>(() => {});
      }),
    );
    await a.enqueue('sync_calendar', { connectionId: 'c1' });
    await aHolds;
    await b.start(
      handlers(async ({ connectionId }) => {
        ranOnB.push(connectionId);
      }),
    );
    expect(await b.releaseLost()).toEqual([]);
    // A's heartbeat stops being seen: a minute later it counts as lost.
    await db.$executeRawUnsafe(
      `UPDATE "WorkerInstance" SET "seenAt" = now() - interval '2 minutes' WHERE id = $1`,
      a.instanceId,
    );
    expect(await b.releaseLost()).toEqual([a.instanceId]);
    await eventually("B took over A's sync", () => ranOnB.length === 1);
    // The connection's calendar queue is free again: the next sync runs too.
    await b.enqueue('sync_calendar', { connectionId: 'c1' });
    await eventually('the next sync ran on B', () => ranOnB.length === 2);
    expect(ranOnB).toEqual(['c1', 'c1']);
  });
});
