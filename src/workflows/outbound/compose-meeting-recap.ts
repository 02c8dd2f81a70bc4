/**
 * Builds the recap email for a meeting from its recorded outcome (with the rep's edits from
 * the approval page on top): its prospects, the agenda it answers, a signed confirmation link.
 */

import { composeRecap, type RecapInput } from '../../compose/compose-recap.js';
import type { NextStepOwner } from '../../compose/next-step-line.js';
import type { AppContext } from '../../context.js';
import type { Outcome } from '../../db/types.js';
import type { CalendarAttendee, Stage } from '../../domain/types.js';
import { recapConfirmationUrl } from '../../messages/links.js';
import { repCompanyName } from '../reps/rep-profile.js';
import { agendaRecipients, loadMeetingForCompose, prospectTemplates } from './compose-meeting-agenda.js';

/** What a rep may change on a recap before approving it; `due: null` takes the date away. */
export interface RecapEdits {
  agreed?: string;
  nextStep?: string;
  owner?: NextStepOwner;
  due?: Date | null;
}

/** The outcome a recap states: what was agreed and the next step (what, who, by when). */
export interface RecapOutcome {
  agreed: string;
  nextStep: string;
  owner: NextStepOwner;
  due?: Date;
}

const OWNERS: readonly NextStepOwner[] = ['rep', 'prospect', 'both'];

/** The recorded outcome with `edits` on top. */
export function editedOutcome(outcome: Outcome, edits: RecapEdits | null): RecapOutcome {
  const owner = OWNERS.includes(outcome.nextStepOwner as NextStepOwner)
    ? (outcome.nextStepOwner as NextStepOwner)
    : 'both';
  const due = edits?.due === undefined ? outcome.nextStepDue : edits.due;
  return {
    agreed: edits?.agreed ?? outcome.agreed,
    nextStep: edits?.nextStep ?? outcome.nextStep,
    owner: edits?.owner ?? owner,
    due: due ?? undefined,
  };
}

/** Everything a recap of `meetingId` is built from. */
export async function loadRecapSource(ctx: AppContext, meetingId: string) {
  const meeting = await loadMeetingForCompose(ctx, meetingId);
  const outcome = await ctx.db.outcome.findUniqueOrThrow({ where: { meetingId } });
  // The recap answers the agenda the prospect got, so it lands in the same thread.
  const agenda = await ctx.db.message.findFirst({ where: { meetingId, kind: 'agenda', status: 'sent' } });
  const prospects: CalendarAttendee[] = await agendaRecipients(ctx, meeting);
  return { meeting, outcome, agenda, prospects };
}

export type RecapSource = Awaited<ReturnType<typeof loadRecapSource>>;

/** What the recap templates get for `source`, with the rep's edits on top. */
export function recapInput(ctx: AppContext, source: RecapSource, edits: RecapEdits | null): RecapInput {
  const { meeting, agenda, prospects } = source;
  return {
    rep: { name: meeting.rep.name, email: meeting.rep.email, signature: meeting.rep.signature },
    meeting: { title: meeting.title, start: meeting.start, end: meeting.end, timeZone: meeting.timeZone },
    prospects: prospects.map((p) => ({ email: p.email, name: p.name })),
    accountName: meeting.account?.name,
    repCompany: repCompanyName(meeting.rep),
    stage: (meeting.stage ?? 'discovery') as Stage,
    agendaSubject: agenda?.subject,
    outcome: editedOutcome(source.outcome, edits),
    confirmUrl: recapConfirmationUrl(ctx, meeting.id),
    now: ctx.clock(),
  };
}

/** Composes the recap (subject, text, html, to) with the rep's edits, if any. */
export function composeMeetingRecap(ctx: AppContext, source: RecapSource, edits: RecapEdits | null) {
  const email = composeRecap(prospectTemplates(ctx, source.meeting), recapInput(ctx, source, edits));
  return { ...email, to: source.prospects.map((p) => p.email) };
}
