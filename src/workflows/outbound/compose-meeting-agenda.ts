/**
 * Builds the agenda email for a stored meeting: the meeting's point (with the rep's edits
 * for this draft on top), its prospects, and a signed confirmation link.
 */

import { toHeaderText } from '../../compose/clean-text.js';
import { type AgendaInput, composeAgenda } from '../../compose/compose-agenda.js';
import type { AppContext } from '../../context.js';
import { classifyMeeting } from '../../domain/classify-meeting.js';
import type { PointEdits } from '../../domain/edited-point.js';
import { emailLanguageFor } from '../../domain/email-language.js';
import type { CalendarAttendee, Stage } from '../../domain/types.js';
import { type BlockReason, blockedRecipients } from '../../messages/blocked-recipients.js';
import { agendaConfirmationUrl } from '../../messages/links.js';
import { repCompanyName, toRepProfile } from '../reps/rep-profile.js';

/** What a rep may change on an agenda before approving it: its subject and its point. */
export interface AgendaEdits extends PointEdits {
  subject?: string;
}

/** Loads what composing needs. */
export function loadMeetingForCompose(ctx: AppContext, meetingId: string) {
  return ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { rep: true, account: true },
  });
}

export type MeetingForCompose = Awaited<ReturnType<typeof loadMeetingForCompose>>;

/** The templates of the language the meeting's prospects get email in (the account's, else the rep's). */
export function prospectTemplates(
  ctx: Pick<AppContext, 'templates'>,
  meeting: Pick<MeetingForCompose, 'account' | 'rep'>,
) {
  return ctx.templates.forLanguage(emailLanguageFor(meeting.account, meeting.rep));
}

/** The meeting's external prospects, as the classifier finds them on the invitation. */
function meetingProspects(meeting: MeetingForCompose): CalendarAttendee[] {
  return classifyMeeting(
    {
      id: meeting.providerEventId,
      title: meeting.title,
      description: meeting.description,
      start: meeting.start,
      end: meeting.end,
      timeZone: meeting.timeZone,
      isAllDay: meeting.isAllDay,
      status: meeting.status as 'confirmed',
      attendees: meeting.attendees as unknown as CalendarAttendee[],
    },
    toRepProfile(meeting.rep),
  ).prospects;
}

/** A prospect agendum does not mail, and why: for the rep's approval request. */
export interface LeftOut {
  email: string;
  name?: string;
  why: BlockReason;
}

/** The meeting's prospects split into those mailed and those left out (opted out, bouncing). */
export async function splitRecipients(
  ctx: Pick<AppContext, 'db'>,
  meeting: MeetingForCompose,
): Promise<{ recipients: CalendarAttendee[]; leftOut: LeftOut[] }> {
  const prospects = meetingProspects(meeting);
  const blocked = await blockedRecipients(
    ctx.db,
    prospects.map((p) => p.email),
  );
  const leftOut: LeftOut[] = [];
  for (const p of prospects) {
    const why = blocked.get(p.email.toLowerCase());
    if (why) leftOut.push({ email: p.email, ...(p.name ? { name: p.name } : {}), why });
  }
  return { recipients: prospects.filter((p) => !blocked.has(p.email.toLowerCase())), leftOut };
}

/** The people the agenda goes to: external prospects who have not opted out or bounced. */
export async function agendaRecipients(
  ctx: AppContext,
  meeting: MeetingForCompose,
): Promise<CalendarAttendee[]> {
  return (await splitRecipients(ctx, meeting)).recipients;
}

/** Which of `emails` (lower-cased in the set) opted out or bounce: nothing more is sent to them. */
export async function blockedAddresses(ctx: Pick<AppContext, 'db'>, emails: string[]): Promise<Set<string>> {
  return new Set((await blockedRecipients(ctx.db, emails)).keys());
}

/** What the agenda templates get for `meeting`, sent to `recipients`, with the rep's edits on top. */
export function agendaInput(
  ctx: AppContext,
  meeting: MeetingForCompose,
  recipients: CalendarAttendee[],
  edits: AgendaEdits | null,
): AgendaInput {
  return {
    rep: { name: meeting.rep.name, email: meeting.rep.email, signature: meeting.rep.signature },
    meeting: {
      title: meeting.title,
      start: meeting.start,
      end: meeting.end,
      timeZone: meeting.timeZone,
      location: meeting.location ?? undefined,
      conferenceUrl: meeting.conferenceUrl ?? undefined,
    },
    prospects: recipients.map((r) => ({ email: r.email, name: r.name })),
    accountName: meeting.account?.name,
    repCompany: repCompanyName(meeting.rep),
    stage: (meeting.stage ?? 'discovery') as Stage,
    point: {
      purpose: edits?.purpose ?? meeting.purpose ?? '',
      agenda: edits?.agenda ?? (meeting.agendaItems as string[]),
      outcome: edits?.outcome ?? meeting.desiredOutcome ?? '',
    },
    confirmUrl: agendaConfirmationUrl(ctx, meeting),
  };
}

/** Composes the agenda (subject, text, html) for a meeting and its recipients. */
export async function composeMeetingAgenda(
  ctx: AppContext,
  meeting: MeetingForCompose,
  edits: AgendaEdits | null,
) {
  const recipients = await agendaRecipients(ctx, meeting);
  const email = composeAgenda(prospectTemplates(ctx, meeting), agendaInput(ctx, meeting, recipients, edits));
  if (edits?.subject?.trim()) email.subject = toHeaderText(edits.subject);
  return { ...email, to: recipients.map((r) => r.email) };
}
