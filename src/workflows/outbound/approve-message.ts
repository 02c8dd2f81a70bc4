/**
 * The rep's decision on a draft: approve (optionally with edits) or skip. Used by the
 * approval page, by replies to the approval request and by the dashboard. A used link
 * token is recorded in the same transaction as the decision, so a link acts once
 * (messages/action-tokens.ts), and the decision is a conditional move out of
 * `awaiting_approval` (messages/message-status.ts), so two decisions never both count.
 * The edits the rep approves become the meeting's record in that transaction too, and the
 * recipients the rep set on the page are the ones it is sent to.
 */
import type { AppContext } from '../../context.js';
import type { Recipients } from '../../domain/recipient-list.js';
import { AppError } from '../../errors.js';
import { consumeActionToken } from '../../messages/action-tokens.js';
import { tryMoveMessage } from '../../messages/message-status.js';
import { type PreviewContent, withPreviewLinks } from '../../messages/preview-links.js';
import { type DraftEdits, hasEdits, renderEditedDraft, renderEditedPreview } from './edited-draft.js';
import { approvalExpired, expireUnapprovedAgendas } from './expire-approval.js';
import { keepRepEdits } from './keep-rep-edits.js';
import { mailFor } from './mail-for.js';
import { planBookNextNudge } from './plan-book-next-nudge.js';
import { queueSend } from './queue-send.js';

const WHY_NOT: Record<string, string> = {
  approved: 'This draft was already approved; it is being sent.',
  sending: 'This draft is being sent right now.',
  sent: 'This draft was already sent.',
  skipped: 'This draft was skipped; nothing was sent.',
  retracted:
    'This draft was withdrawn (the meeting was cancelled or changed, or has started); nothing was sent.',
  failed: 'Sending this draft failed; see the dashboard.',
  drafted: 'This draft is not ready for approval yet.',
};

async function loadPending(ctx: AppContext, messageId: string) {
  const msg = await ctx.db.message.findUnique({ where: { id: messageId } });
  if (!msg) throw new AppError('not_found', 'This draft no longer exists.');
  if (msg.status !== 'awaiting_approval') {
    throw new AppError('conflict', WHY_NOT[msg.status] ?? `This draft is ${msg.status}.`);
  }
  return msg;
}

const DECIDED = 'This draft was decided on a moment ago.';

/** An agenda approved after its meeting started is withdrawn instead: the approval expired. */
async function refuseExpired(ctx: AppContext, msg: { id: string; kind: string; meetingId: string | null }) {
  const meeting = msg.meetingId
    ? await ctx.db.meeting.findUnique({ where: { id: msg.meetingId }, select: { start: true } })
    : null;
  if (!approvalExpired(ctx, msg, meeting) || !msg.meetingId) return;
  await expireUnapprovedAgendas(ctx, msg.meetingId);
  throw new AppError(
    'conflict',
    'The meeting has started, so this agenda can no longer be approved; nothing was sent.',
  );
}

/**
 * Renders the draft with edits without saving anything (the page's live preview), its
 * confirmation link a placeholder (preview-links.ts).
 */
export async function previewDraft(
  ctx: AppContext,
  messageId: string,
  edits?: DraftEdits,
): Promise<PreviewContent> {
  const msg = await loadPending(ctx, messageId);
  if (!hasEdits(edits)) return withPreviewLinks(ctx, msg);
  return withPreviewLinks(ctx, await renderEditedPreview(ctx, msg, edits));
}

/**
 * Approves a draft (with the rep's edits, if any) and queues it for sending now, to
 * `recipients` when the rep changed them (checked by the caller: domain/recipient-list.ts).
 */
export async function approveMessage(
  ctx: AppContext,
  messageId: string,
  opts: { edits?: DraftEdits; jti?: string; recipients?: Recipients } = {},
): Promise<void> {
  const msg = await loadPending(ctx, messageId);
  await refuseExpired(ctx, msg);
  const edits = hasEdits(opts.edits) && msg.meetingId ? opts.edits : null;
  const rendered = edits ? await renderEditedDraft(ctx, msg, edits) : null;
  await ctx.db.$transaction(async (tx) => {
    if (opts.jti) await consumeActionToken(tx, opts.jti);
    const approved = await tryMoveMessage(tx, msg.id, 'awaiting_approval', 'approved', {
      ...(rendered
        ? {
            subject: rendered.subject,
            text: rendered.text,
            html: rendered.html,
            to: rendered.to,
            // An agenda keeps the parts the rep changed, so a later re-render (meeting moved)
            // keeps them; a recap's edits live on in the meeting's Outcome.
            ...(edits?.kind === 'agenda' ? { edits: JSON.parse(JSON.stringify(edits.edits)) as object } : {}),
          }
        : {}),
      // The rep's choice of recipients wins over the re-render's prospects.
      ...(opts.recipients ? { to: opts.recipients.to, cc: opts.recipients.cc } : {}),
    });
    // Throwing rolls the token back too: the link still works to see what happened.
    if (!approved) throw new AppError('conflict', DECIDED);
    if (edits && msg.meetingId) await keepRepEdits(tx, msg.meetingId, edits);
  });
  if (edits?.kind === 'recap' && msg.meetingId) {
    const outcome = await ctx.db.outcome.findUniqueOrThrow({ where: { meetingId: msg.meetingId } });
    await planBookNextNudge(ctx, msg.meetingId, outcome);
  }
  if (msg.providerDraftId) await (await mailFor(ctx, msg.repId)).deleteDraft(msg.providerDraftId);
  await queueSend(ctx, msg.id, msg.meetingId);
  ctx.log.info('draft approved', {
    message: msg.id,
    edited: Boolean(rendered),
    recipientsEdited: Boolean(opts.recipients),
  });
}

/** Skips a draft: nothing will be sent for it. */
export async function skipMessage(
  ctx: AppContext,
  messageId: string,
  opts: { jti?: string } = {},
): Promise<void> {
  const msg = await loadPending(ctx, messageId);
  await ctx.db.$transaction(async (tx) => {
    if (opts.jti) await consumeActionToken(tx, opts.jti);
    const skipped = await tryMoveMessage(tx, msg.id, 'awaiting_approval', 'skipped', {
      lastError: 'skipped by the rep',
      notSentReason: 'rep skipped',
    });
    if (!skipped) throw new AppError('conflict', DECIDED);
  });
  if (msg.providerDraftId) await (await mailFor(ctx, msg.repId)).deleteDraft(msg.providerDraftId);
  ctx.log.info('draft skipped', { message: msg.id });
}
