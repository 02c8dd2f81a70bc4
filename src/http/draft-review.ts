/**
 * What the two ways of reviewing a draft share — the emailed `/a/:token` link and the
 * signed-in dashboard's `/messages/:id`: the form as it stands or as posted (its To and Cc,
 * an agenda's subject and point, a recap's outcome), the review page with both parts of
 * the draft, and acting on the rep's choice.
 */
import { formatDateTime } from '../compose/format-time.js';
import type { AppContext } from '../context.js';
import type { Prisma } from '../db/types.js';
import { describePointSource } from '../domain/describe-point-source.js';
import { AppError } from '../errors.js';
import type { PreviewContent } from '../messages/preview-links.js';
import { approveMessage, previewDraft, skipMessage } from '../workflows/outbound/approve-message.js';
import type { DraftEdits } from '../workflows/outbound/edited-draft.js';
import { agendaEditsFrom, agendaFields, agendaFieldsWith } from './agenda-edits.js';
import { closedDraftError } from './closed-draft.js';
import { messagePage } from './html.js';
import { renderApprovalPage } from './pages/approval-page.js';
import type { EditForm } from './pages/edit-forms.js';
import { renderSkipPage } from './pages/skip-page.js';
import { readRecapForm } from './recap-edits.js';
import { type RecipientsForm, readRecipientsForm } from './recipient-edits.js';

/**
 * What a review page loads with a draft: its meeting and outcome, the rep's zone for dates
 * and their address (which may not be a recipient).
 */
export const DRAFT_INCLUDE = {
  meeting: { include: { outcome: true } },
  rep: { select: { timeZone: true, email: true } },
} as const;

export type DraftWithMeeting = Prisma.MessageGetPayload<{ include: typeof DRAFT_INCLUDE }>;

/** A page's answer: its status and HTML. */
export interface PageAnswer {
  status: number;
  html: string;
}

/** The form of a draft and the edits it makes; `error` when a field cannot be read. */
interface ReadForm {
  form: EditForm | null;
  edits?: DraftEdits;
  error?: string;
}

/** The whole posted page: the edit form and the recipients. */
interface ReadPage extends ReadForm {
  recipients: RecipientsForm;
}

function readPage(msg: DraftWithMeeting, body: Record<string, unknown> | null, now: Date): ReadPage {
  return { ...readForm(msg, body, now), recipients: readRecipientsForm(msg, msg.rep.email, body) };
}

function readForm(msg: DraftWithMeeting, body: Record<string, unknown> | null, now: Date): ReadForm {
  const m = msg.meeting;
  if (msg.kind === 'agenda' && m) {
    const current = agendaFields(msg, m);
    if (!body) return { form: { kind: 'agenda', fields: current } };
    const edits = agendaEditsFrom(body, current);
    return {
      form: { kind: 'agenda', fields: agendaFieldsWith(current, edits) },
      edits: { kind: 'agenda', edits },
    };
  }
  if (msg.kind === 'recap' && m?.outcome) {
    const read = readRecapForm(body, m.outcome, now, msg.rep.timeZone);
    return {
      form: { kind: 'recap', fields: read.fields, due: read.due },
      edits: { kind: 'recap', edits: read.edits },
      error: read.due.error,
    };
  }
  return { form: null };
}

const kindOf = (msg: DraftWithMeeting) => (msg.kind === 'recap' ? 'recap' : 'agenda');

/**
 * Where a review page is: its path (the emailed `/a/:token` or the dashboard's
 * `/messages/:id`; the preview frame is under it) and, signed in, the CSRF token its forms carry.
 */
export interface ReviewPageAt {
  path: string;
  csrfToken?: string;
}

/** The review page of a draft; `edited` when it shows posted edits (the frame then loads them). */
function reviewPage(
  msg: DraftWithMeeting,
  read: ReadPage,
  preview: PreviewContent,
  dueNote: string,
  at: ReviewPageAt,
  edited = false,
): string {
  const m = msg.meeting;
  return renderApprovalPage({
    meetingTitle: m?.title ?? msg.subject,
    // The rep's page: their own zone, as their approval request gives it.
    meetingWhen: m ? formatDateTime(m.start, msg.rep.timeZone) : '',
    reason: m?.reason ?? '',
    pointSource: m ? describePointSource(m.stage, m.pointSource as object) : '',
    dueNote,
    form: read.form,
    recipients: read.recipients.fields,
    kind: `the ${kindOf(msg)}`,
    preview,
    framePath: `${at.path}/frame`,
    edited,
    csrfToken: at.csrfToken,
  });
}

