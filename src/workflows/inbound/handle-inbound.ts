/**
 * Routes one inbound message by what it answers (In-Reply-To / References, never the
 * subject): the rep's answer to an approval request or a recap prompt, or a prospect's
 * reply to an agenda or recap. Bounces mark the recipient as bouncing.
 *
 * Who sent it is decided by evidence, never by the From header, which anyone can write: a
 * command counts only when the provider shows the rep's own mailbox sent it
 * (`sentByMailbox`), and a prospect's intent only from someone who may answer for the
 * meeting (inbound-sender.ts). Anything else changes nothing and is shown to the rep.
 */

import type { AppContext } from '../../context.js';
import type { ActionTarget } from '../../domain/rep-actions.js';
import { AppError } from '../../errors.js';
import { targetOf } from '../../messages/prospect-kinds.js';
import type { InboundMail } from '../../providers/types.js';
import { detectOptOut } from '../../replies/detect-opt-out.js';
import { parseRecapReply } from '../../replies/parse-recap-reply.js';
import { parseRepCommand, parseSettleCommand } from '../../replies/parse-rep-command.js';
import { type ReadReply, readParsedReply, readReply } from '../../replies/read-reply.js';
import { approveMessage, skipMessage } from '../outbound/approve-message.js';
import { holdBounced } from './hold-bounced.js';
import { fromRepsOrg, mayAnswerFor } from './inbound-sender.js';
import { notifyUntrustedReply, type UntrustedReason, type UntrustedReply } from './notify-untrusted-reply.js';
import { recordConfirmation } from './record-confirmation.js';
import { recordOptOut } from './record-opt-out.js';
import { recordOutcome } from './record-outcome.js';
import { settleAnswer } from './settle-answer.js';

export type InboundResult =
  | 'bounce'
  | 'approved'
  | 'skipped'
  | 'outcome_recorded'
  /** The rep's "confirmed" / "keep" / "keep going" answer to a notice, applied. */
  | 'settled'
  | 'confirmation'
  /** The prospect asked agendum to stop emailing them: suppressed, the rep told once. */
  | 'opted_out'
  | 'duplicate'
  /** Not acted on because of who sent it; the rep was told. */
  | 'untrusted'
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
 * by subject or thread alone: a thread also holds mail the rep wrote by hand. Only this
 * rep's messages count: another rep's approval request forwarded here acts on nothing.
 */
async function findParent(ctx: AppContext, repEmail: string, ids: string[]) {
  const ours = await ctx.db.message.findMany({
    where: {
      rep: { email: repEmail.toLowerCase() },
      OR: [{ messageId: { in: ids } }, { sentMessageId: { in: ids } }],
    },
  });
  return ids.map((id) => ours.find((m) => m.messageId === id || m.sentMessageId === id)).find(Boolean);
}

type Parent = NonNullable<Awaited<ReturnType<typeof findParent>>>;

/**
 * Whether the rep's own mailbox sent the message, by the provider's evidence. A message
 * carrying one of agendum's own Message-IDs is a copy of agendum's mail, or a forgery
 * reusing an id its sender saw (an agenda they received): never a new command of the rep.
 */
async function sentByRep(ctx: AppContext, mail: InboundSource, messageId: string | undefined) {
  if (!mail.sentByMailbox) return false;
  if (!messageId) return true;
  const ours = await ctx.db.message.findFirst({
    where: { OR: [{ messageId }, { sentMessageId: messageId }] },
    select: { id: true },
  });
  return !ours;
}

/** How the rep notice names the email a reply answered. */
const ABOUT: Partial<Record<Parent['kind'], UntrustedReply['about']>> = {
  agenda: 'agenda',
  agenda_revision: 'agenda',
  recap: 'recap',
  recap_revision: 'recap',
  approval_request: 'approval request',
  recap_prompt: 'recap prompt',
};

/**
 * Tells the rep about a reply not acted on. Automatic replies (an out-of-office to a
 * forwarded agenda) are dropped quietly: they say nothing the rep must see.
 */
async function notTrusted(
  ctx: AppContext,
  read: ReadReply,
  parent: Parent,
  reason: UntrustedReason,
): Promise<InboundResult> {
  const from = read.parsed.from;
  if (read.autoReply || !parent.meetingId || !from) return 'ignored';
  await notifyUntrustedReply(ctx, {
    meetingId: parent.meetingId,
    reason,
    about: ABOUT[parent.kind] ?? 'agenda',
    subjectMessageId: parent.subjectMessageId ?? parent.id,
    sender: { email: from.address.toLowerCase(), ...(from.name ? { name: from.name } : {}) },
    reply: read.reply,
    // What a prospect's words were read as; a command in the rep's name was never read so.
    evidence: reason === 'not_attendee' ? read.evidence : '',
  });
  return 'untrusted';
}

/** The rep's "approve" / "skip" reply to an approval request. */
async function applyApprovalCommand(ctx: AppContext, read: ReadReply, draftId: string) {
  const command = parseRepCommand(read.reply);
  if (command === 'approve' && (await unlessDecided(() => approveMessage(ctx, draftId)))) return 'approved';
  if (command === 'skip' && (await unlessDecided(() => skipMessage(ctx, draftId)))) return 'skipped';
  return 'ignored';
}

/** The rep's `Agreed:` / `Next step:` reply to a recap prompt. */
async function applyRecapAnswer(ctx: AppContext, read: ReadReply, meetingId: string): Promise<InboundResult> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { rep: true },
  });
  const outcome = parseRecapReply(read.reply, ctx.clock(), meeting.rep.timeZone);
  if (!outcome) return 'ignored';
  const input = {
    agreed: outcome.agreed ?? '',
    nextStep: outcome.nextStep ?? '',
    owner: outcome.owner ?? ('rep' as const),
    due: outcome.due,
  };
  return (await unlessDecided(() => recordOutcome(ctx, meetingId, input))) ? 'outcome_recorded' : 'duplicate';
}

