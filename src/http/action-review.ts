/**
 * The action page behind every notice about a prospect's answer (`/a/:token`, purpose
 * `act`): what the link is about, the page as it stands or as posted, its live preview, and
 * the rep's choice — revise and send, mark confirmed, keep as is, stop or keep going.
 */

import { withoutActionLinks } from '../compose/compose-rep-notice.js';
import { formatDateTime } from '../compose/format-time.js';
import { firstNameFor, firstNameOf } from '../compose/names.js';
import { callNames, prospectViews } from '../compose/people.js';
import type { AppContext } from '../context.js';
import type { ActionTarget } from '../domain/rep-actions.js';
import { AppError } from '../errors.js';
import { isTokenUsed } from '../messages/action-tokens.js';
import { meetingUrl } from '../messages/links.js';
import { kindsAbout } from '../messages/prospect-kinds.js';
import { REP_LINK_PURPOSES, verifyActionToken } from '../security/action-token.js';
import { actionsNow } from '../workflows/inbound/move-status-by-rep.js';
import { agendaRecipients, loadMeetingForCompose } from '../workflows/outbound/compose-meeting-agenda.js';
import type { DraftEdits } from '../workflows/outbound/edited-draft.js';
import { agendaEditsFrom, agendaFieldsWith } from './agenda-edits.js';
import { formText } from './form-text.js';
import type { ActionPageData } from './pages/action-page.js';
import type { EditForm } from './pages/edit-forms.js';
import { readRecapForm } from './recap-edits.js';

const USED = 'This link was already used. Open the meeting on the dashboard to see where it stands.';

/** The meeting, target and jti of an action link; null when the token is for another `/a/` page. */
export async function loadAction(ctx: AppContext, token: string) {
  const payload = verifyActionToken(ctx.secretKey, token, REP_LINK_PURPOSES, ctx.clock());
  if (payload.p !== 'act') return null;
  const [target, meetingId] = payload.ref.split(':') as [ActionTarget, string];
  if ((target !== 'agenda' && target !== 'recap') || !meetingId)
    throw new AppError('token_invalid', 'This link is not valid.');
  if (await isTokenUsed(ctx.db, payload.jti)) throw new AppError('token_used', USED);
  const meeting = await ctx.db.meeting.findUnique({ where: { id: meetingId }, select: { id: true } });
  if (!meeting) throw new AppError('not_found', 'This meeting no longer exists.');
  const full = await loadMeetingForCompose(ctx, meetingId);
  const outcome = await ctx.db.outcome.findUnique({ where: { meetingId } });
  return { jti: payload.jti, target, meeting: full, outcome };
}

export type LoadedAction = NonNullable<Awaited<ReturnType<typeof loadAction>>>;

/** The edit form of the revision and the edits it makes; `error` when a field cannot be read. */
export function readActionForm(
  ctx: AppContext,
  d: LoadedAction,
  body: Record<string, unknown> | null,
): { form: EditForm | null; edits?: DraftEdits; note?: string; error?: string } {
  const note = body ? formText(body.note, 2000) : undefined;
  if (d.target === 'agenda') {
    const m = d.meeting;
    const current = {
      subject: '',
      purpose: m.purpose ?? '',
      agenda: (m.agendaItems as string[] | null) ?? [],
      outcome: m.desiredOutcome ?? '',
    };
    const edits = body ? agendaEditsFrom(body, current) : {};
    const { subject: _ignored, ...pointEdits } = edits;
    return {
      form: { kind: 'agenda', fields: agendaFieldsWith(current, pointEdits), noSubject: true },
      edits: { kind: 'agenda', edits: pointEdits },
      note,
    };
  }
  if (!d.outcome) return { form: null };
  const read = readRecapForm(body, d.outcome, ctx.clock(), d.meeting.rep.timeZone);
  return {
    form: { kind: 'recap', fields: read.fields, due: read.due },
    edits: { kind: 'recap', edits: read.edits },
    note,
    error: read.due.error,
  };
}

/** What the prospect last said about the target (not the rep's own moves), if anything. */
function lastAnswer(ctx: AppContext, meetingId: string, target: ActionTarget) {
  return ctx.db.confirmation.findFirst({
    where: { meetingId, target, source: { in: ['reply', 'page'] } },
    orderBy: { createdAt: 'desc' },
  });
}

/** Everything the page shows, for the form as it stands or as posted. */
export async function actionPageData(
  ctx: AppContext,
  d: LoadedAction,
  form: EditForm | null,
  preview: { subject: string; text: string },
  message?: { text: string; error?: boolean },
): Promise<ActionPageData> {
  const zone = d.meeting.rep.timeZone;
  const { status, offered } = await actionsNow(ctx.db, d.meeting.id, d.target, ctx.clock());
  const answer = await lastAnswer(ctx, d.meeting.id, d.target);
  const prospects = prospectViews(await agendaRecipients(ctx, d.meeting));
  // A revision goes where the email it revises went (revision-draft.ts): the page says so.
  const revised = await ctx.db.message.findFirst({
    where: { meetingId: d.meeting.id, kind: { in: kindsAbout(d.target) }, status: 'sent' },
    orderBy: { sentAt: 'desc' },
    select: { to: true, cc: true },
  });
  const listed = (v: unknown) => (Array.isArray(v) ? (v as string[]).join(', ') : '');
  const cc = listed(revised?.cc);
  return {
    target: d.target,
    meetingTitle: d.meeting.title,
    // The rep's page: their own zone.
    meetingWhen: formatDateTime(d.meeting.start, zone),
    meetingUrl: meetingUrl(ctx, d.meeting.id),
    prospect: callNames(prospects) || 'the prospect',
    sendsTo: revised ? `${listed(revised.to)}${cc ? `, copying ${cc}` : ''}` : '',
    // Who gave the answer: the one who replied, never everyone the agenda went to.
    answeredBy: answer
      ? answer.who
        ? (answer.who.includes('@') ? firstNameFor({ email: answer.who }) : firstNameOf(answer.who)) ||
          answer.who
        : answer.source === 'page'
          ? 'Someone with the confirmation link'
          : 'The prospect'
      : '',
    status,
    answer: answer
      ? {
          intent: answer.intent,
          // Quoted history the stripper missed may hold the prospect's own working link.
          words: withoutActionLinks(answer.reply),
          when: formatDateTime(answer.createdAt, zone),
          via: answer.source === 'page' ? 'on the confirmation page' : 'by reply',
        }
      : null,
    current:
      d.target === 'agenda'
        ? {
            kind: 'agenda',
            // In the words the prospect read: the card says it is what they saw.
            purpose: d.meeting.purpose ?? '',
            agenda: (d.meeting.agendaItems as string[] | null) ?? [],
            outcome: d.meeting.desiredOutcome ?? '',
          }
        : { kind: 'recap', agreed: d.outcome?.agreed ?? '', nextStep: d.outcome?.nextStep ?? '' },
    actions: offered,
    form,
    preview,
    message,
  };
}
