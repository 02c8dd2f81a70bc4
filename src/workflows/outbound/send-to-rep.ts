/** Emails to the rep themselves (notices, nudges, recap prompts): no approval, sent at once. */

import { composeRepNotice, type RepNoticeInput } from '../../compose/compose-rep-notice.js';
import { firstNameFor } from '../../compose/names.js';
import type { ComposedEmail } from '../../compose/template-set.js';
import type { AppContext } from '../../context.js';
import { DEFAULT_LANGUAGE } from '../../domain/languages.js';
import { createMessage } from '../../messages/create-message.js';
import { meetingUrl } from '../../messages/links.js';
import { intentWords } from '../../replies/intent-words.js';
import { offerActions } from './offer-actions.js';
import { queueSend } from './queue-send.js';

/** Stores the email to the rep and queues its send; returns the Message row id. */
export async function sendToRep(
  ctx: AppContext,
  input: {
    repId: string;
    meetingId: string | null;
    kind: 'rep_notice' | 'nudge' | 'recap_prompt';
    email: ComposedEmail;
    subjectMessageId?: string;
  },
): Promise<string> {
  const rep = await ctx.db.rep.findUniqueOrThrow({ where: { id: input.repId } });
  // Created `approved`: mail to the rep needs no approval (create-message.ts).
  const message = await createMessage(ctx.db, ctx.config.mailDomain, {
    repId: rep.id,
    meetingId: input.meetingId,
    subjectMessageId: input.subjectMessageId,
    kind: input.kind,
    fromAddress: rep.email,
    to: [rep.email],
    subject: input.email.subject,
    text: input.email.text,
    html: input.email.html,
  });
  await queueSend(ctx, message.id, input.meetingId);
  return message.id;
}

/** What a reply about a meeting said, as the rep needs to see it (who, what, the words). */
export type ReplyNotice = Omit<RepNoticeInput, 'rep' | 'meeting' | 'meetingUrl' | 'evidence' | 'actions'> & {
  /** How the reply was read, as recorded; empty when it was not read for intent. */
  evidence?: string;
};

/** Prospects' answers the rep can act on; a reply not acted on (untrusted) offers nothing. */
const ACTIONABLE: readonly RepNoticeInput['intent'][] = ['change', 'reschedule', 'decline', 'unclear'];

/** What the rep can do about the answer now, with a fresh action link; undefined when nothing. */
async function noticeActions(ctx: AppContext, meeting: { id: string; end: Date }, notice: ReplyNotice) {
  const target =
    notice.about === 'recap' ? 'recap' : notice.about === 'agenda' || !notice.about ? 'agenda' : null;
  if (!target || !ACTIONABLE.includes(notice.intent)) return undefined;
  return offerActions(ctx, meeting, target, firstNameFor(notice.prospect) || 'the prospect');
}

/** Tells the meeting's rep about a reply (a change request, a decline, an untrusted sender). */
export async function sendReplyNotice(
  ctx: AppContext,
  meetingId: string,
  notice: ReplyNotice,
  subjectMessageId?: string,
): Promise<string> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { rep: true },
  });
  return sendToRep(ctx, {
    repId: meeting.repId,
    meetingId: meeting.id,
    kind: 'rep_notice',
    subjectMessageId,
    email: composeRepNotice(ctx.templates.forLanguage(DEFAULT_LANGUAGE), {
      ...notice,
      // The rep reads the prospect's sentence the intent came from, not how it was scored.
      evidence: notice.evidence ? intentWords(notice.replyText) : '',
      rep: { name: meeting.rep.name, email: meeting.rep.email, timeZone: meeting.rep.timeZone },
      meeting: { title: meeting.title, start: meeting.start, timeZone: meeting.timeZone },
      meetingUrl: meetingUrl(ctx, meeting.id),
      actions: await noticeActions(ctx, meeting, notice),
    }),
  });
}
