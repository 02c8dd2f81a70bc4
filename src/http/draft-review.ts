/**
 * What the two ways of reviewing a draft share — the emailed `/a/:token` link and the
 * signed-in dashboard's `/messages/:id`: the form as it stands or as posted (an agenda's
 * subject and point, a recap's outcome), the review page, and acting on the rep's choice.
 */
import { formatDateTime } from '../compose/format-time.js';
import type { AppContext } from '../context.js';
import type { Prisma } from '../db/types.js';
import { describePointSource } from '../domain/describe-point-source.js';
import { AppError } from '../errors.js';
import { approveMessage, previewDraft, skipMessage } from '../workflows/outbound/approve-message.js';
import type { DraftEdits } from '../workflows/outbound/edited-draft.js';
import { agendaEditsFrom, agendaFields, agendaFieldsWith } from './agenda-edits.js';
import { messagePage } from './html.js';
import { renderApprovalPage } from './pages/approval-page.js';
import type { EditForm } from './pages/edit-forms.js';
import { readRecapForm } from './recap-edits.js';

/** What a review page loads with a draft: its meeting and outcome, and the rep's zone for dates. */
export const DRAFT_INCLUDE = {
  meeting: { include: { outcome: true } },
  rep: { select: { timeZone: true } },
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

/** The review page of a draft; `csrfToken` is set for the signed-in page's forms. */
function reviewPage(
  msg: DraftWithMeeting,
  form: EditForm | null,
  preview: { subject: string; text: string },
  dueNote: string,
  csrfToken?: string,
): string {
  const m = msg.meeting;
  return renderApprovalPage({
    meetingTitle: m?.title ?? msg.subject,
    // The rep's page: their own zone, as their approval request gives it.
    meetingWhen: m ? formatDateTime(m.start, msg.rep.timeZone) : '',
    to: msg.to as string[],
    reason: m?.reason ?? '',
    pointSource: m ? describePointSource(m.stage, m.pointSource as object) : '',
    dueNote,
    form,
    kind: `the ${kindOf(msg)}`,
    preview: { subject: preview.subject, text: withoutConfirmationLink(preview.text) },
    csrfToken,
  });
}

/** The prospect's confirmation link is theirs: the rep sees a placeholder, as in the approval email. */
function withoutConfirmationLink(text: string): string {
  return text.replace(/https?:\/\/\S+\/c\/\S+/g, '[confirmation link]');
}

/** The first view of a draft still waiting for the rep. */
export async function showDraft(ctx: AppContext, msg: DraftWithMeeting, csrfToken?: string): Promise<string> {
  if (msg.status !== 'awaiting_approval') throw await statusError(ctx, msg.id);
  const { form } = readForm(msg, null, ctx.clock());
  return reviewPage(msg, form, msg, 'Nothing is sent until you choose "Approve & send".', csrfToken);
}

/**
 * Acts on the rep's choice (approve, skip, or preview) and returns the page to show. An
 * approval with a field that cannot be read (a recap's date) comes back as the page with
 * the error, and nothing is approved: a date is never guessed.
 */
export async function actOnDraft(
  ctx: AppContext,
  msg: DraftWithMeeting,
  body: Record<string, unknown>,
  opts: { jti?: string; csrfToken?: string } = {},
): Promise<PageAnswer> {
  if (body.action === 'skip') {
    await skipMessage(ctx, msg.id, { jti: opts.jti });
    return { status: 200, html: messagePage('Skipped', 'Nothing will be sent for this meeting.') };
  }
  const read = readForm(msg, body, ctx.clock());
  if (body.action === 'approve' && !read.error) {
    await approveMessage(ctx, msg.id, { edits: read.edits, jti: opts.jti });
    const to = (msg.to as string[]).join(', ');
    return { status: 200, html: messagePage('Approved', `The ${kindOf(msg)} is on its way to ${to}.`) };
  }
  const preview = await previewDraft(ctx, msg.id, read.edits);
  const note = read.error
    ? 'Nothing was saved or sent: correct the date below, then approve.'
    : 'Preview only: nothing was saved or sent.';
  const status = body.action === 'approve' ? 400 : 200;
  return { status, html: reviewPage(msg, read.form, preview, note, opts.csrfToken) };
}

/** The live preview's JSON for posted edits, with a recap's date as read (or why it cannot be). */
export async function previewJson(ctx: AppContext, msg: DraftWithMeeting, body: Record<string, unknown>) {
  const read = readForm(msg, body, ctx.clock());
  const preview = await previewDraft(ctx, msg.id, read.edits);
  const due = read.form?.kind === 'recap' ? read.form.due : {};
  return {
    subject: preview.subject,
    text: withoutConfirmationLink(preview.text),
    ...(due.words !== undefined ? { due: due.words } : {}),
    ...(due.error ? { dueError: due.error } : {}),
  };
}

/** The explanation for a draft that can no longer be approved. */
async function statusError(ctx: AppContext, messageId: string): Promise<AppError> {
  try {
    await previewDraft(ctx, messageId);
    return new AppError('conflict', 'This draft cannot be approved.');
  } catch (err) {
    return err instanceof AppError ? err : new AppError('conflict', String(err));
  }
}
