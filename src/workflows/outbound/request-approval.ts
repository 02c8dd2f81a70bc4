/**
 * Puts a drafted message in front of the rep: an approval-request email to their own
 * inbox with the full draft, why agendum drafted it, and a link to the approval page.
 */
import { newMessageId } from '../../compose/build-mime.js';
import { composeApprovalRequest } from '../../compose/compose-approval-request.js';
import type { AppContext } from '../../context.js';
import { describePointSource } from '../../domain/describe-point-source.js';
import { scheduleStep } from '../../jobs/schedule-step.js';
import { signActionToken } from '../../security/action-token.js';

const HOUR_MS = 3_600_000;

/** A fresh signed link to the approval page of a message. */
export function approvalUrl(ctx: AppContext, messageId: string, meetingStart?: Date): string {
  const ttl = new Date(ctx.clock().getTime() + ctx.config.approvalLinkTtlHours * HOUR_MS);
  // An approval after the meeting started is pointless: the link dies with the meeting.
  const expires = meetingStart && meetingStart < ttl ? meetingStart : ttl;
  return `${ctx.config.http.publicUrl}/a/${signActionToken(ctx.secretKey, 'approve', messageId, expires)}`;
}

/** Marks the draft awaiting approval and queues the approval request to the rep. */
export async function requestApproval(ctx: AppContext, draftId: string): Promise<void> {
  const draft = await ctx.db.message.findUniqueOrThrow({
    where: { id: draftId },
    include: { rep: true, meeting: true },
  });
  const meeting = draft.meeting;
  const email = composeApprovalRequest(ctx.templates, {
    rep: { name: draft.rep.name, email: draft.rep.email },
    draft: { subject: draft.subject, text: draft.text, to: draft.to as string[] },
    meeting: meeting
      ? { title: meeting.title, start: meeting.start, end: meeting.end, timeZone: meeting.timeZone }
      : undefined,
    reasons: {
      classification: meeting?.reason ?? '',
      pointSource: meeting ? describePointSource(meeting.stage, meeting.pointSource as object) : '',
    },
    approveUrl: approvalUrl(ctx, draft.id, meeting?.start),
  });
  const request = await ctx.db.$transaction(async (tx) => {
    await tx.message.update({ where: { id: draft.id }, data: { status: 'awaiting_approval' } });
    return tx.message.create({
      data: {
        repId: draft.repId,
        meetingId: draft.meetingId,
        subjectMessageId: draft.id,
        kind: 'approval_request',
        // To the rep themselves: no approval needed for it.
        status: 'approved',
        fromAddress: draft.rep.email,
        to: [draft.rep.email],
        cc: [],
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: newMessageId(ctx.config.mailDomain),
      },
    });
  });
  await scheduleStep(ctx.db, {
    kind: 'send_message',
    runKey: `send_message:${request.id}`,
    payload: { messageId: request.id },
    dueAt: ctx.clock(),
    meetingId: draft.meetingId ?? undefined,
  });
}
