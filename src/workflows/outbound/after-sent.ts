/**
 * What follows from a prospect email having gone out, however it went (our send, or the
 * rep sending our draft from their own mailbox): a sent recap puts its next step on the
 * record as sent, and only then does that next step (or a revised one, once its revision is
 * sent) become the point of the next meeting.
 */
import type { AppContext } from '../../context.js';
import { moveNextStep, readNextStepStatus } from '../../domain/point-status.js';
import { cancelStep } from '../../jobs/schedule-step.js';
import { carryForward } from '../calendar/carry-forward.js';

/** Runs once a message is marked sent; a no-op for anything but a recap or its revision. */
export async function afterProspectMailSent(ctx: AppContext, messageId: string): Promise<void> {
  const msg = await ctx.db.message.findUniqueOrThrow({
    where: { id: messageId },
    select: { kind: true, meetingId: true },
  });
  if (!msg.meetingId) return;
  // Nothing is left to approve: the dashboard must not list the reminder as planned.
  if (msg.kind === 'agenda')
    return void (await cancelStep(
      ctx.db,
      'nudge_approval',
      { meetingId: msg.meetingId },
      'the agenda was sent',
    ));
  // A revised recap's next step is `revised` already (revise-and-send.ts): it carries as sent.
  if (msg.kind === 'recap_revision') return void (await carryForward(ctx, msg.meetingId));
  if (msg.kind !== 'recap') return;
  const outcome = await ctx.db.outcome.findUnique({ where: { meetingId: msg.meetingId } });
  if (!outcome) return;
  const move = moveNextStep(readNextStepStatus(outcome.nextStepStatus), 'rep_sends');
  if (move.ok) {
    await ctx.db.outcome.updateMany({
      where: { id: outcome.id, nextStepStatus: outcome.nextStepStatus },
      data: { nextStepStatus: move.to },
    });
  }
  await carryForward(ctx, msg.meetingId);
}
