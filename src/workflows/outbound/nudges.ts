/**
 * Nudges to the rep — never an automatic second email to the prospect: the point is still
 * unconfirmed shortly before the meeting, or no meeting was booked for an agreed next step.
 */
import { composeNudge } from '../../compose/compose-nudge.js';
import type { AppContext } from '../../context.js';
import type { StepResult } from '../../jobs/step-kinds.js';
import { meetingUrl } from '../../messages/links.js';
import { sendToRep } from './send-to-rep.js';

interface NudgedMeeting {
  id: string;
  repId: string;
  title: string;
  start: Date;
  timeZone: string;
  rep: { name: string; email: string };
}

/** Emails the rep a nudge about the meeting. */
async function nudgeRep(
  ctx: AppContext,
  meeting: NudgedMeeting,
  kind: 'unconfirmed' | 'book_next',
  detail: string,
): Promise<void> {
  await sendToRep(ctx, {
    repId: meeting.repId,
    meetingId: meeting.id,
    kind: 'nudge',
    email: composeNudge(ctx.templates, {
      rep: { name: meeting.rep.name, email: meeting.rep.email },
      meeting: { title: meeting.title, start: meeting.start, timeZone: meeting.timeZone },
      kind,
      detail,
      meetingUrl: meetingUrl(ctx, meeting.id),
    }),
  });
}

/** The `nudge_unconfirmed` step. */
export async function nudgeUnconfirmed(ctx: AppContext, meetingId: string): Promise<StepResult> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { rep: true },
  });
  if (!meeting.isProspect || meeting.status === 'cancelled')
    return { outcome: 'skipped', detail: 'meeting cancelled' };
  if (meeting.start <= ctx.clock()) return { outcome: 'skipped', detail: 'meeting already started' };
  if (meeting.pointStatus !== 'unconfirmed')
    return { outcome: 'skipped', detail: `point is ${meeting.pointStatus}` };
  const sent = await ctx.db.message.findFirst({ where: { meetingId, kind: 'agenda', status: 'sent' } });
  if (!sent) return { outcome: 'skipped', detail: 'no agenda was sent, so there is nothing to confirm' };
  const hours = Math.max(1, Math.round((meeting.start.getTime() - ctx.clock().getTime()) / 3_600_000));
  await nudgeRep(
    ctx,
    meeting,
    'unconfirmed',
    `No answer to the agenda yet, about ${hours} hour(s) before the meeting.`,
  );
  return { outcome: 'done', detail: 'rep nudged: point unconfirmed' };
}

/** The `nudge_book_next` step. */
export async function nudgeBookNext(ctx: AppContext, meetingId: string): Promise<StepResult> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { rep: true, outcome: true },
  });
  if (!meeting.outcome?.nextStep || !meeting.accountId)
    return { outcome: 'skipped', detail: 'no next step recorded' };
  if (meeting.outcome.confirmation === 'declined')
    return { outcome: 'skipped', detail: 'the prospect declined the recap' };
  const booked = await ctx.db.meeting.findFirst({
    where: {
      accountId: meeting.accountId,
      start: { gt: meeting.end },
      status: { not: 'cancelled' },
      isProspect: true,
    },
  });
  if (booked) return { outcome: 'skipped', detail: `next meeting booked: ${booked.title}` };
  await nudgeRep(ctx, meeting, 'book_next', meeting.outcome.nextStep);
  return { outcome: 'done', detail: 'rep nudged: book the next meeting' };
}
