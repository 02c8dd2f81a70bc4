/**
 * Puts an address (or a whole domain) on the suppression list and withdraws the mail still
 * waiting to go there. The list is read where mail goes out (send-gate.ts), so nothing is
 * sent to it afterwards whatever was drafted or approved before.
 */
import type { AppContext } from '../../context.js';
import {
  domainOf,
  type SuppressionSource,
  type SuppressionTarget,
} from '../../messages/suppression-target.js';
import { type Withdrawn, withdrawBlockedMail } from './withdraw-blocked.js';

export interface Suppressed {
  /** False when it was on the list already. */
  added: boolean;
  withdrawn: Withdrawn[];
}

/** Suppresses `target`; adding it again changes nothing but still withdraws what waits. */
export async function suppressRecipient(
  ctx: AppContext,
  target: SuppressionTarget,
  source: SuppressionSource,
): Promise<Suppressed> {
  const existing = await ctx.db.suppression.findUnique({ where: { kind_value: target } });
  if (!existing) {
    try {
      await ctx.db.suppression.create({ data: { ...target, source, createdAt: ctx.clock() } });
    } catch (err) {
      // The same opt-out from two places at once (a reply and a click): the list has it.
      if ((err as { code?: string }).code !== 'P2002') throw err;
    }
  }
  const touches =
    target.kind === 'address'
      ? (a: string) => a === target.value
      : (a: string) => domainOf(a) === target.value;
  const withdrawn = await withdrawBlockedMail(ctx, touches, 'prospect opted out');
  ctx.log.info('recipient suppressed', { kind: target.kind, source, added: !existing });
  return { added: !existing, withdrawn };
}

/** Takes `target` off the list (an admin's correction); false when it was not on it. */
export async function unsuppressRecipient(ctx: AppContext, target: SuppressionTarget): Promise<boolean> {
  const res = await ctx.db.suppression.deleteMany({ where: target });
  return res.count > 0;
}
