/**
 * The `send_message` step: send one approved message exactly once. The Message-ID is
 * stored before the first attempt and the status is set to `sending` before the provider
 * is called; a step that finds `sending` (a crash or timeout after the request may have
 * left) looks the Message-ID up in the Sent folder before it sends anything.
 */
import type { AppContext } from '../../context.js';
import type { StepResult } from '../../jobs/step-kinds.js';
import { tryMarkSent, tryMoveMessage } from '../../messages/message-status.js';
import { observeApprovalRequestSent, type SentMessage } from '../../metrics/approval-latency.js';
import { afterProspectMailSent } from './after-sent.js';
import { mailFor } from './mail-for.js';
import { toOutboundMail } from './message-mime.js';
import { gateSend } from './send-gate.js';

/** Sends the message, or explains why not. */
export async function sendMessage(ctx: AppContext, messageId: string): Promise<StepResult> {
  const loaded = await ctx.db.message.findUniqueOrThrow({
    where: { id: messageId },
    include: { rep: true, meeting: { select: { status: true } } },
  });
  if (loaded.status === 'sent') return { outcome: 'skipped', detail: 'already sent' };
  if (loaded.status !== 'approved' && loaded.status !== 'sending') {
    return { outcome: 'skipped', detail: `message is ${loaded.status}, not approved` };
  }
  const cancelled = loaded.meeting?.status === 'cancelled';
  if (loaded.kind !== 'approval_request' && cancelled && loaded.status === 'approved') {
    const retracted = await tryMoveMessage(ctx.db, loaded.id, 'approved', 'retracted', {
      lastError: 'meeting cancelled',
      notSentReason: 'meeting cancelled',
    });
    // Lost to another worker's claim or retraction: the message is theirs now.
    if (!retracted) return { outcome: 'skipped', detail: 'message changed meanwhile; left as it is' };
    return { outcome: 'skipped', detail: 'meeting cancelled before sending' };
  }
  // Opt-outs, bounces and the daily cap, checked where the mail leaves (send-gate.ts).
  const verdict = loaded.status === 'approved' ? await gateSend(ctx, loaded) : null;
  if (verdict && !verdict.go) return verdict.result;
  const msg = verdict?.message ?? loaded;
  const mail = await mailFor(ctx, msg.repId);

  if (msg.status === 'sending') {
    const found = await mail.findSent({ messageId: msg.messageId });
    if (found) {
      await markSent(ctx, msg, found.providerMessageId, found.threadId);
      return {
        outcome: 'done',
        detail: 'found in the Sent folder after an interrupted send; not sent again',
      };
    }
  } else {
    // The claim: of two workers, only one moves it on and calls the provider.
    const claimed = await tryMoveMessage(ctx.db, msg.id, 'approved', 'sending');
    if (!claimed) return { outcome: 'skipped', detail: 'another worker is sending it' };
  }

  const ref = await mail.send(await toOutboundMail(msg, msg.rep.name));
  await markSent(ctx, msg, ref.providerMessageId, ref.threadId);
  ctx.log.info('message sent', { message: msg.id, kind: msg.kind, recipients: (msg.to as string[]).length });
  return { outcome: 'done', detail: `sent to ${(msg.to as string[]).join(', ')}` };
}

async function markSent(
  ctx: AppContext,
  msg: SentMessage & { id: string; repId: string },
  providerMessageId: string,
  threadId?: string,
): Promise<void> {
  const metrics = ctx.metrics;
  const sentAt = ctx.clock();
  const marked = await tryMarkSent(ctx.db, metrics, msg, 'sending', {
    sentAt,
    providerMessageId,
    providerThreadId: threadId ?? null,
    lastError: null,
    notSentReason: null,
  });
  // `sending` leads only to `sent`: a worker that took over after our lease ran out found
  // it in the Sent folder and recorded it first. It is sent either way.
  if (!marked) {
    ctx.log.warn('message was marked sent by another worker', { message: msg.id });
    return;
  }
  await observeApprovalRequestSent(ctx.db, metrics, msg, sentAt);
  await afterProspectMailSent(ctx, msg.id);
}