/**
 * The rep's one-word answer to a notice or an unconfirmed nudge: it settles the point (or
 * the next step) the notice is about, when the state machine allows it now.
 */
async function applySettleCommand(ctx: AppContext, read: ReadReply, parent: Parent): Promise<InboundResult> {
  const command = parseSettleCommand(read.reply);
  if (!command || !parent.meetingId || !parent.subjectMessageId) return 'ignored';
  // Only a notice about an email the prospect got settles anything: not the reminder of an
  // unapproved draft, not the book-next nudge.
  const about = await ctx.db.message.findUnique({
    where: { id: parent.subjectMessageId },
    select: { kind: true, status: true },
  });
  const target = about?.status === 'sent' ? targetOf(about.kind) : null;
  if (!target) return 'ignored';
  const meetingId = parent.meetingId;
  const settled = await unlessDecided(async () => {
    await settleAnswer(ctx, meetingId, target, command, { via: 'reply' });
  });
  if (!settled) ctx.log.info('rep command did not apply', { meeting: meetingId, command });
  return settled ? 'settled' : 'ignored';
}

/**
 * A yes to an agenda read again with its meeting: "confirmed for Wednesday" is no
 * confirmation of a Tuesday meeting. A recap's yes is about the next step, whose day is not
 * the meeting's, so it is left as read.
 */
async function readForMeeting(
  ctx: AppContext,
  read: ReadReply,
  meetingId: string,
  target: ActionTarget,
): Promise<ReadReply> {
  if (target !== 'agenda' || read.autoReply || read.intent !== 'confirm') return read;
  const meeting = await ctx.db.meeting.findUnique({
    where: { id: meetingId },
    select: { start: true, timeZone: true },
  });
  return meeting ? readParsedReply(read.parsed, { meeting }) : read;
}

/** A reply to an agenda or recap: the prospect's intent, if they may answer for the meeting. */
async function applyProspectReply(
  ctx: AppContext,
  read: ReadReply,
  parent: Parent & { meetingId: string },
  target: ActionTarget,
  sender: string,
): Promise<InboundResult> {
  if (await fromRepsOrg(ctx, parent.meetingId, sender)) return 'ignored';
  // Asking not to be emailed speaks only for the sender's own address, so anyone may ask.
  if (!read.autoReply && detectOptOut(read.reply)) {
    const name = read.parsed.from?.name || undefined;
    await recordOptOut(ctx, {
      meetingId: parent.meetingId,
      email: sender,
      name,
      via: 'reply',
      replyText: read.reply,
    });
    return 'opted_out';
  }
  if (!(await mayAnswerFor(ctx, parent.meetingId, target, sender))) {
    return notTrusted(ctx, read, parent, 'not_attendee');
  }
  const answer = await readForMeeting(ctx, read, parent.meetingId, target);
  const { parsed } = answer;
  const recorded = await recordConfirmation(ctx, {
    meetingId: parent.meetingId,
    target,
    messageId: parent.id,
    intent: answer.autoReply ? 'auto_reply' : answer.intent,
    reply: answer.reply,
    evidence: answer.evidence,
    source: 'reply',
    inboundMessageId: parsed.messageId,
    prospect: { email: sender, name: parsed.from?.name || undefined },
  });
  return recorded ? 'confirmation' : 'duplicate';
}

/** What handleInbound needs of an inbound message. */
export type InboundSource = Pick<InboundMail, 'raw' | 'sentByMailbox'>;

/** Handles one inbound message for the rep `repEmail`. */
export async function handleInbound(
  ctx: AppContext,
  repEmail: string,
  mail: InboundSource,
): Promise<InboundResult> {
  const read = await readReply(mail.raw);
  const { parsed } = read;
  if (parsed.isBounce) {
    await holdBounced(
      ctx,
      repEmail,
      parsed.bouncedRecipients.map((e) => e.toLowerCase()),
    );
    return 'bounce';
  }
  const ids = answeredIds(parsed.inReplyTo, parsed.references);
  if (ids.length === 0) return 'ignored';
  const parent = await findParent(ctx, repEmail, ids);
  if (!parent) return 'ignored';
  const sender = parsed.from?.address?.toLowerCase();

  if (parent.kind === 'approval_request' || parent.kind === 'recap_prompt') {
    if (!(await sentByRep(ctx, mail, parsed.messageId)))
      return notTrusted(ctx, read, parent, 'not_from_mailbox');
    if (parent.kind === 'approval_request' && parent.subjectMessageId) {
      return applyApprovalCommand(ctx, read, parent.subjectMessageId);
    }
    return parent.kind === 'recap_prompt' && parent.meetingId
      ? applyRecapAnswer(ctx, read, parent.meetingId)
      : 'ignored';
  }
  if (parent.kind === 'rep_notice' || parent.kind === 'nudge') {
    // Only the rep's own mailbox may settle anything; anyone else's reply changes nothing.
    if (!(await sentByRep(ctx, mail, parsed.messageId))) return 'ignored';
    return applySettleCommand(ctx, read, parent);
  }
  const target = targetOf(parent.kind);
  if (target && parent.meetingId && sender) {
    // The rep's own mail in the thread (a copy to themself) is not a prospect's answer.
    if (mail.sentByMailbox) return 'ignored';
    // Claims to be the rep but their mailbox did not send it: someone is using their address.
    if (sender === repEmail.toLowerCase()) return notTrusted(ctx, read, parent, 'not_from_mailbox');
    return applyProspectReply(ctx, read, { ...parent, meetingId: parent.meetingId }, target, sender);
  }
  return 'ignored';
}
