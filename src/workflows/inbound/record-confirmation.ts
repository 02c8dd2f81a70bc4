/**
 * What a prospect said about an agenda or a recap, from a reply or the confirmation page:
 * store it with its evidence, update the meeting's point (or the recap's) status, and
 * tell the rep when it matters. A decline stops every further step of the meeting.
 */

import { toBodyText, toHeaderText } from '../../compose/clean-text.js';
import type { AppContext } from '../../context.js';
import {
  carriesForward,
  moveNextStep,
  movePoint,
  prospectEvent,
  readNextStepStatus,
  readPointStatus,
} from '../../domain/point-status.js';
import { cancelPendingSteps, cancelStep } from '../../jobs/schedule-step.js';
import type { ReplyIntent } from '../../replies/classify-intent.js';
import { carryForward } from '../calendar/carry-forward.js';
import { retractUnsentMessages } from '../outbound/retract-unsent.js';
import { sendReplyNotice } from '../outbound/send-to-rep.js';

export interface ConfirmationInput {
  meetingId: string;
  /** Whether the prospect answered the agenda (the point) or the recap (the next step). */
  target: 'agenda' | 'recap';
  /** The Message the prospect answered, when known. */
  messageId?: string;
  intent: ReplyIntent;
  reply: string;
  evidence: string;
  source: 'reply' | 'page';
  /** Message-ID of the inbound mail: the same mail read twice records nothing twice. */
  inboundMessageId?: string;
  /** The jti of the `/c/` link a page answer came through: repeated changes on it fold together. */
  linkJti?: string;
  prospect: { email: string; name?: string };
}

/**
 * Moves the point (agenda) or the next step (recap) by the prospect's answer; returns the
 * status it is in now, or '' when the answer moves nothing (unclear, a reschedule, or a
 * move the state machine does not list, such as declining an already declined point).
 */
async function applyAnswer(ctx: AppContext, input: ConfirmationInput): Promise<string> {
  const event = prospectEvent(input.intent);
  if (!event) return '';
  if (input.target === 'agenda') {
    const meeting = await ctx.db.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
    const move = movePoint(readPointStatus(meeting.pointStatus), event);
    if (!move.ok) return '';
    await ctx.db.meeting.update({ where: { id: meeting.id }, data: { pointStatus: move.to } });
    return move.to;
  }
  const outcome = await ctx.db.outcome.findUnique({ where: { meetingId: input.meetingId } });
  if (!outcome) return '';
  const from = readNextStepStatus(outcome.nextStepStatus);
  const move = moveNextStep(from, event);
  if (!move.ok) return '';
  await ctx.db.outcome.update({ where: { id: outcome.id }, data: { nextStepStatus: move.to } });
  // A disputed next step stops being the next meeting's point (and a settled one becomes it again).
  if (carriesForward(from) !== carriesForward(move.to)) await carryForward(ctx, input.meetingId);
  return move.to;
}

/** Changes posted again on one link within this time of the first add to it, without a new notice. */
const CHANGE_FOLD_MS = 10 * 60_000;

/**
 * Adds a page change to the change made on the same link less than CHANGE_FOLD_MS ago, if
 * any, and marks the point (or recap) changed again; returns whether it did. The rep was
 * told of the first: a prospect pressing "Suggest a change" five times gives one notice
 * and one record holding every text, not five.
 */
async function foldPageChange(ctx: AppContext, input: ConfirmationInput): Promise<boolean> {
  if (input.source !== 'page' || input.intent !== 'change' || !input.linkJti) return false;
  const now = ctx.clock();
  const recent = await ctx.db.confirmation.findFirst({
    where: {
      linkJti: input.linkJti,
      intent: 'change',
      createdAt: { gt: new Date(now.getTime() - CHANGE_FOLD_MS) },
    },
    orderBy: { createdAt: 'desc' },
  });
  if (!recent) return false;
  await ctx.db.confirmation.update({
    where: { id: recent.id },
    data: { reply: `${recent.reply}\n\n${toBodyText(input.reply)}`.slice(0, 10_000), updatedAt: now },
  });
  // A confirm may have come in between; the latest answer on the link is this change.
  await applyAnswer(ctx, input);
  ctx.log.info('prospect added to a change', { meeting: input.meetingId, target: input.target });
  return true;
}

/** Records the confirmation; returns false when this inbound mail was already recorded. */
export async function recordConfirmation(ctx: AppContext, input: ConfirmationInput): Promise<boolean> {
  if (input.inboundMessageId) {
    const seen = await ctx.db.confirmation.findUnique({
      where: { inboundMessageId: input.inboundMessageId },
    });
    if (seen) return false;
  }
  const meeting = await ctx.db.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
  if (await foldPageChange(ctx, input)) return true;
  const status = await applyAnswer(ctx, input);
  // A confirmed point needs no reminder: the dashboard must not list one as planned.
  if (input.target === 'agenda' && status === 'confirmed')
    await cancelStep(ctx.db, 'nudge_unconfirmed', { meetingId: meeting.id }, 'the prospect confirmed');
  await ctx.db.confirmation.create({
    data: {
      meetingId: meeting.id,
      messageId: input.messageId ?? null,
      target: input.target,
      intent: input.intent,
      status,
      // Control characters (a NUL is refused by PostgreSQL text) never reach the database.
      reply: toBodyText(input.reply).slice(0, 10_000),
      evidence: toBodyText(input.evidence).slice(0, 500),
      source: input.source,
      // On the page anyone holding the link may have clicked: nobody is named.
      who: input.source === 'reply' ? toHeaderText(input.prospect.name || input.prospect.email, 200) : '',
      inboundMessageId: input.inboundMessageId ?? null,
      linkJti: input.linkJti ?? null,
      // The injected clock, not the database's: the fold window is measured with it.
      createdAt: ctx.clock(),
      updatedAt: ctx.clock(),
    },
  });
  ctx.metrics.confirmationRecorded(input.source, input.intent);
  // Declining the meeting stops it; a "no" to a recap disputes the next step instead.
  if (input.intent === 'decline' && input.target === 'agenda') {
    await cancelPendingSteps(ctx.db, meeting.id, 'the prospect declined');
    await retractUnsentMessages(ctx, meeting.id, 'prospect declined', 'the prospect declined');
  }
  if (
    input.intent === 'change' ||
    input.intent === 'reschedule' ||
    input.intent === 'decline' ||
    input.intent === 'unclear'
  ) {
    const notice = {
      prospect: input.prospect,
      // A "no" to a recap disputes what it says was agreed: the rep settles it like a change.
      intent: input.target === 'recap' && input.intent === 'decline' ? ('change' as const) : input.intent,
      about: input.target,
      replyText: input.reply,
      evidence: input.evidence,
      onPage: input.source === 'page',
    };
    await sendReplyNotice(ctx, meeting.id, notice, input.messageId);
  }
  ctx.log.info('prospect answered', {
    meeting: meeting.id,
    target: input.target,
    intent: input.intent,
    source: input.source,
  });
  return true;
}
