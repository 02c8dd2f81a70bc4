/** The mail provider of a rep's active connection. */
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { fingerprintSealed } from '../../providers/token-store.js';
import type { MailProvider } from '../../providers/types.js';
import { reconnectHint } from '../connections/connection-health.js';

/** Looks up the rep's connection and returns its mail provider. */
export async function mailFor(ctx: AppContext, repId: string): Promise<MailProvider> {
  const conn = await ctx.db.connection.findFirst({
    where: { repId },
    orderBy: { createdAt: 'asc' },
    include: { rep: { select: { email: true } } },
  });
  if (!conn) {
    throw new AppError('not_found', `Rep ${repId} has no connected mailbox. Connect a provider first.`);
  }
  if (conn.status === 'needs_reauth') {
    // Judged on the tokens read here: if a reconnect replaces them before the step is
    // paused, markNeedsReauth sees a stale verdict and leaves the reconnect alone.
    const judged = fingerprintSealed(ctx.secretKey, conn.encryptedTokens);
    throw new AppError(
      'needs_reauth',
      `The ${conn.provider} connection of ${conn.rep.email} needs to be reconnected: ${reconnectHint(conn.provider)}.`,
      { details: { connectionId: conn.id, ...(judged !== null ? { tokensFingerprint: judged } : {}) } },
    );
  }
  return ctx.providers.forConnection(conn).mail;
}
