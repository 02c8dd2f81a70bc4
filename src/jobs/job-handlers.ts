/** Every job kind wired to the workflow that does it. */
import type { AppContext } from '../context.js';
import { timeJobs } from '../metrics/time-jobs.js';
import { draftAgenda } from '../workflows/outbound/draft-agenda.js';
import { finishRecap } from '../workflows/outbound/draft-recap.js';
import { nudgeBookNext, nudgeUnconfirmed } from '../workflows/outbound/nudges.js';
import { promptRecap } from '../workflows/outbound/prompt-recap.js';
import { remindApproval } from '../workflows/outbound/remind-approval.js';
import { sendMessage } from '../workflows/outbound/send-message.js';
import { connectionJobHandlers } from './connection-jobs.js';
import type { JobHandlers } from './job-queue.js';
import { createStepRunner, type StepRunner } from './step-runner.js';
import { sweep } from './sweep.js';

/** The step runner wired to the workflows; a step moved to a new time gets its job again. */
export function createRunner(ctx: AppContext): StepRunner {
  return createStepRunner({
    db: ctx.db,
    secretKey: ctx.secretKey,
    clock: ctx.clock,
    log: ctx.log,
    owner: ctx.jobs.instanceId,
    enqueue: (stepId, at) => ctx.jobs.enqueue('run_step', { stepId }, { runAt: at }),
    onStart: (kind, lagMs) => ctx.metrics.stepStarted(kind, lagMs),
    handlers: {
      draft_agenda: (p) => draftAgenda(ctx, p.meetingId),
      send_message: (p) => sendMessage(ctx, p.messageId),
      recap_prompt: (p) => promptRecap(ctx, p.meetingId),
      draft_recap: (p) => finishRecap(ctx, p.meetingId),
      nudge_unconfirmed: (p) => nudgeUnconfirmed(ctx, p.meetingId),
      nudge_approval: (p) => remindApproval(ctx, p.meetingId),
      nudge_book_next: (p) => nudgeBookNext(ctx, p.meetingId),
    },
  });
}

/**
 * The queue's handlers, each timed (agendum_job_duration_seconds). The embedded queue
 * sweeps every few seconds in this process, so a due step without a job is enqueued at
 * once; across instances only after a grace.
 */
export function jobHandlers(ctx: AppContext, runner: StepRunner): JobHandlers {
  const stepsGraceMs = ctx.jobs.engine === 'embedded' ? 0 : undefined;
  return timeJobs(
    {
      run_step: ({ stepId }) => runner.runStep(stepId),
      ...connectionJobHandlers(ctx),
      sweep: async () => {
        await sweep(ctx, { stepsGraceMs });
      },
    },
    ctx.metrics,
  );
}
