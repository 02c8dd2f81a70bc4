/**
 * A prospect asked agendum to stop emailing them (a reply read by replies/detect-opt-out.ts,
 * or the confirmation page's "Don't email me about meetings"): their address goes on the
 * suppression list, what waits to go only to them is held back, and the meeting's rep is
 * told once: asking again adds nothing and tells nobody again.
 */
import type { AppContext } from '../../context.js';
import { suppressedAddress } from '../../messages/suppression-target.js';
import { notifyNotSending } from '../outbound/notify-not-sending.js';
import { suppressRecipient } from '../outbound/suppress-recipient.js';

export interface OptOutRequest {
  meetingId: string;
  /** The address that asked (a reply's sender, or the one the page names). */
  email: string;
  name?: string;
  via: 'reply' | 'page';
  /** A reply's words, without quoted history, for the rep's notice. */
  replyText?: string;
}

/** Records the opt-out; true when the address was not on the list before. */
export async function recordOptOut(ctx: AppContext, req: OptOutRequest): Promise<boolean> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: req.meetingId },
    select: { repId: true },
  });
  const { added, withdrawn } = await suppressRecipient(ctx, suppressedAddress(req.email), req.via);
  if (!added) return false;
  await notifyNotSending(ctx, {
    repId: meeting.repId,
    meetingId: req.meetingId,
    person: { email: req.email.toLowerCase(), ...(req.name ? { name: req.name } : {}) },
    why: 'opted_out',
    via: req.via,
    replyText: req.replyText,
    withdrawn,
  });
  return true;
}
