/**
 * Reads new mail in a rep's inbox (see handle-inbound.ts for what each message does) and,
 * in `draft` mode, notices that the rep sent agendum's draft themselves.
 */
import type { AppContext } from '../../context.js';
import { AppError, isTransientError } from '../../errors.js';
import { tryMarkSent } from '../../messages/message-status.js';
import type { MailProvider } from '../../providers/types.js';
import { afterProspectMailSent } from '../outbound/after-sent.js';
import { handleInbound, type InboundResult } from './handle-inbound.js';

export interface InboxSummary {
  read: number;
  /** Messages skipped because an earlier read already handled them (cursor re-established). */
  alreadySeen: number;
  handled: Partial<Record<InboundResult, number>>;
  draftsSentByRep: number;
}

/** Marks `draft`-mode messages sent when the rep sent them from their own mailbox. */
async function detectDraftsSentByRep(
  ctx: AppContext,
  repId: string,
  mail: MailProvider,
  summary: InboxSummary,
): Promise<void> {
  const waiting = await ctx.db.message.findMany({
    where: { repId, status: 'awaiting_approval', providerDraftId: { not: null } },
  });
  for (const msg of waiting) {
    const found = await mail.findSent({
      messageId: msg.messageId,
      draft: {
        draftId: msg.providerDraftId as string,
        ...(msg.providerMessageId ? { providerMessageId: msg.providerMessageId } : {}),
      },
    });
    if (!found) continue;
    // From `approved` too: a dashboard approval that raced the rep's own send must find it
    // sent, or its queued send would send it a second time. A message that is `sending`
    // (or was skipped or retracted) meanwhile is left as it is.
    const marked = await tryMarkSent(ctx.db, ctx.metrics, msg, ['awaiting_approval', 'approved'], {
      sentAt: ctx.clock(),
      providerMessageId: found.providerMessageId,
      providerThreadId: found.threadId ?? msg.providerThreadId,
      // The rep's client may have written its own Message-ID: replies will answer that one.
      sentMessageId:
        found.messageIdHeader && found.messageIdHeader !== msg.messageId ? found.messageIdHeader : null,
    });
    if (!marked) continue;
    ctx.log.info('draft sent by the rep from their mailbox', { message: msg.id, kind: msg.kind });
    summary.draftsSentByRep++;
    await afterProspectMailSent(ctx, msg.id);
  }
}

// Prisma codes of a database that is unreachable or busy (not of a query that is wrong):
// can't reach, timed out, connection closed, server closed it, pool exhausted.
const CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/**
 * Failures that say nothing about the message: a busy or unreachable database, a provider
 * that asked us to wait, a connection that needs reconnecting. Anything else (a constraint,
 * a value the database refuses) would fail again on every run, so it must not stop the inbox.
 */
export function isRetryableError(err: unknown): boolean {
  if (isTransientError(err)) return true;
  if (err instanceof AppError) return err.code === 'needs_reauth' || err.code === 'database_unavailable';
  const e = err as { name?: unknown; code?: unknown; errorCode?: unknown };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.errorCode === 'string' ? e.errorCode : '';
  return (
    e?.name === 'PrismaClientInitializationError' ||
    CONNECTION_CODES.has(code) ||
    /^SQLITE_(BUSY|LOCKED)/.test(code)
  );
}

/**
 * Of `ids` listed in the inbox, those already handled and those agendum itself sent from
 * this mailbox (an approval request to the rep's own address): nothing to read in either.
 */
async function knownMessages(
  ctx: AppContext,
  conn: { id: string; repId: string },
  ids: string[],
): Promise<Set<string>> {
  const [seen, sent] = await Promise.all([
    ctx.db.inboundSeen.findMany({
      where: { connectionId: conn.id, providerMessageId: { in: ids } },
      select: { providerMessageId: true },
    }),
    ctx.db.message.findMany({
      where: { repId: conn.repId, providerMessageId: { in: ids } },
      select: { providerMessageId: true },
    }),
  ]);
  return new Set([...seen, ...sent].flatMap((m) => (m.providerMessageId ? [m.providerMessageId] : [])));
}

/** Processes new inbox mail of one connection, then stores the cursor. */
export async function ingestInbox(ctx: AppContext, connectionId: string): Promise<InboxSummary> {
  const conn = await ctx.db.connection.findUniqueOrThrow({
    where: { id: connectionId },
    include: { rep: true },
  });
  const { mail } = ctx.providers.forConnection(conn);
  const summary: InboxSummary = { read: 0, alreadySeen: 0, handled: {}, draftsSentByRep: 0 };
  const { messages, cursor, pushUntil } = await mail.listInbound(conn.mailCursor, (ids) =>
    knownMessages(ctx, conn, ids),
  );
  for (const m of messages) {
    const key = { connectionId: conn.id, providerMessageId: m.providerMessageId };
    if (await ctx.db.inboundSeen.findUnique({ where: { connectionId_providerMessageId: key } })) {
      summary.alreadySeen++;
      continue;
    }
    summary.read++;
    try {
      const result = await handleInbound(ctx, conn.rep.email, m);
      summary.handled[result] = (summary.handled[result] ?? 0) + 1;
    } catch (err) {
      // The database or provider failed for a moment: stop here, unmarked and with the old
      // cursor, so this message is read again on the next run (those before it are marked).
      if (isRetryableError(err)) throw err;
      // A hostile or broken message must not stop the inbox; it is logged, never its body.
      ctx.log.error('inbound message could not be handled', {
        message: m.providerMessageId,
        error: String(err),
      });
    }
    await ctx.db.inboundSeen.upsert({
      where: { connectionId_providerMessageId: key },
      create: key,
      update: {},
    });
  }
  await ctx.db.connection.update({
    where: { id: conn.id },
    data: { mailCursor: cursor, mailPushUntil: pushUntil ?? null },
  });
  await detectDraftsSentByRep(ctx, conn.repId, mail, summary);
  return summary;
}
