/**
 * Drafts the recap from the recorded outcome, in the agenda's thread (In-Reply-To,
 * References, the provider's thread), and routes it like an agenda by approval mode.
 */
import { composeRecap } from '../../compose/compose-recap.js';
import type { AppContext } from '../../context.js';
import type { Stage } from '../../domain/types.js';
import { createMessage } from '../../messages/create-message.js';
import { recapConfirmationUrl } from '../../messages/links.js';
import { agendaRecipients, loadMeetingForCompose } from './compose-meeting-agenda.js';
import { routeDraft } from './route-draft.js';

/** Drafts and routes the recap; does nothing when one exists already. */
export async function draftRecap(ctx: AppContext, meetingId: string): Promise<string> {
  const existing = await ctx.db.message.findFirst({
    where: { meetingId, kind: 'recap', status: { notIn: ['retracted', 'skipped', 'failed'] } },
  });
  if (existing) return `recap already exists (${existing.status})`;
  const meeting = await loadMeetingForCompose(ctx, meetingId);
  const outcome = await ctx.db.outcome.findUniqueOrThrow({ where: { meetingId } });
  const agenda = await ctx.db.message.findFirst({ where: { meetingId, kind: 'agenda', status: 'sent' } });
  const prospects = await agendaRecipients(ctx, meeting);
  if (prospects.length === 0) return 'no prospect to send the recap to';
  const email = composeRecap(ctx.templates, {
    rep: { name: meeting.rep.name, email: meeting.rep.email, signature: meeting.rep.signature },
    meeting: { title: meeting.title, start: meeting.start, end: meeting.end, timeZone: meeting.timeZone },
    prospects: prospects.map((p) => ({ email: p.email, name: p.name })),
    accountName: meeting.account?.name,
    stage: (meeting.stage ?? 'discovery') as Stage,
    agendaSubject: agenda?.subject,
    outcome: {
      agreed: outcome.agreed,
      nextStep: outcome.nextStep,
      owner: outcome.nextStepOwner as 'rep' | 'prospect' | 'both',
      due: outcome.nextStepDue ?? undefined,
    },
    confirmUrl: recapConfirmationUrl(ctx, meetingId),
    now: ctx.clock(),
  });
  const references = agenda ? [agenda.references, agenda.messageId].filter(Boolean).join(' ') : null;
  const message = await createMessage(ctx.db, ctx.config.mailDomain, {
    repId: meeting.repId,
    meetingId,
    kind: 'recap',
    fromAddress: meeting.rep.email,
    to: prospects.map((p) => p.email),
    subject: email.subject,
    text: email.text,
    html: email.html,
    inReplyTo: agenda?.messageId ?? null,
    references,
    providerThreadId: agenda?.providerThreadId ?? null,
  });
  return routeDraft(ctx, message.id);
}
