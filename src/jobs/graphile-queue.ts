/**
 * The PostgreSQL job queue: graphile-worker. Jobs are picked up through LISTEN/NOTIFY the
 * moment they commit; `job_key` makes enqueueing the same work once; `queue_name` runs a
 * connection's syncs and channel upkeep one at a time across every instance; its crontab
 * runs the sweep once a minute for the whole cluster. Enqueueing is one SQL call, so a job
 * added inside a transaction exists exactly when that transaction commits.
 */

import { EventEmitter } from 'node:events';
import { type Logger as GraphileLogger, Logger, type Runner, run, type TaskList } from 'graphile-worker';
import { errorMessage } from '../errors.js';
import type { Logger as AppLogger } from '../log.js';
import { withLogContext } from '../log-context.js';
import { createJobPool } from './graphile-pool.js';
import { type Heartbeat, releaseLostInstances, startHeartbeat } from './instance-heartbeat.js';
import { JOB_KINDS, type JobKind, type JobPayload, jobKey, jobPayloads, queueOf } from './job-kinds.js';
import {
  checkHandlers,
  type EnqueueOptions,
  JOB_MAX_ATTEMPTS,
  type JobDb,
  type JobHandlers,
  type JobQueue,
  newInstanceId,
} from './job-queue.js';

export interface GraphileQueueOptions {
  connectionString: string;
  /** Every enqueue goes through this client unless the caller passes its transaction. */
  db: JobDb;
  log: AppLogger;
  concurrency: number;
  /** How often to look for jobs that fell due (NOTIFY covers those due at once). */
  pollIntervalMs?: number;
}

/** graphile-worker's log lines into ours; its debug chatter stays out. */
function graphileLogger(log: AppLogger): GraphileLogger {
  return new Logger((scope) => (level, message, meta) => {
    const fields = { scope: scope.label, job: scope.jobId, task: scope.taskIdentifier, ...meta };
    if (level === 'error') log.error(`graphile-worker: ${message}`, fields);
    else if (level === 'warning') log.warn(`graphile-worker: ${message}`, fields);
    else if (level === 'info') log.debug(`graphile-worker: ${message}`, fields);
  });
}

export function createGraphileQueue(opts: GraphileQueueOptions): JobQueue {
  let runner: Runner | undefined;
  let pool: ReturnType<typeof createJobPool> | undefined;
  let heartbeat: Heartbeat | undefined;
  const instanceId = newInstanceId();

  function taskList(handlers: JobHandlers): TaskList {
    const list: TaskList = {};
    for (const kind of JOB_KINDS) {
      const handler = handlers[kind] as (p: unknown) => Promise<void>;
      list[kind] = async (payload, helpers) => {
        await withLogContext({ job: helpers.job.id, kind }, () => handler(jobPayloads[kind].parse(payload)));
      };
    }
    return list;
  }

  return {
    engine: 'graphile-worker',
    instanceId,
    releaseLost: () => releaseLostInstances(opts.db),
    async enqueue<K extends JobKind>(kind: K, payload: JobPayload<K>, o: EnqueueOptions = {}) {
      const parsed = jobPayloads[kind].parse(payload) as JobPayload<K>;
      const db = o.db ?? opts.db;
      await db.$executeRawUnsafe(
        `SELECT graphile_worker.add_job($1::text, $2::json, queue_name => $3::text, run_at => $4::timestamptz,
           max_attempts => $5::int, job_key => $6::text, job_key_mode => $7::text)`,
        kind,
        JSON.stringify(parsed),
        queueOf(kind, parsed) ?? null,
        (o.runAt ?? new Date()).toISOString(),
        JOB_MAX_ATTEMPTS,
        jobKey(kind, parsed),
        o.timing === 'keep_earlier' ? 'preserve_run_at' : 'replace',
      );
    },
    async start(h) {
      const handlers = checkHandlers(JOB_KINDS, h);
      heartbeat = startHeartbeat(opts.db, instanceId, (err) =>
        opts.log.warn('worker heartbeat failed', { error: errorMessage(err) }),
      );
      const events = new EventEmitter();
      const hb = heartbeat;
      // Jobs are locked by the pool's id (its local queue fetches them) or by a worker's.
      events.on('pool:create', ({ workerPool }: { workerPool: { id: string } }) => hb.add(workerPool.id));
      events.on('worker:create', ({ worker }: { worker: { workerId: string } }) => hb.add(worker.workerId));
      const ownPool = createJobPool(opts.connectionString, opts.concurrency, opts.log);
      pool = ownPool;
      runner = await run({
        events: events as never,
        pgPool: ownPool,
        concurrency: opts.concurrency,
        pollInterval: opts.pollIntervalMs ?? 2_000,
        noHandleSignals: true,
        // Run times come from the service's clock, so they compare with Node's, not the server's.
        useNodeTime: true,
        logger: graphileLogger(opts.log),
        taskList: taskList(handlers),
        // One sweep a minute for the cluster: the crontab is shared through the database.
        crontab: '* * * * * sweep ?jobKey=sweep:all&jobKeyMode=replace',
      }).catch(async (err: unknown) => {
        pool = undefined;
        await ownPool.end();
        throw err;
      });
    },
    async stop(timeoutMs = 30_000) {
      const r = runner;
      runner = undefined;
      if (!r) return;
      const hb = heartbeat;
      heartbeat = undefined;
      let timeout: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<'timeout'>((resolve) => {
        timeout = setTimeout(() => resolve('timeout'), timeoutMs);
        timeout.unref();
      });
      const outcome = await Promise.race([r.stop().then(() => 'done' as const), gaveUp]);
      clearTimeout(timeout);
      if (outcome === 'timeout') {
        // Fails the jobs still running, so graphile-worker runs them again (here or elsewhere).
        await r
          .kill('shutdown timeout')
          .catch((err: unknown) =>
            opts.log.warn('job queue did not stop cleanly', { error: errorMessage(err) }),
          );
        opts.log.warn('jobs still running at shutdown were released to run again');
      }
      await hb?.stop();
      await pool?.end();
      pool = undefined;
    },
    async idle() {
      // Tests only: wait until no job is locked or due now.
      for (;;) {
        const rows = await opts.db.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM graphile_worker.jobs
            WHERE locked_at IS NOT NULL OR (run_at <= now() AND attempts < max_attempts)`,
        );
        if ((rows[0]?.n ?? 0) === 0) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}
