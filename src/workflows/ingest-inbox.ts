/**
 * Reads new mail in a rep's inbox. For now: the rep's own answers to approval requests
 * ("approve", "send", "skip"), and, in `draft` mode, noticing that the rep sent agendum's
 * draft themselves. Prospect replies join here with the reply pipeline.
 */
import { simpleParser } from 'mailparser';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { approveMessage, skipMessage } from './approve-message.js';
import { parseRepCommand } from './parse-rep-command.js';

export interface InboxSummary {
  read: number;
  approved: number;
  skipped: number;
  draftsSentByRep: number;
}

/** Message-IDs this message answers, newest first. */
function answeredIds(inReplyTo: string | undefined, references: string | string[] | undefined): string[] {
  const refs = Array.isArray(references) ? references : references ? references.split(/\s+/) : [];
  return [...new Set([inReplyTo, ...refs.reverse()].filter((x): x is string => Boolean(x)))];
}

async function handleRepCommand(ctx: AppContext, repEmail: string, raw: Buffer, summary: InboxSummary) {
  const mail = await simpleParser(raw, { skipHtmlToText: false, skipImageLinks: true });
  const ids = answeredIds(mail.inReplyTo, mail.references);
  if (ids.length === 0) return;
  const request = await ctx.db.message.findFirst({
    where: { messageId: { in: ids }, kind: 'approval_request' },
  });
  if (!request?.subjectMessageId) return;
  const sender = mail.from?.value[0]?.address?.toLowerCase();
  if (sender !== repEmail.toLowerCase()) {
    ctx.log.warn('ignored an approval reply not from the rep', { request: request.id });
    return;
  }
  const command = parseRepCommand(mail.text ?? '');
  try {
    if (command === 'approve') {
      await approveMessage(ctx, request.subjectMessageId);
      summary.approved++;
    } else if (command === 'skip') {
      await skipMessage(ctx, request.subjectMessageId);
      summary.skipped++;
    }
  } catch (err) {
    // Already decided (page first, then a reply): nothing to do, and nothing lost.
    if (!(err instanceof AppError && err.code === 'conflict')) throw err;
  }
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
  const summary: InboxSummary = { read: 0, approved: 0, skipped: 0, draftsSentByRep: 0 };
  const { messages, cursor } = await mail.listInbound(conn.mailCursor);
  for (const m of messages) {
    summary.read++;
    await handleRepCommand(ctx, conn.rep.email, m.raw, summary);
  }
  await ctx.db.connection.update({ where: { id: conn.id }, data: { mailCursor: cursor } });
  await detectDraftsSentByRep(ctx, conn.repId, summary);
  return summary;
}
