/** Turns a nudge's plan (domain/plan-nudge.ts) into its step: scheduled or moved, skipped with the reason, or cancelled. */
import type { AppContext } from '../../context.js';
import type { NudgePlan } from '../../domain/plan-nudge.js';
import { reopenPlannedSkip, skipPlannedStep } from '../../jobs/planned-skip.js';
import { cancelStep, scheduleStep } from '../../jobs/schedule-step.js';

/** The step kinds planned by planNudge. */
export type NudgeStepKind = 'nudge_unconfirmed' | 'nudge_approval';

/** Applies the plan to the meeting's step of `kind`; returns what happened, for logs. */
export async function applyNudgePlan(
  ctx: AppContext,
  kind: NudgeStepKind,
  meetingId: string,
  plan: NudgePlan,
): Promise<string> {
  const payload = { meetingId };
  if ('none' in plan) {
    await cancelStep(ctx.db, kind, payload, plan.none);
    return `${kind}: none (${plan.none})`;
  }
  if ('skip' in plan) {
    const res = await skipPlannedStep(
      ctx.db,
      { kind, payload, dueAt: plan.at, meetingId },
      plan.skip,
      ctx.clock(),
    );
    return `${kind}: ${res === 'skipped' ? `skipped (${plan.skip})` : 'left to the runner'}`;
  }
  // An earlier plan may have skipped it (the meeting moved since): it gets its time back.
  await reopenPlannedSkip(ctx.db, kind, payload);
  const res = await scheduleStep(ctx, { kind, payload, dueAt: plan.dueAt, meetingId });
  return `${kind}: ${res} for ${plan.dueAt.toISOString()}`;
}
