/**
 * The embedded job queue: jobs in this process's memory, run as soon as they are enqueued
 * or fall due (one timer for the earliest), a few at a time, one at a time per queue name.
 * Nothing durable is lost with the process: steps are rows the start-up sweep finds again,
 * and every connection is synced at start. One process only: several instances on one
 * database need graphile-worker (`graphile-queue.ts`).
 */
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { withLogContext } from '../log-context.js';
import { JOB_KINDS, type JobKind, type JobPayload, jobKey, jobPayloads, queueOf } from './job-kinds.js';
import {
  checkHandlers,
  type EnqueueOptions,
  JOB_MAX_ATTEMPTS,
  type JobHandlers,
  type JobQueue,
  jobRetryDelayMs,
  newInstanceId,
} from './job-queue.js';
import type { Timers } from './timers.js';

interface Job {
  kind: JobKind;
  payload: unknown;
  key: string;
  queue: string | undefined;
  runAt: number;
  attempts: number;
}

export interface EmbeddedQueueOptions {
  timers: Timers;
  clock: () => Date;
  log: Logger;
  /** Jobs running at once (each queue name still runs one at a time). */
  concurrency: number;
}

export function createEmbeddedQueue(opts: EmbeddedQueueOptions): JobQueue {
  const waiting = new Map<string, Job>();
  const running = new Set<Promise<void>>();
  const busyQueues = new Set<string>();
  let handlers: JobHandlers | undefined;
  let stopped = false;
  let cancelTimer: (() => void) | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  const now = () => opts.clock().getTime();

  /** Starts what is due (within the limits) and sets the one timer for the earliest rest. */
  function pump(): void {
    if (!handlers || stopped) return;
    const t = now();
    const due = [...waiting.values()].filter((j) => j.runAt <= t).sort((a, b) => a.runAt - b.runAt);
    for (const job of due) {
      if (running.size >= opts.concurrency) break;
      if (job.queue && busyQueues.has(job.queue)) continue;
      begin(job);
    }
    let next = Number.POSITIVE_INFINITY;
    for (const j of waiting.values()) if (j.runAt > t && j.runAt < next) next = j.runAt;
    if (next === timerAt) return;
    cancelTimer?.();
    cancelTimer = undefined;
    timerAt = next;
    if (Number.isFinite(next)) {
      cancelTimer = opts.timers.after(next - t, () => {
        timerAt = Number.POSITIVE_INFINITY;
        cancelTimer = undefined;
        pump();
      });
    }
  }

  function begin(job: Job): void {
    waiting.delete(job.key);
    if (job.queue) busyQueues.add(job.queue);
    job.attempts += 1;
    const handler = (handlers as JobHandlers)[job.kind] as (p: unknown) => Promise<void>;
    const run: Promise<void> = Promise.resolve()
      .then(() => withLogContext({ job: job.key, kind: job.kind }, () => handler(job.payload)))
      .catch((err: unknown) => retryOrDrop(job, err))
      .finally(() => {
        if (job.queue) busyQueues.delete(job.queue);
        running.delete(run);
        pump();
      });
    running.add(run);
  }

  /** Like graphile-worker: a job enqueued again while it ran supersedes its retry. */
  function retryOrDrop(job: Job, err: unknown): void {
    const error = errorMessage(err);
    if (job.attempts >= JOB_MAX_ATTEMPTS) {
      opts.log.error('job failed for good', { job: job.key, attempts: job.attempts, error });
      return;
    }
    if (waiting.has(job.key)) return;
    job.runAt = now() + jobRetryDelayMs(job.attempts);
    waiting.set(job.key, job);
    opts.log.warn('job will be retried', { job: job.key, attempts: job.attempts, error });
  }

  return {
    engine: 'embedded',
    instanceId: newInstanceId(),
    // One process: when it dies, nothing of it is left holding work.
    releaseLost: async () => [],
    async enqueue<K extends JobKind>(kind: K, payload: JobPayload<K>, o: EnqueueOptions = {}) {
      const parsed = jobPayloads[kind].parse(payload) as JobPayload<K>;
      const key = jobKey(kind, parsed);
      const runAt = o.runAt?.getTime() ?? now();
      const existing = waiting.get(key);
      const keepTime = o.timing === 'keep_earlier' && existing && existing.attempts === 0;
      waiting.set(key, {
        kind,
        payload: parsed,
        key,
        queue: queueOf(kind, parsed),
        runAt: keepTime ? existing.runAt : runAt,
        attempts: 0,
      });
      pump();
    },
    async start(h) {
      handlers = checkHandlers(JOB_KINDS, h);
      stopped = false;
      pump();
    },
    async stop(timeoutMs = 30_000) {
      stopped = true;
      cancelTimer?.();
      cancelTimer = undefined;
      timerAt = Number.POSITIVE_INFINITY;
      let timeout: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<'timeout'>((resolve) => {
        timeout = setTimeout(() => resolve('timeout'), timeoutMs);
        timeout.unref();
      });
      const outcome = await Promise.race([Promise.all(running).then(() => 'done' as const), gaveUp]);
      clearTimeout(timeout);
      if (outcome === 'timeout') {
        opts.log.warn('jobs still running at shutdown were left to run again', { running: running.size });
      }
    },
    async idle() {
      for (;;) {
        if (running.size > 0) {
          await Promise.all(running);
          continue;
        }
        // A job due now that could start would have been started by pump(): none is left.
        return;
      }
    },
  };
}