/** The first view of a draft still waiting for the rep. */
export async function showDraft(ctx: AppContext, msg: DraftWithMeeting, at: ReviewPageAt): Promise<string> {
  if (msg.status !== 'awaiting_approval') throw await closedDraftError(ctx, msg.id);
  const preview = await previewDraft(ctx, msg.id);
  const note = 'Nothing is sent until you choose "Approve & send".';
  return reviewPage(msg, readPage(msg, null, ctx.clock()), preview, note, at);
}

/** The question behind the email's "Skip" link, for a draft still waiting for the rep. */
export async function showSkipQuestion(
  ctx: AppContext,
  msg: DraftWithMeeting,
  at: ReviewPageAt,
): Promise<string> {
  if (msg.status !== 'awaiting_approval') throw await closedDraftError(ctx, msg.id);
  const m = msg.meeting;
  return renderSkipPage({
    kind: kindOf(msg),
    meetingTitle: m?.title ?? msg.subject,
    meetingWhen: m ? formatDateTime(m.start, msg.rep.timeZone) : '',
    to: msg.to as string[],
    path: at.path,
  });
}

/** Why nothing was approved, for the page: the fields that cannot be read. */
function notApproved(read: ReadPage): string | null {
  if (read.recipients.error) return 'Nothing was saved or sent: correct the recipients below, then approve.';
  if (read.error) return 'Nothing was saved or sent: correct the date below, then approve.';
  return null;
}

/** Runs a decision; a draft decided meanwhile (elsewhere, or a moment ago) is explained, not just refused. */
async function decide(ctx: AppContext, msg: DraftWithMeeting, act: () => Promise<void>): Promise<void> {
  if (msg.status !== 'awaiting_approval') throw await closedDraftError(ctx, msg.id);
  try {
    await act();
  } catch (err) {
    if (!(err instanceof AppError) || (err.code !== 'conflict' && err.code !== 'token_used')) throw err;
    // Still waiting: the refusal was about the edits (posted for another kind), not a decision.
    const current = await ctx.db.message.findUnique({ where: { id: msg.id }, select: { status: true } });
    if (!current || current.status === 'awaiting_approval') throw err;
    throw await closedDraftError(ctx, msg.id, err.code);
  }
}

/**
 * Acts on the rep's choice (approve, skip, or preview) and returns the page to show. An
 * approval with a field that cannot be read (a recipient, a recap's date) comes back as
 * the page with the error, and nothing is approved: an address or a date is never guessed.
 */
export async function actOnDraft(
  ctx: AppContext,
  msg: DraftWithMeeting,
  body: Record<string, unknown>,
  opts: { jti?: string; at: ReviewPageAt },
): Promise<PageAnswer> {
  if (body.action === 'skip') {
    await decide(ctx, msg, () => skipMessage(ctx, msg.id, { jti: opts.jti }));
    return { status: 200, html: messagePage('Skipped', 'Nothing will be sent for this meeting.') };
  }
  const read = readPage(msg, body, ctx.clock());
  const refused = notApproved(read);
  if (body.action === 'approve' && !refused) {
    const recipients = read.recipients.recipients;
    await decide(ctx, msg, () =>
      approveMessage(ctx, msg.id, { edits: read.edits, jti: opts.jti, recipients }),
    );
    return { status: 200, html: messagePage('Approved', approvedWords(kindOf(msg), read.recipients)) };
  }
  const preview = await previewDraft(ctx, msg.id, read.edits);
  const note = refused ?? 'Preview only: nothing was saved or sent.';
  const status = body.action === 'approve' ? 400 : 200;
  return { status, html: reviewPage(msg, read, preview, note, opts.at, true) };
}

/** What the page says once approved: to whom it goes, as the rep left the fields. */
function approvedWords(kind: string, r: RecipientsForm): string {
  const cc = r.fields.cc ? `, copying ${r.fields.cc}` : '';
  return `The ${kind} is on its way to ${r.fields.to}${cc}.`;
}

/** The HTML part for posted edits (or as stored, for none), for the preview frame. */
export async function previewFrameHtml(
  ctx: AppContext,
  msg: DraftWithMeeting,
  body: Record<string, unknown>,
) {
  const read = readPage(msg, body, ctx.clock());
  return (await previewDraft(ctx, msg.id, read.edits)).html;
}

/** The live preview's JSON for posted edits, with a recap's date as read (or why it cannot be). */
export async function previewJson(ctx: AppContext, msg: DraftWithMeeting, body: Record<string, unknown>) {
  const read = readPage(msg, body, ctx.clock());
  const preview = await previewDraft(ctx, msg.id, read.edits);
  const due = read.form?.kind === 'recap' ? read.form.due : {};
  return {
    subject: preview.subject,
    text: preview.text,
    ...(due.words !== undefined ? { due: due.words } : {}),
    ...(due.error ? { dueError: due.error } : {}),
    recipientsError: read.recipients.error ?? '',
  };
}
