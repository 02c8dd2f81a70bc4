/**
 * Tells the rep about a reply agendum did not act on because of who sent it: someone who
 * may not answer for the meeting, or a command in the rep's name that the rep's own mailbox
 * did not send. Nothing about the meeting changes; the rep learns someone tried, in the
 * sender's own words (escaped, without any action link, see compose-rep-notice.ts).
 */
import type { RepNoticeInput } from '../../compose/compose-rep-notice.js';
import type { AppContext } from '../../context.js';
import { sendReplyNotice } from '../outbound/send-to-rep.js';

export type UntrustedReason = 'not_attendee' | 'not_from_mailbox';

export interface UntrustedReply {
  meetingId: string;
  reason: UntrustedReason;
  /** Which of agendum's emails the reply answered. */
  about: NonNullable<RepNoticeInput['about']>;
  /** The Message row the notice is about (the agenda, recap or draft). */
  subjectMessageId: string;
  /** Whoever the From header names: untrusted. */
  sender: { email: string; name?: string };
  reply: string;
  evidence: string;
}

/** Queues the notice to the rep. Logs ids and the reason only, never the sender or words. */
export async function notifyUntrustedReply(ctx: AppContext, input: UntrustedReply): Promise<void> {
  const notice = {
    prospect: input.sender,
    intent: input.reason,
    about: input.about,
    replyText: input.reply,
    evidence: input.evidence,
  };
  await sendReplyNotice(ctx, input.meetingId, notice, input.subjectMessageId);
  ctx.log.warn('reply not acted on: sender not trusted', {
    meeting: input.meetingId,
    message: input.subjectMessageId,
    reason: input.reason,
  });
}
