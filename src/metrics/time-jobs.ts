/**
 * The job queue's handlers, timed: each run's duration and whether the handler threw go to
 * `agendum_job_duration_seconds`. The handlers themselves stay as they are; an error is
 * passed on unchanged, so the queue still retries the job.
 */
import type { JobKind } from '../jobs/job-kinds.js';
import type { JobHandlers } from '../jobs/job-queue.js';
import type { Metrics } from './metrics.js';

/** A monotonic clock in milliseconds (wall-clock jumps must not make durations negative). */
export type Stopwatch = () => number;

/** Wraps every handler of `handlers` so its run is reported to `metrics.jobFinished`. */
export function timeJobs(
  handlers: JobHandlers,
  metrics: Pick<Metrics, 'jobFinished'>,
  now: Stopwatch = () => performance.now(),
): JobHandlers {
  const timed: Partial<Record<JobKind, (payload: never) => Promise<void>>> = {};
  for (const kind of Object.keys(handlers) as JobKind[]) {
    const handler = handlers[kind] as (payload: unknown) => Promise<void>;
    timed[kind] = async (payload: unknown) => {
      const started = now();
      try {
        await handler(payload);
      } catch (err) {
        metrics.jobFinished(kind, 'error', (now() - started) / 1000);
        throw err;
      }
      metrics.jobFinished(kind, 'ok', (now() - started) / 1000);
    };
  }
  return timed as JobHandlers;
}
