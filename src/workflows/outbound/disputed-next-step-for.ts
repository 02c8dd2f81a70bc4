/**
 * Gathers, for a meeting's agenda approval request, the earlier next step held back from
 * its point because the prospect disputes it: which meeting it came from, who got that
 * recap, and what the prospect wrote.
 */
import type { DisputedNextStepInput } from '../../compose/disputed-next-step-note.js';
import type { AppContext } from '../../context.js';
import type { CalendarAttendee } from '../../domain/types.js';
import { actionUrl } from '../../messages/links.js';
import { findHeldBackNextStep } from '../calendar/find-carried-next-step.js';

/** The meeting a draft is for, as far as this needs it. */
type ForMeeting = { id: string; accountId: string | null; start: Date };

/** The disputed next step that would have been `meeting`'s point; undefined when there is none. */
export async function disputedNextStepFor(
  ctx: AppContext,
  meeting: ForMeeting,
): Promise<DisputedNextStepInput | undefined> {
  if (!meeting.accountId) return undefined;
  const held = await findHeldBackNextStep(ctx.db, meeting.accountId, meeting.start, meeting.id);
  if (!held) return undefined;
  // The dispute standing now: every later answer to the recap makes a row of its own.
  const dispute = await ctx.db.confirmation.findFirst({
    where: { meetingId: held.meetingId, target: 'recap', status: 'disputed' },
    orderBy: [{ createdAt: 'desc' }, { updatedAt: 'desc' }],
    include: { message: { select: { to: true } } },
  });
  const recap =
    dispute?.message ??
    (await ctx.db.message.findFirst({
      where: { meetingId: held.meetingId, kind: 'recap', status: 'sent' },
      orderBy: { createdAt: 'desc' },
      select: { to: true },
    }));
  const earlier = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: held.meetingId },
    select: { attendees: true },
  });
  return {
    meeting: { title: held.meetingTitle, start: held.meetingStart },
    prospects: recipients((recap?.to ?? []) as string[], earlier.attendees as unknown as CalendarAttendee[]),
    reply: dispute?.reply ?? '',
    settleUrl: actionUrl(ctx, 'recap', { id: held.meetingId, end: held.meetingStart }),
  };
}

/** The recap's addresses with the names the invitation gave them. */
function recipients(to: string[], attendees: CalendarAttendee[]): { email: string; name?: string }[] {
  const names = new Map(attendees.map((a) => [a.email.toLowerCase(), a.name]));
  return to.map((email) => ({ email, name: names.get(email.toLowerCase()) || undefined }));
}
