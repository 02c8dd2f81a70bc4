/**
 * The `draft_agenda` step: compose the agenda for a prospect meeting, copying the rep's
 * attending colleagues (default-cc.ts), and route it by the rep's approval mode (see
 * route-draft.ts). Idempotent: an agenda that exists is kept, and one left unrouted is routed.
 */
import type { AppContext } from '../../context.js';
import type { StepResult } from '../../jobs/step-kinds.js';
import { createMessage } from '../../messages/create-message.js';
import { composeMeetingAgenda, loadMeetingForCompose } from './compose-meeting-agenda.js';
import { defaultCc } from './default-cc.js';
import { routeDraft } from './route-draft.js';

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
  // Still `drafted`: the run that wrote it stopped before routing it (the instance was
  // killed, or the provider failed and the step is retried). Route it now: skipping it
  // would leave it unrouted for good, with no approval request ever sent.
  if (existing?.status === 'drafted') return { outcome: 'done', detail: await routeDraft(ctx, existing.id) };
  if (existing) return { outcome: 'skipped', detail: `agenda already exists (${existing.status})` };

  const email = await composeMeetingAgenda(ctx, meeting, null);
  if (email.to.length === 0) return { outcome: 'skipped', detail: 'every prospect opted out or bounces' };
  const message = await createMessage(ctx.db, ctx.config.mailDomain, {
    repId: meeting.repId,
    meetingId,
    kind: 'agenda',
    fromAddress: meeting.rep.email,
    to: email.to,
    cc: defaultCc(meeting, email.to),
    subject: email.subject,
    text: email.text,
    html: email.html,
  });
  return { outcome: 'done', detail: await routeDraft(ctx, message.id) };
}
