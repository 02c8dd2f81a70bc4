/**
 * Routes a freshly drafted prospect email (agenda or recap) by the rep's approval mode:
 * an approval request to the rep (approve), a draft in the rep's mailbox (draft), or
 * straight to sending (auto).
 */
import type { AppContext } from '../../context.js';
import { scheduleStep } from '../../jobs/schedule-step.js';
import { mailFor } from './mail-for.js';
import { toOutboundMail } from './message-mime.js';
import { requestApproval } from './request-approval.js';

/** Sends a message now: it must already be `approved`. */
export async function queueSend(
  ctx: AppContext,
  messageId: string,
  meetingId?: string | null,
): Promise<void> {
  await scheduleStep(ctx.db, {
    kind: 'send_message',
    runKey: `send_message:${messageId}`,
    payload: { messageId },
    dueAt: ctx.clock(),
    meetingId: meetingId ?? undefined,
  });
}

/** Routes the `drafted` message; returns what happened, for the step result. */
export async function routeDraft(ctx: AppContext, messageId: string): Promise<string> {
  const message = await ctx.db.message.findUniqueOrThrow({
    where: { id: messageId },
    include: { rep: true },
  });
  const mode = message.rep.approvalMode;
  if (mode === 'auto') {
    await ctx.db.message.update({ where: { id: message.id }, data: { status: 'approved' } });
    await queueSend(ctx, message.id, message.meetingId);
    return `${message.kind} drafted; auto-send scheduled`;
  }
  if (mode === 'draft') {
    const mail = await mailFor(ctx, message.repId);
    const draft = await mail.createDraft(await toOutboundMail(message, message.rep.name));
    await ctx.db.message.update({
      where: { id: message.id },
      data: {
        status: 'awaiting_approval',
        providerDraftId: draft.draftId,
        // Until it is sent this is the draft's message; findSent uses it to spot the rep's send.
        providerMessageId: draft.providerMessageId ?? null,
      },
    });
    return `${message.kind} placed in the rep's drafts`;
  }
  await requestApproval(ctx, message.id);
  return `${message.kind} drafted; approval requested from the rep`;
}
