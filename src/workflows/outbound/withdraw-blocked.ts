/**
 * When an address may no longer be mailed (it opted out, it bounces), the prospect mail
 * still waiting to go to it is withdrawn at once: a draft nobody can receive is not left for
 * the rep to approve, nor in their Drafts to send by hand. A message that still has someone
 * else to go to stays; the send leaves the blocked address out (send-gate.ts).
 */
import type { AppContext } from '../../context.js';
import { type BlockReason, blockedRecipients } from '../../messages/blocked-recipients.js';
import { UNSENT_STATUSES } from '../../messages/message-status.js';
import { PROSPECT_KINDS } from '../../messages/prospect-kinds.js';
import { retractMessages } from './retract-unsent.js';

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** A message withdrawn, for the notice that tells its rep. */
export interface Withdrawn {
  id: string;
  repId: string;
  meetingId: string | null;
}

/**
 * Retracts every unsent prospect message (any rep's) whose every To recipient is now blocked,
 * with `reason`. `touches` picks the messages to look at: those to the address or domain
 * that changed. Returns the ones withdrawn.
 */
export async function withdrawBlockedMail(
  ctx: AppContext,
  touches: (address: string) => boolean,
  reason: BlockReason,
): Promise<Withdrawn[]> {
  // Only messages not yet sent: a bounded set, filtered here because `to` is JSON.
  const unsent = await ctx.db.message.findMany({
    where: { status: { in: [...UNSENT_STATUSES] }, kind: { in: [...PROSPECT_KINDS] } },
    select: { id: true, repId: true, meetingId: true, providerDraftId: true, to: true },
  });
  const affected = unsent.filter((m) => list(m.to).some((a) => touches(a.toLowerCase())));
  const withdrawn: Withdrawn[] = [];
  for (const msg of affected) {
    const to = list(msg.to);
    const blocked = await blockedRecipients(ctx.db, to);
    if (!to.every((a) => blocked.has(a.toLowerCase()))) continue;
    const detail = reason === 'bounced' ? 'every recipient bounces' : 'every recipient opted out';
    if ((await retractMessages(ctx, [msg], reason, detail)) === 1) withdrawn.push(msg);
  }
  if (withdrawn.length > 0) ctx.log.info('withdrew unsent mail', { count: withdrawn.length, reason });
  return withdrawn;
}
