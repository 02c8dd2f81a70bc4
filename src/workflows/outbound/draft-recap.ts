/**
 * Drafts the recap from the recorded outcome, in the agenda's thread (In-Reply-To,
 * References, the provider's thread), copying the rep's attending colleagues like the
 * agenda (default-cc.ts), and routes it like an agenda by approval mode.
 */
import type { AppContext } from '../../context.js';
import { createMessage } from '../../messages/create-message.js';
import { composeMeetingRecap, loadRecapSource } from './compose-meeting-recap.js';
import { defaultCc } from './default-cc.js';
import { routeDraft } from './route-draft.js';

/** Drafts and routes the recap; does nothing when one exists already. */
export async function draftRecap(ctx: AppContext, meetingId: string): Promise<string> {
  const existing = await ctx.db.message.findFirst({
    where: { meetingId, kind: 'recap', status: { notIn: ['retracted', 'skipped', 'failed'] } },
  });
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
