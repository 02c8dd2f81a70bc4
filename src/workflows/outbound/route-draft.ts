/**
 * Routes a freshly drafted prospect email (agenda or recap) by the rep's approval mode:
 * an approval request to the rep (approve), a draft in the rep's mailbox (draft), or
 * straight to sending (auto).
 */
import type { AppContext } from '../../context.js';
import { expectMail } from '../../messages/expect-mail.js';
import { tryMoveMessage } from '../../messages/message-status.js';
import { mailFor } from './mail-for.js';
import { toOutboundMail } from './message-mime.js';
import { queueSend } from './queue-send.js';
import { requestApproval } from './request-approval.js';

const withdrawn = (kind: string) => `${kind} withdrawn before it was routed; nothing sent`;

/**
 * Routes the `drafted` message; returns what happened, for the step result. A draft
 * retracted meanwhile (cancelled, declined) stays retracted: it is reported, not retried,
 * as a retry would draft it again.
 */
export async function routeDraft(ctx: AppContext, messageId: string): Promise<string> {
  const message = await ctx.db.message.findUniqueOrThrow({
    where: { id: messageId },
    include: { rep: true },
  });
  const mode = message.rep.approvalMode;
  if (mode === 'auto') {
    if (!(await tryMoveMessage(ctx.db, message.id, 'drafted', 'approved'))) return withdrawn(message.kind);
    await queueSend(ctx, message.id, message.meetingId);
    return `${message.kind} drafted; auto-send scheduled`;
  }
  if (mode === 'draft') {
    const mail = await mailFor(ctx, message.repId);
    const draft = await mail.createDraft(await toOutboundMail(message, message.rep.name));
    const placed = await tryMoveMessage(ctx.db, message.id, 'drafted', 'awaiting_approval', {
      providerDraftId: draft.draftId,
      // Until it is sent this is the draft's message; findSent uses it to spot the rep's send.
      providerMessageId: draft.providerMessageId ?? null,
    });
    if (!placed) {
      // The rep could still send a draft left in their mailbox.
      await mail.deleteDraft(draft.draftId);
      return withdrawn(message.kind);
    }
    // The inbox sync is what notices the rep sending it.
    await expectMail(ctx.db, message.repId, ctx.clock());
    return `${message.kind} placed in the rep's drafts`;
  }
  if (!(await requestApproval(ctx, message.id))) return withdrawn(message.kind);
  return `${message.kind} drafted; approval requested from the rep`;
}
