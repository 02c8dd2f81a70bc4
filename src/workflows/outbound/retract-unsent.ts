/** Takes back messages that have not gone out yet, each with the reason it will not go. */
import type { AppContext } from '../../context.js';
import type { Message } from '../../db/types.js';
import { cancelStep } from '../../jobs/schedule-step.js';
import { tryMoveMessage, UNSENT_STATUSES } from '../../messages/message-status.js';
import type { NotSentReason } from '../../messages/not-sent-reason.js';
import { mailFor } from './mail-for.js';

/**
 * Marks `messages` retracted with `reason` (and `detail` in words), deletes their drafts
 * from the rep's mailbox and cancels their send steps. One that started sending (or was
 * sent from the rep's mailbox) since it was read is left alone. Returns how many.
 */
export async function retractMessages(
  ctx: AppContext,
  messages: Pick<Message, 'id' | 'repId' | 'providerDraftId'>[],
  reason: NotSentReason,
  detail: string = reason,
): Promise<number> {
  let retracted = 0;
  for (const msg of messages) {
    if (msg.providerDraftId) {
      const mail = await mailFor(ctx, msg.repId);
      await mail.deleteDraft(msg.providerDraftId);
    }
    // Out, or about to be: saying it was not sent would be wrong.
    const moved = await tryMoveMessage(ctx.db, msg.id, UNSENT_STATUSES, 'retracted', {
      lastError: detail,
      notSentReason: reason,
    });
    if (!moved) continue;
    await cancelStep(ctx.db, 'send_message', { messageId: msg.id }, detail);
    retracted++;
  }
  return retracted;
}

/** Retracts every unsent prospect message of the meeting (not its approval requests). */
export async function retractUnsentMessages(
  ctx: AppContext,
  meetingId: string,
  reason: NotSentReason,
  detail: string = reason,
): Promise<number> {
  const unsent = await ctx.db.message.findMany({
    where: {
      meetingId,
      status: { in: [...UNSENT_STATUSES] },
      kind: { not: 'approval_request' },
    },
  });
  const retracted = await retractMessages(ctx, unsent, reason, detail);
  if (retracted > 0) ctx.log.info('retracted unsent messages', { meetingId, count: retracted, reason });
  return retracted;
}
