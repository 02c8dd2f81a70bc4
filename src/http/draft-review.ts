/**
 * What the two ways of reviewing a draft share — the emailed `/a/:token` link and the
 * signed-in dashboard's `/messages/:id`: the fields as they stand, the edits in a posted
 * form, the review page, and acting on the rep's choice.
 */
import type { AppContext } from '../context.js';
import type { Meeting, Message } from '../db/types.js';
import { describePointSource } from '../domain/describe-point-source.js';
import { AppError } from '../errors.js';
import { approveMessage, previewDraft, skipMessage } from '../workflows/outbound/approve-message.js';
import type { AgendaEdits } from '../workflows/outbound/compose-meeting-agenda.js';
import { messagePage } from './html.js';
import { renderApprovalPage } from './pages/approval-page.js';

export type DraftWithMeeting = Message & { meeting: Meeting | null };

const field = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' ? v.slice(0, max).replace(/\r\n?/g, '\n').trim() : undefined;

/** The subject and point the draft would go out with now. */
export function currentFields(msg: DraftWithMeeting): Required<AgendaEdits> {
  const edits = (msg.edits ?? {}) as AgendaEdits;
  const m = msg.meeting;
  return {
    subject: msg.subject,
    purpose: edits.purpose ?? m?.purpose ?? '',
    agenda: edits.agenda ?? ((m?.agendaItems as string[]) || []),
    outcome: edits.outcome ?? m?.desiredOutcome ?? '',
  };
}

/** The edits in a posted form: only what differs from the current draft counts. */
export function editsFrom(body: Record<string, unknown>, current: Required<AgendaEdits>): AgendaEdits {
  const subject = field(body.subject, 300);
  const purpose = field(body.purpose, 2000);
  const outcome = field(body.outcome, 2000);
  const agenda = field(body.agenda, 4000)
    ?.split('\n')
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
  return {
    subject: subject && subject !== current.subject ? subject : undefined,
    purpose: purpose && purpose !== current.purpose ? purpose : undefined,
    outcome: outcome && outcome !== current.outcome ? outcome : undefined,
    agenda:
      agenda && agenda.length > 0 && agenda.join('\n') !== current.agenda.join('\n') ? agenda : undefined,
  };
}

/** The review page of a draft; `csrfToken` is set for the signed-in page's forms. */
export function reviewPage(
  msg: DraftWithMeeting,
  fields: Required<AgendaEdits>,
  preview: { subject: string; text: string },
  dueNote: string,
  csrfToken?: string,
): string {
  const m = msg.meeting;
  return renderApprovalPage({
    meetingTitle: m?.title ?? msg.subject,
    meetingWhen: m
      ? m.start.toLocaleString('en-US', { timeZone: m.timeZone, dateStyle: 'full', timeStyle: 'short' })
      : '',
    to: msg.to as string[],
    reason: m?.reason ?? '',
    pointSource: m ? describePointSource(m.stage, m.pointSource as object) : '',
    dueNote,
    fields,
    editable: msg.kind === 'agenda',
    kind: msg.kind === 'recap' ? 'the recap' : 'the agenda',
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
  return reviewPage(
    msg,
    currentFields(msg),
    msg,
    'Nothing is sent until you choose "Approve & send".',
    csrfToken,
  );
}

/** Acts on the rep's choice (approve, skip, or preview) and returns the page to show. */
export async function actOnDraft(
  ctx: AppContext,
  msg: DraftWithMeeting,
  body: Record<string, unknown>,
  opts: { jti?: string; csrfToken?: string } = {},
): Promise<string> {
  const current = currentFields(msg);
  const edits = editsFrom(body, current);
  if (body.action === 'skip') {
    await skipMessage(ctx, msg.id, { jti: opts.jti });
    return messagePage('Skipped', 'Nothing will be sent for this meeting.');
  }
  if (body.action === 'approve') {
    await approveMessage(ctx, msg.id, { edits, jti: opts.jti });
    return messagePage('Approved', `The agenda is on its way to ${(msg.to as string[]).join(', ')}.`);
  }
  const preview = await previewDraft(ctx, msg.id, edits);
  const fields = {
    ...current,
    ...Object.fromEntries(Object.entries(edits).filter(([, v]) => v !== undefined)),
  };
  return reviewPage(msg, fields, preview, 'Preview only: nothing was saved or sent.', opts.csrfToken);
}

/** The live preview's JSON for posted edits. */
export async function previewJson(ctx: AppContext, msg: DraftWithMeeting, body: Record<string, unknown>) {
  const preview = await previewDraft(ctx, msg.id, editsFrom(body, currentFields(msg)));
  return { subject: preview.subject, text: withoutConfirmationLink(preview.text) };
}

/** The explanation for a draft that can no longer be approved. */
async function statusError(ctx: AppContext, messageId: string): Promise<AppError> {
  try {
    await previewDraft(ctx, messageId, {});
    return new AppError('conflict', 'This draft cannot be approved.');
  } catch (err) {
    return err instanceof AppError ? err : new AppError('conflict', String(err));
  }
}
