/** Re-renders an unsent agenda after its meeting moved or changed, keeping the rep's edits. */
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { UNSENT_STATUSES } from '../../messages/message-status.js';
import { reviseUnsentMessage } from '../../messages/revise-message.js';
import { type AgendaEdits, composeMeetingAgenda, loadMeetingForCompose } from './compose-meeting-agenda.js';
import { mailFor } from './mail-for.js';
import { toOutboundMail } from './message-mime.js';

/** Updates the stored draft (and the provider's draft copy, in `draft` mode). */
export async function refreshAgendaDraft(ctx: AppContext, messageId: string): Promise<void> {
  const msg = await ctx.db.message.findUniqueOrThrow({ where: { id: messageId } });
  if (!msg.meetingId || !UNSENT_STATUSES.includes(msg.status)) return;
  const meeting = await loadMeetingForCompose(ctx, msg.meetingId);
  const email = await composeMeetingAgenda(ctx, meeting, (msg.edits as AgendaEdits | null) ?? null);
  // Claimed for sending since the read: what goes out is what was approved; leave it.
  if (!(await reviseUnsentMessage(ctx.db, msg.id, email))) return;
  if (msg.providerDraftId) {
    const updated = await ctx.db.message.findUniqueOrThrow({ where: { id: msg.id } });
    const mail = await mailFor(ctx, msg.repId);
    try {
      await mail.updateDraft(msg.providerDraftId, await toOutboundMail(updated, meeting.rep.name));
    } catch (err) {
      // The rep already sent or deleted the draft in their mailbox: the inbox sync notices a
      // send; a stale copy must not block the calendar sync that called us.
      if (!(err instanceof AppError && err.code === 'not_found')) throw err;
      ctx.log.warn('agenda draft is gone from the mailbox; not refreshed', { message: msg.id });
      return;
    }
  }
  ctx.log.info('agenda draft refreshed', { message: msg.id, meeting: meeting.id });
}
