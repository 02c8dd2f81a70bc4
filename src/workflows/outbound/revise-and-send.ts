/**
 * "Revise and send" on the action page: the rep's revised agenda (or recap) goes to the
 * prospects at once — the rep's click is the approval — in the same thread, and the point
 * (or next step) becomes `revised`, waiting for the prospect to confirm again. The link's
 * use, the message, the new point and the status move are one transaction: a failure
 * leaves nothing half done and the link still usable.
 */
import type { AppContext } from '../../context.js';
import { consumeActionToken } from '../../messages/action-tokens.js';
import { createMessage } from '../../messages/create-message.js';
import { tryMoveMessage } from '../../messages/message-status.js';
import { moveStatusByRep } from '../inbound/move-status-by-rep.js';
import { keepRepEdits } from './keep-rep-edits.js';
import { planBookNextNudge } from './plan-book-next-nudge.js';
import { queueSend } from './queue-send.js';
import { type Revision, revisionDraft } from './revision-draft.js';

/** Sends the revision of `meetingId`'s agenda or recap; returns the new Message's id. */
export async function reviseAndSend(
  ctx: AppContext,
  meetingId: string,
  revision: Revision,
  opts: { jti?: string } = {},
): Promise<string> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { rep: true },
  });
  const draft = await revisionDraft(ctx, meetingId, revision);
  const target = revision.edits.kind;
  const message = await ctx.db.$transaction(async (tx) => {
    if (opts.jti) await consumeActionToken(tx, opts.jti);
    await moveStatusByRep(tx, meetingId, target, 'revise', ctx.clock());
    const created = await createMessage(tx, ctx.config.mailDomain, {
      repId: meeting.repId,
      meetingId,
      kind: draft.kind,
      fromAddress: meeting.rep.email,
      to: draft.to,
      cc: draft.cc,
      subject: draft.subject,
      text: draft.text,
      html: draft.html,
      inReplyTo: draft.inReplyTo,
      references: draft.references,
      providerThreadId: draft.providerThreadId,
    });
    // The rep wrote and sent it from the action page: that is the approval.
    await tryMoveMessage(tx, created.id, 'drafted', 'approved');
    await keepRepEdits(tx, meetingId, revision.edits);
    // Its send step in the same transaction: no approved revision is ever left without one.
    await queueSend(ctx, created.id, meetingId, tx);
    return created;
  });
  if (target === 'recap') {
    const outcome = await ctx.db.outcome.findUniqueOrThrow({ where: { meetingId } });
    await planBookNextNudge(ctx, meetingId, outcome);
    // Carried into the next meeting once sent (after-sent.ts): only as the rep last sent it.
  }
  ctx.log.info('revision sent', { meeting: meetingId, target, changes: draft.changes.length });
  return message.id;
}
