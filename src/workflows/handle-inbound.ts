/**
 * Routes one inbound message by what it answers (In-Reply-To / References, never the
 * subject): the rep's answer to an approval request or a recap prompt, or a prospect's
 * reply to an agenda or recap. Bounces mark the recipient as bouncing.
 */

import { parseRecapReply } from '../compose/parse-recap-reply.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { readReply } from '../replies/read-reply.js';
import { approveMessage, skipMessage } from './approve-message.js';
import { parseRepCommand } from './parse-rep-command.js';
import { recordConfirmation } from './record-confirmation.js';
import { recordOutcome } from './record-outcome.js';

export type InboundResult =
  | 'bounce'
  | 'approved'
  | 'skipped'
  | 'outcome_recorded'
  | 'confirmation'
  | 'duplicate'
  | 'ignored';

/** Our Message-IDs this message answers, the direct parent first. */
function answeredIds(inReplyTo: string | undefined, references: string[]): string[] {
  return [...new Set([inReplyTo, ...[...references].reverse()].filter((x): x is string => Boolean(x)))];
}

/** Ignores "already decided" errors: a page click and a reply may race, and that is fine. */
async function unlessDecided(fn: () => Promise<void>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (err) {
    if (err instanceof AppError && (err.code === 'conflict' || err.code === 'token_used')) return false;
    throw err;
  }
}

/**
 * Our message a reply answers, by In-Reply-To / References: our Message-ID, or the one the
 * rep's mail client wrote when the rep sent our draft themselves (`sentMessageId`). Never
 * by subject or thread alone: a thread also holds mail the rep wrote by hand.
 */
async function findParent(ctx: AppContext, ids: string[]) {
  const ours = await ctx.db.message.findMany({
    where: { OR: [{ messageId: { in: ids } }, { sentMessageId: { in: ids } }] },
  });
  return ids.map((id) => ours.find((m) => m.messageId === id || m.sentMessageId === id)).find(Boolean);
}

/** Handles one raw inbound message for the rep `repEmail`. */
export async function handleInbound(ctx: AppContext, repEmail: string, raw: Buffer): Promise<InboundResult> {
  const read = await readReply(raw);
  const { parsed } = read;
  if (parsed.isBounce) {
    const emails = parsed.bouncedRecipients.map((e) => e.toLowerCase());
    await ctx.db.contact.updateMany({ where: { email: { in: emails } }, data: { bouncing: true } });
    ctx.log.warn('bounce received', { recipients: emails.length });
    return 'bounce';
  }
  const ids = answeredIds(parsed.inReplyTo, parsed.references);
  const sender = parsed.from?.address?.toLowerCase();
  const fromRep = sender === repEmail.toLowerCase();
  if (ids.length === 0) return 'ignored';
  const parent = await findParent(ctx, ids);
  if (!parent) return 'ignored';

  if (parent.kind === 'approval_request' && fromRep && parent.subjectMessageId) {
    const command = parseRepCommand(read.reply);
    const id = parent.subjectMessageId;
    if (command === 'approve' && (await unlessDecided(() => approveMessage(ctx, id)))) return 'approved';
    if (command === 'skip' && (await unlessDecided(() => skipMessage(ctx, id)))) return 'skipped';
    return 'ignored';
  }
  if (parent.kind === 'recap_prompt' && fromRep && parent.meetingId) {
    const meeting = await ctx.db.meeting.findUniqueOrThrow({
      where: { id: parent.meetingId },
      include: { rep: true },
    });
    const outcome = parseRecapReply(read.reply, ctx.clock(), meeting.rep.timeZone);
    if (!outcome) return 'ignored';
    const meetingId = meeting.id;
    const input = {
      agreed: outcome.agreed ?? '',
      nextStep: outcome.nextStep ?? '',
      owner: outcome.owner ?? ('rep' as const),
      due: outcome.due,
    };
    return (await unlessDecided(() => recordOutcome(ctx, meetingId, input)))
      ? 'outcome_recorded'
      : 'duplicate';
  }
  if ((parent.kind === 'agenda' || parent.kind === 'recap') && !fromRep && parent.meetingId && sender) {
    const recorded = await recordConfirmation(ctx, {
      meetingId: parent.meetingId,
      target: parent.kind,
      messageId: parent.id,
      intent: read.autoReply ? 'auto_reply' : read.intent,
      reply: read.reply,
      evidence: read.evidence,
      source: 'reply',
      inboundMessageId: parsed.messageId,
      prospect: { email: sender, name: parsed.from?.name || undefined },
    });
    return recorded ? 'confirmation' : 'duplicate';
  }
  return 'ignored';
}
