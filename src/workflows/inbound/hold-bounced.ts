/**
 * A delivery status notification in a rep's inbox: each address it names that agendum knows
 * as a prospect is marked bouncing, the prospect mail still waiting to go only to bouncing
 * addresses is held back (retracted, reason "bounced"), and the rep is told once per
 * address: the mark is a conditional update, so a second bounce for it tells nobody again.
 */
import type { AppContext } from '../../context.js';
import { notifyNotSending } from '../outbound/notify-not-sending.js';
import { withdrawBlockedMail } from '../outbound/withdraw-blocked.js';

/** Handles the bounced `emails` (lower-cased) found in `repEmail`'s inbox; returns how many were new. */
export async function holdBounced(ctx: AppContext, repEmail: string, emails: string[]): Promise<number> {
  const newly: { email: string; name: string | null }[] = [];
  for (const email of new Set(emails)) {
    const marked = await ctx.db.contact.updateMany({
      where: { email, bouncing: false },
      data: { bouncing: true },
    });
    if (marked.count === 0) continue;
    const contact = await ctx.db.contact.findUnique({ where: { email }, select: { name: true } });
    newly.push({ email, name: contact?.name ?? null });
  }
  const bounced = new Set(emails);
  const withdrawn = await withdrawBlockedMail(ctx, (a) => bounced.has(a), 'bounced');
  const rep = await ctx.db.rep.findUnique({ where: { email: repEmail.toLowerCase() }, select: { id: true } });
  if (rep) {
    for (const person of newly) {
      await notifyNotSending(ctx, {
        repId: rep.id,
        meetingId: null,
        person: { email: person.email, ...(person.name ? { name: person.name } : {}) },
        why: 'bounced',
        withdrawn,
      });
    }
  }
  ctx.log.warn('bounce received', {
    recipients: bounced.size,
    newlyBouncing: newly.length,
    held: withdrawn.length,
  });
  return newly.length;
}
