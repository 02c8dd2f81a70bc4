/**
 * Reads new mail in a rep's inbox (see handle-inbound.ts for what each message does) and,
 * in `draft` mode, notices that the rep sent agendum's draft themselves.
 */
import type { AppContext } from '../context.js';
import { handleInbound, type InboundResult } from './handle-inbound.js';

export interface InboxSummary {
  read: number;
  handled: Partial<Record<InboundResult, number>>;
  draftsSentByRep: number;
}

/** Marks `draft`-mode agendas sent when the rep sent them from their own mailbox. */
async function detectDraftsSentByRep(ctx: AppContext, repId: string, summary: InboxSummary) {
  const { mail } = ctx.providers.forConnection(
    await ctx.db.connection.findFirstOrThrow({ where: { repId }, include: { rep: true } }),
  );
  const waiting = await ctx.db.message.findMany({
    where: { repId, status: 'awaiting_approval', providerDraftId: { not: null } },
  });
  for (const msg of waiting) {
    const found = await mail.findSent(msg.messageId);
    if (!found) continue;
    await ctx.db.message.update({
      where: { id: msg.id },
      data: { status: 'sent', sentAt: ctx.clock(), providerMessageId: found.providerMessageId },
    });
    summary.draftsSentByRep++;
  }
}

/** Processes new inbox mail of one connection, then stores the cursor. */
export async function ingestInbox(ctx: AppContext, connectionId: string): Promise<InboxSummary> {
  const conn = await ctx.db.connection.findUniqueOrThrow({
    where: { id: connectionId },
    include: { rep: true },
  });
  const { mail } = ctx.providers.forConnection(conn);
  const summary: InboxSummary = { read: 0, handled: {}, draftsSentByRep: 0 };
  const { messages, cursor } = await mail.listInbound(conn.mailCursor);
  for (const m of messages) {
    summary.read++;
    try {
      const result = await handleInbound(ctx, conn.rep.email, m.raw);
      summary.handled[result] = (summary.handled[result] ?? 0) + 1;
    } catch (err) {
      // A hostile or broken message must not stop the inbox; it is logged, never its body.
      ctx.log.error('inbound message could not be handled', {
        message: m.providerMessageId,
        error: String(err),
      });
    }
  }
  await ctx.db.connection.update({ where: { id: conn.id }, data: { mailCursor: cursor } });
  await detectDraftsSentByRep(ctx, conn.repId, summary);
  return summary;
}
