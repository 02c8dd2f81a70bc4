/**
 * What stands between an approved prospect email and the provider, checked in the one place
 * agendum's mail goes out (send-message.ts) so nothing drafted or approved earlier escapes
 * it: recipients who opted out or bounce are left out (and with nobody left in To the email
 * is not sent at all), and the sending mailbox's daily cap (domain/daily-cap.ts) delays
 * what is over it. Mail to the rep themselves passes: it is neither prospect mail nor capped.
 */
import type { AppContext } from '../../context.js';
import type { Message, Rep } from '../../db/types.js';
import { decideDailyCap, startOfRepDay } from '../../domain/daily-cap.js';
import type { StepResult } from '../../jobs/step-kinds.js';
import { blockedRecipients } from '../../messages/blocked-recipients.js';
import { tryMoveMessage } from '../../messages/message-status.js';
import { PROSPECT_KINDS } from '../../messages/prospect-kinds.js';
import { toRepProfile } from '../reps/rep-profile.js';

type Gated = Message & { rep: Rep };

export type GateVerdict = { go: true; message: Gated } | { go: false; result: StepResult };

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Leaves out blocked recipients; not sent at all when nobody in To may be mailed. */
async function leaveOutBlocked(ctx: AppContext, msg: Gated): Promise<GateVerdict> {
  const to = list(msg.to);
  const cc = list(msg.cc);
  const blocked = await blockedRecipients(ctx.db, [...to, ...cc]);
  if (blocked.size === 0) return { go: true, message: msg };
  const keep = (a: string) => !blocked.has(a.toLowerCase());
  if (!to.some(keep)) {
    const reasons = to.map((a) => blocked.get(a.toLowerCase()));
    const reason = reasons.includes('prospect opted out') ? 'prospect opted out' : 'bounced';
    const moved = await tryMoveMessage(ctx.db, msg.id, 'approved', 'retracted', {
      lastError: `not sent: every recipient ${reason === 'bounced' ? 'bounces' : 'opted out'}`,
      notSentReason: reason,
    });
    const detail = moved ? `not sent: ${reason}` : 'message changed meanwhile; left as it is';
    return { go: false, result: { outcome: 'skipped', detail } };
  }
  const kept = { to: to.filter(keep), cc: cc.filter(keep) };
  // Written before the claim, so the Sent-folder check and the record say whom it went to.
  await ctx.db.message.updateMany({ where: { id: msg.id, status: 'approved' }, data: kept });
  ctx.log.info('recipients left out at send', { message: msg.id, count: blocked.size });
  return { go: true, message: { ...msg, ...kept } };
}

/** Waits for the mailbox's daily cap when today's paced share is used up. */
async function waitForCap(ctx: AppContext, msg: Gated): Promise<GateVerdict> {
  const now = ctx.clock();
  const rep = toRepProfile(msg.rep);
  const sentToday = await ctx.db.message.count({
    where: {
      fromAddress: msg.fromAddress,
      kind: { in: [...PROSPECT_KINDS] },
      OR: [{ status: 'sent', sentAt: { gte: startOfRepDay(now, rep.timeZone) } }, { status: 'sending' }],
    },
  });
  const cap = ctx.config.dailySendCap;
  const decision = decideDailyCap({ cap, sentToday, now, zone: rep.timeZone, hours: rep.businessHours });
  if (decision.send) {
    if (msg.notSentReason === 'daily cap') {
      await ctx.db.message.updateMany({
        where: { id: msg.id, status: 'approved' },
        data: { notSentReason: null },
      });
    }
    return { go: true, message: msg };
  }
  await ctx.db.message.updateMany({
    where: { id: msg.id, status: 'approved' },
    data: { notSentReason: 'daily cap' },
  });
  const detail = `daily cap: ${sentToday} of ${cap} sent from this mailbox today; waits until ${decision.until.toISOString()}`;
  return { go: false, result: { outcome: 'retry', at: decision.until, detail } };
}

/** Checks an `approved` message before it is claimed; prospect mail only. */
export async function gateSend(ctx: AppContext, msg: Gated): Promise<GateVerdict> {
  if (!PROSPECT_KINDS.includes(msg.kind)) return { go: true, message: msg };
  const verdict = await leaveOutBlocked(ctx, msg);
  return verdict.go ? waitForCap(ctx, verdict.message) : verdict;
}
