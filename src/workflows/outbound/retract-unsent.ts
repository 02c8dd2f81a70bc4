/** Takes back every message of a meeting that has not gone out yet. */
import type { AppContext } from '../../context.js';
import { cancelStep } from '../../jobs/schedule-step.js';
import { tryMoveMessage, UNSENT_STATUSES } from '../../messages/message-status.js';
import { mailFor } from './mail-for.js';

/**
 * Marks unsent messages of the meeting retracted and deletes their drafts from the rep's
 * mailbox. Messages already sending or sent are left alone. Returns how many.
 */
export async function retractUnsentMessages(
  ctx: AppContext,
  meetingId: string,
  reason: string,
): Promise<number> {
  const unsent = await ctx.db.message.findMany({
    where: {
      meetingId,
      status: { in: [...UNSENT_STATUSES] },
      kind: { not: 'approval_request' },
    },
  });
  let retracted = 0;
  for (const msg of unsent) {
    if (msg.providerDraftId) {
      const mail = await mailFor(ctx, msg.repId);
      await mail.deleteDraft(msg.providerDraftId);
    }
    // A message that started sending (or was sent from the rep's mailbox) since the read
    // is left alone: it is out, or about to be, and saying otherwise would be wrong.
    if (!(await tryMoveMessage(ctx.db, msg.id, UNSENT_STATUSES, 'retracted', { lastError: reason })))
      continue;
    await cancelStep(ctx.db, 'send_message', { messageId: msg.id }, reason);
    retracted++;
  }
  if (retracted > 0) ctx.log.info('retracted unsent messages', { meetingId, count: retracted, reason });
  return retracted;
}
