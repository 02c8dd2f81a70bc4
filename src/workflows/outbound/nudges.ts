/**
 * Nudges to the rep — never an automatic second email to the prospect: the point is still
 * unconfirmed shortly before the meeting, or no meeting was booked for an agreed next step.
 * The reminder of an agenda still awaiting approval is remind-approval.ts.
 */

import { callNames, prospectViews } from '../../compose/people.js';
import type { AppContext } from '../../context.js';
import type { StepResult } from '../../jobs/step-kinds.js';
import { agendaRecipients, loadMeetingForCompose } from './compose-meeting-agenda.js';
import { offerActions } from './offer-actions.js';
import { sendNudge } from './send-nudge.js';

/** The `nudge_unconfirmed` step. */
export async function nudgeUnconfirmed(ctx: AppContext, meetingId: string): Promise<StepResult> {
  const meeting = await loadMeetingForCompose(ctx, meetingId);
  if (!meeting.isProspect || meeting.status === 'cancelled')
    return { outcome: 'skipped', detail: 'meeting cancelled' };
  if (meeting.start <= ctx.clock()) return { outcome: 'skipped', detail: 'meeting already started' };
  // A revision is waiting for the prospect just as the first agenda was.
  if (meeting.pointStatus !== 'unconfirmed' && meeting.pointStatus !== 'revised')
    return { outcome: 'skipped', detail: `point is ${meeting.pointStatus.replace('_', ' ')}` };
  const sent = await ctx.db.message.findFirst({ where: { meetingId, kind: 'agenda', status: 'sent' } });
  if (!sent) return { outcome: 'skipped', detail: 'no agenda was sent, so there is nothing to confirm' };
  // How soon the meeting is, and with whom, the nudge itself says.
  const prospects = await agendaRecipients(ctx, meeting);
  const actions = await offerActions(
    ctx,
    meeting,
    'agenda',
    callNames(prospectViews(prospects)) || 'the prospect',
  );
  // About the agenda sent: the rep's "confirmed" in reply settles its point.
  await sendNudge(
    ctx,
    meeting,
    { kind: 'unconfirmed', detail: 'No answer to the agenda yet.', actions },
    sent.id,
  );
  return { outcome: 'done', detail: 'rep nudged: point unconfirmed' };
}

/** The `nudge_book_next` step. */
export async function nudgeBookNext(ctx: AppContext, meetingId: string): Promise<StepResult> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { rep: true, account: true, outcome: true },
  });
  if (!meeting.outcome?.nextStep || !meeting.accountId)
    return { outcome: 'skipped', detail: 'no next step recorded' };
  if (meeting.outcome.nextStepStatus === 'disputed')
    return { outcome: 'skipped', detail: 'the prospect disputes the next step' };
  const booked = await ctx.db.meeting.findFirst({
    where: {
      accountId: meeting.accountId,
      start: { gt: meeting.end },
      status: { not: 'cancelled' },
      isProspect: true,
    },
  });
  if (booked) return { outcome: 'skipped', detail: `next meeting booked: ${booked.title}` };
  await sendNudge(ctx, meeting, { kind: 'book_next', detail: meeting.outcome.nextStep });
  return { outcome: 'done', detail: 'rep nudged: book the next meeting' };
}
