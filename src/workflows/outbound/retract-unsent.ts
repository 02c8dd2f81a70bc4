/** Takes back every message of a meeting that has not gone out yet. */
import type { AppContext } from '../../context.js';
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
      status: { in: ['drafted', 'awaiting_approval', 'approved'] },
      kind: { not: 'approval_request' },
    },
  });
  for (const msg of unsent) {
    if (msg.providerDraftId) {
      const mail = await mailFor(ctx, msg.repId);
      await mail.deleteDraft(msg.providerDraftId);
    }
    await ctx.db.message.update({ where: { id: msg.id }, data: { status: 'retracted', lastError: reason } });
    await ctx.db.step.updateMany({
      where: { runKey: `send_message:${msg.id}`, status: 'pending' },
      data: { status: 'cancelled', result: reason },
    });
  }
  if (unsent.length > 0)
    ctx.log.info('retracted unsent messages', { meetingId, count: unsent.length, reason });
  return unsent.length;
}
