/**
 * Drafts the recap from the recorded outcome, in the agenda's thread (In-Reply-To,
 * References, the provider's thread), copying the rep's attending colleagues like the
 * agenda (default-cc.ts), and routes it like an agenda by approval mode.
 */
import type { AppContext } from '../../context.js';
import type { StepResult } from '../../jobs/step-kinds.js';
import { createMessage } from '../../messages/create-message.js';
import { composeMeetingRecap, loadRecapSource } from './compose-meeting-recap.js';
import { defaultCc } from './default-cc.js';
import { routeDraft } from './route-draft.js';

/**
 * Drafts and routes the recap; does nothing when one exists already, and routes one left
 * `drafted` (the run that wrote it stopped before routing it: skipping it would leave the
 * recap unsent for good, with no approval request).
 */
export async function draftRecap(ctx: AppContext, meetingId: string): Promise<string> {
  const existing = await ctx.db.message.findFirst({
    where: { meetingId, kind: 'recap', status: { notIn: ['retracted', 'skipped', 'failed'] } },
  });
  if (existing?.status === 'drafted') return routeDraft(ctx, existing.id);
  if (existing) return `recap already exists (${existing.status})`;
  const source = await loadRecapSource(ctx, meetingId);
  if (source.prospects.length === 0) return 'no prospect to send the recap to';
  const email = composeMeetingRecap(ctx, source, null);
  const { meeting, agenda } = source;
  const references = agenda ? [agenda.references, agenda.messageId].filter(Boolean).join(' ') : null;
  const message = await createMessage(ctx.db, ctx.config.mailDomain, {
    repId: meeting.repId,
    meetingId,
    kind: 'recap',
    fromAddress: meeting.rep.email,
    to: email.to,
    cc: defaultCc(meeting, email.to),
    subject: email.subject,
    text: email.text,
    html: email.html,
    inReplyTo: agenda?.messageId ?? null,
    references,
    providerThreadId: agenda?.providerThreadId ?? null,
  });
  return routeDraft(ctx, message.id);
}

/**
 * The `draft_recap` step, the safety net of recordOutcome's own draft: it drafts the recap
 * only if none was ever made for the meeting (one the rep skipped stays skipped), and
 * routes one left `drafted`.
 */
export async function finishRecap(ctx: AppContext, meetingId: string): Promise<StepResult> {
  const any = await ctx.db.message.findFirst({
    where: { meetingId, kind: 'recap' },
    orderBy: { createdAt: 'desc' },
  });
  if (!any) return { outcome: 'done', detail: await draftRecap(ctx, meetingId) };
  if (any.status === 'drafted') return { outcome: 'done', detail: await routeDraft(ctx, any.id) };
  return { outcome: 'skipped', detail: `recap already made (${any.status})` };
}
