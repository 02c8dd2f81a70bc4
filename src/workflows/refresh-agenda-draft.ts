/** Re-renders an unsent agenda after its meeting moved or changed, keeping the rep's edits. */
import type { AppContext } from '../context.js';
import { type AgendaEdits, composeMeetingAgenda, loadMeetingForCompose } from './compose-meeting-agenda.js';
import { mailFor } from './mail-for.js';
import { toOutboundMail } from './message-mime.js';

/** Updates the stored draft (and the provider's draft copy, in `draft` mode). */
export async function refreshAgendaDraft(ctx: AppContext, messageId: string): Promise<void> {
  const msg = await ctx.db.message.findUniqueOrThrow({ where: { id: messageId } });
  if (!msg.meetingId || !['drafted', 'awaiting_approval', 'approved'].includes(msg.status)) return;
  const meeting = await loadMeetingForCompose(ctx, msg.meetingId);
  const email = await composeMeetingAgenda(ctx, meeting, (msg.edits as AgendaEdits | null) ?? null);
  await ctx.db.message.update({
    where: { id: msg.id },
    data: { subject: email.subject, text: email.text, html: email.html, to: email.to },
  });
  if (msg.providerDraftId) {
    const updated = await ctx.db.message.findUniqueOrThrow({ where: { id: msg.id } });
    const mail = await mailFor(ctx, msg.repId);
    await mail.updateDraft(msg.providerDraftId, await toOutboundMail(updated, meeting.rep.name));
  }
  ctx.log.info('agenda draft refreshed', { message: msg.id, meeting: meeting.id });
}
