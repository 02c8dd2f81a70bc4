/**
 * Who may answer for a meeting by email. A prospect's reply changes the meeting (confirms
 * the point, declines and stops every step), and anyone who learns an agenda's Message-ID
 * can thread a reply to it, so a reply counts only from someone the meeting involves: an
 * attendee, or — for a recap, which prospects pass on inside their company — a colleague at
 * the account's domain whom the rep has already emailed.
 */
import type { AppContext } from '../../context.js';
import { isOrgAddress } from '../../domain/org-domains.js';
import { PROSPECT_KINDS } from '../../messages/prospect-kinds.js';
import { toRepProfile } from '../reps/rep-profile.js';

/** How many of the rep's latest sent emails are searched for a colleague's address. */
const EMAILED_LOOKBACK = 1000;

const addresses = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase()) : [];

/** Whether `email` (lower-cased) is among a meeting's attendees (CalendarAttendee[] JSON). */
export function isAttendee(attendees: unknown, email: string): boolean {
  if (!Array.isArray(attendees)) return false;
  return attendees.some(
    (a: unknown) =>
      typeof (a as { email?: unknown })?.email === 'string' &&
      (a as { email: string }).email.toLowerCase() === email,
  );
}

/**
 * Whether the rep has emailed `email`: it is in To or Cc of an agenda or recap agendum sent
 * for them (the only mail of theirs agendum knows). The newest sends are searched, bounded,
 * in code: `to`/`cc` are JSON lists, which SQLite and PostgreSQL filter differently.
 */
async function repHasEmailed(ctx: AppContext, repId: string, email: string): Promise<boolean> {
  const sent = await ctx.db.message.findMany({
    where: { repId, status: 'sent', kind: { in: [...PROSPECT_KINDS] } },
    select: { to: true, cc: true },
    orderBy: { sentAt: 'desc' },
    take: EMAILED_LOOKBACK,
  });
  return sent.some((m) => [...addresses(m.to), ...addresses(m.cc)].includes(email));
}

/**
 * Whether `sender` is at the rep's own org (a colleague copied on the agenda, or invited).
 * A colleague speaks for the rep's side, never for the prospect: their "can't make it" to
 * everyone is no decline, their "looks good" no confirmation. The rep sees such a reply in
 * the thread anyway, so it needs no notice either.
 */
export async function fromRepsOrg(ctx: AppContext, meetingId: string, sender: string): Promise<boolean> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { rep: true },
  });
  return isOrgAddress(sender.trim().toLowerCase(), toRepProfile(meeting.rep));
}

/** Whether `sender` may answer the agenda (`target` 'agenda') or the recap of a meeting. */
export async function mayAnswerFor(
  ctx: AppContext,
  meetingId: string,
  target: 'agenda' | 'recap',
  sender: string,
): Promise<boolean> {
  const email = sender.trim().toLowerCase();
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { account: true, rep: true },
  });
  if (isOrgAddress(email, toRepProfile(meeting.rep))) return false;
  if (isAttendee(meeting.attendees, email)) return true;
  if (target !== 'recap' || !meeting.account) return false;
  if (email.split('@').pop() !== meeting.account.domain.toLowerCase()) return false;
  return repHasEmailed(ctx, meeting.repId, email);
}
