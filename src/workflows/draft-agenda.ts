/**
 * The `draft_agenda` step: compose the agenda for a prospect meeting and route it by the
 * rep's approval mode — an approval request to the rep (approve), a draft in the rep's
 * mailbox (draft), or straight to sending (auto). Idempotent: an agenda that exists is kept.
 */
import { newMessageId } from '../compose/build-mime.js';
import type { AppContext } from '../context.js';
import { scheduleStep } from '../jobs/schedule-step.js';
import type { StepResult } from '../jobs/step-kinds.js';
import { composeMeetingAgenda, loadMeetingForCompose } from './compose-meeting-agenda.js';
import { mailFor } from './mail-for.js';
import { toOutboundMail } from './message-mime.js';
import { requestApproval } from './request-approval.js';

/** Runs the step for one meeting. */
export async function draftAgenda(ctx: AppContext, meetingId: string): Promise<StepResult> {
  const meeting = await loadMeetingForCompose(ctx, meetingId);
  const now = ctx.clock();
  if (!meeting.isProspect) return { outcome: 'skipped', detail: `not a prospect meeting: ${meeting.reason}` };
  if (meeting.status === 'cancelled') return { outcome: 'skipped', detail: 'meeting cancelled' };
  if (meeting.start <= now) return { outcome: 'skipped', detail: 'meeting already started' };
  const existing = await ctx.db.message.findFirst({
    where: { meetingId, kind: 'agenda', status: { notIn: ['retracted', 'skipped', 'failed'] } },
  });
  if (existing) return { outcome: 'skipped', detail: `agenda already exists (${existing.status})` };

  const email = await composeMeetingAgenda(ctx, meeting, null);
  if (email.to.length === 0) return { outcome: 'skipped', detail: 'every prospect opted out or bounces' };
  const mode = meeting.rep.approvalMode;
  const message = await ctx.db.message.create({
    data: {
      repId: meeting.repId,
      meetingId,
      kind: 'agenda',
      status: mode === 'auto' ? 'approved' : 'drafted',
      fromAddress: meeting.rep.email,
      to: email.to,
      cc: [],
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: newMessageId(ctx.config.mailDomain),
    },
  });

  if (mode === 'auto') {
    await scheduleStep(ctx.db, {
      kind: 'send_message',
      runKey: `send_message:${message.id}`,
      payload: { messageId: message.id },
      dueAt: now,
      meetingId,
    });
    return { outcome: 'done', detail: 'agenda drafted; auto-send scheduled' };
  }
  if (mode === 'draft') {
    const mail = await mailFor(ctx, meeting.repId);
    const { draftId } = await mail.createDraft(await toOutboundMail(message, meeting.rep.name));
    await ctx.db.message.update({
      where: { id: message.id },
      data: { status: 'awaiting_approval', providerDraftId: draftId },
    });
    return { outcome: 'done', detail: "agenda placed in the rep's drafts" };
  }
  await requestApproval(ctx, message.id);
  return { outcome: 'done', detail: 'agenda drafted; approval requested from the rep' };
}
