/**
 * Puts a drafted message in front of the rep: an approval-request email to their own
 * inbox with the full draft, why agendum drafted it, and a link to the approval page.
 */

import { composeApprovalRequest } from '../../compose/compose-approval-request.js';
import type { AppContext } from '../../context.js';
import { describePointSource } from '../../domain/describe-point-source.js';
import { DEFAULT_LANGUAGE } from '../../domain/languages.js';
import { createMessage } from '../../messages/create-message.js';
import { approvalUrl } from '../../messages/links.js';
import { tryMoveMessage } from '../../messages/message-status.js';
import { targetOf } from '../../messages/prospect-kinds.js';
import { loadMeetingForCompose, splitRecipients } from './compose-meeting-agenda.js';
import { disputedNextStepFor } from './disputed-next-step-for.js';
import { queueSend } from './queue-send.js';

/**
 * Marks the draft awaiting approval and queues the approval request to the rep. Returns
 * false, and asks nothing, when the draft is no longer `drafted` (retracted meanwhile).
 */
export async function requestApproval(ctx: AppContext, draftId: string): Promise<boolean> {
  const draft = await ctx.db.message.findUniqueOrThrow({
    where: { id: draftId },
    include: { rep: true, meeting: true },
  });
  const meeting = draft.meeting;
  // An agenda whose meeting would have carried a next step the prospect disputes: the rep
  // is told why the point is not that step, before approving the one it fell back to.
  const disputedNextStep =
    meeting && draft.kind === 'agenda' ? await disputedNextStepFor(ctx, meeting) : undefined;
  // Whom the draft leaves out (opted out, bouncing): the rep sees it before approving.
  const leftOut =
    meeting && targetOf(draft.kind)
      ? (await splitRecipients(ctx, await loadMeetingForCompose(ctx, meeting.id))).leftOut
      : [];
  const email = composeApprovalRequest(ctx.templates.forLanguage(DEFAULT_LANGUAGE), {
    rep: { name: draft.rep.name, email: draft.rep.email, timeZone: draft.rep.timeZone },
    draft: {
      subject: draft.subject,
      text: draft.text,
      to: draft.to as string[],
      cc: draft.cc as string[],
      kind: draft.kind === 'recap' ? 'recap' : 'agenda',
    },
    meeting: meeting
      ? { title: meeting.title, start: meeting.start, end: meeting.end, timeZone: meeting.timeZone }
      : undefined,
    reasons: {
      classification: meeting?.reason ?? '',
      pointSource: meeting ? describePointSource(meeting.stage, meeting.pointSource as object) : '',
    },
    approveUrl: approvalUrl(ctx, draft, meeting),
    disputedNextStep,
    leftOut,
  });
  const request = await ctx.db.$transaction(async (tx) => {
    if (!(await tryMoveMessage(tx, draft.id, 'drafted', 'awaiting_approval'))) return null;
    // To the rep themselves: created `approved`, no approval needed for it.
    const created = await createMessage(tx, ctx.config.mailDomain, {
      repId: draft.repId,
      meetingId: draft.meetingId,
      subjectMessageId: draft.id,
      kind: 'approval_request',
      fromAddress: draft.rep.email,
      to: [draft.rep.email],
      subject: email.subject,
      text: email.text,
      html: email.html,
    });
    // Its send step in the same transaction: once the draft is awaiting approval, nothing
    // runs this again, so a request committed without its step would never be sent.
    await queueSend(ctx, created.id, draft.meetingId, tx);
    return created;
  });
  return request !== null;
}
