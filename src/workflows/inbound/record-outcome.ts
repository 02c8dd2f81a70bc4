/**
 * The rep's record of a meeting: the point that was agreed and the next step. It drafts
 * the recap, carries the next step forward to the next meeting with the account, and
 * plans a nudge in case no meeting gets booked for it.
 */
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { scheduleStep } from '../../jobs/schedule-step.js';
import { consumeActionToken } from '../../messages/action-tokens.js';
import { draftRecap } from '../outbound/draft-recap.js';
import { planBookNextNudge } from '../outbound/plan-book-next-nudge.js';

/** How long the safety step waits for the immediate draft to finish before it checks. */
const RECAP_SAFETY_DELAY_MS = 5 * 60_000;

export interface OutcomeInput {
  agreed: string;
  nextStep: string;
  owner: 'rep' | 'prospect' | 'both';
  due?: Date;
}

/** Stores the outcome (once; a used link or a second reply changes nothing) and acts on it. */
export async function recordOutcome(
  ctx: AppContext,
  meetingId: string,
  input: OutcomeInput,
  opts: { jti?: string } = {},
): Promise<void> {
  if (!input.agreed.trim() && !input.nextStep.trim()) {
    throw new AppError('bad_request', 'Say what was agreed, the next step, or both.');
  }
  await ctx.db.$transaction(async (tx) => {
    if (opts.jti)
      await consumeActionToken(tx, opts.jti, 'This link was already used: the outcome is recorded.');
    const existing = await tx.outcome.findUnique({ where: { meetingId } });
    if (existing) throw new AppError('conflict', 'The outcome of this meeting is already recorded.');
    await tx.outcome.create({
      data: {
        meetingId,
        agreed: input.agreed.trim().slice(0, 2000),
        nextStep: input.nextStep.trim().slice(0, 2000),
        nextStepOwner: input.owner,
        nextStepDue: input.due ?? null,
      },
    });
    // Committed with the outcome: if drafting below is cut short, this step finishes it.
    await scheduleStep(
      ctx,
      {
        kind: 'draft_recap',
        payload: { meetingId },
        dueAt: new Date(ctx.clock().getTime() + RECAP_SAFETY_DELAY_MS),
        meetingId,
      },
      tx,
    );
  });
  // The next step is carried forward once the recap stating it is sent (outbound/after-sent.ts).
  await draftRecap(ctx, meetingId);
  await planBookNextNudge(ctx, meetingId, { nextStep: input.nextStep, nextStepDue: input.due ?? null });
  ctx.log.info('outcome recorded', { meeting: meetingId });
}
