/**
 * The worker role: the job queue running this instance's share of the work, the sweep on
 * its schedule (graphile-worker's crontab across instances; a timer for the embedded queue),
 * and the hourly purge of expired sessions.
 */
import { purgeExpiredSessions } from '../auth/sessions.js';
import type { AppContext } from '../context.js';
import { jobHandlers } from './job-handlers.js';
import type { StepRunner } from './step-runner.js';
import type { SyncTriggers } from './sync-triggers.js';

/** The service's handle on syncing (tests and the OAuth callback use it). */
export interface ServiceSync extends SyncTriggers {
  /** Queues a new connection's first calendar and inbox sync, and its calendar watch. */
  add(connectionId: string): Promise<void>;
  /** Syncs every active connection's calendar, then inbox, now, and waits for it. */
  syncAllNow(): Promise<void>;
  /** Resolves when no job is running and none is due now. */
  idle(): Promise<void>;
}

export interface Worker {
  stop(timeoutMs: number): Promise<void>;
}

const SESSION_PURGE_MS = 3_600_000;

/**
 * The embedded queue keeps jobs in memory: at start every pending step gets its job back
 * (those due later too), so nothing waits for a sweep after a restart.
 */
async function restoreStepJobs(ctx: AppContext): Promise<void> {
  const pending = await ctx.db.step.findMany({
    where: { status: 'pending' },
    select: { id: true, dueAt: true },
  });
  for (const s of pending) await ctx.jobs.enqueue('run_step', { stepId: s.id }, { runAt: s.dueAt });
}

export async function startWorker(ctx: AppContext, runner: StepRunner): Promise<Worker> {
  const embedded = ctx.jobs.engine === 'embedded';
  if (embedded) await restoreStepJobs(ctx);
  await ctx.jobs.start(jobHandlers(ctx, runner));
  // The first sweep now: every connection's first sync, every step due while we were down.
  await ctx.jobs.enqueue('sweep', {});
  const stopSweeps = embedded
    ? ctx.timers.every(ctx.config.jobs.pollMs, () =>
        ctx.jobs.enqueue('sweep', {}, { timing: 'keep_earlier' }),
      )
    : () => {};
  const stopPurge = ctx.timers.every(SESSION_PURGE_MS, () =>
    purgeExpiredSessions(ctx).catch((err: unknown) =>
      ctx.log.warn('session purge failed', { error: String(err) }),
    ),
  );
  return {
    async stop(timeoutMs) {
      stopSweeps();
      stopPurge();
      await ctx.jobs.stop(timeoutMs);
    },
  };
}
