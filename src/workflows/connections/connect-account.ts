/**
 * Connecting and disconnecting a rep's Google or Microsoft account. Connecting creates the
 * rep on first sign-in (defaults from the config, zone from the provider), stores the token
 * set encrypted, and — on a reconnect — resumes everything that waited for it.
 */
import { domainOf, nameFromEmail } from '../../compose/names.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { OAuthProviderName } from '../../providers/oauth-providers.js';
import type { ConnectedAccount } from '../../providers/oauth-types.js';
import { sealTokens } from '../../providers/token-store.js';
import { createRep } from '../reps/create-rep.js';
import { resumeConnection } from './connection-health.js';
import { closeChannel } from './manage-channel.js';

export interface ConnectResult {
  repId: string;
  connectionId: string;
  /** True when this sign-in created the rep. */
  newRep: boolean;
  /** Steps that were paused for this connection and are due again now. */
  resumedSteps: number;
}

/** Creates or updates the rep and the connection for a signed-in account. */
export async function connectAccount(
  ctx: AppContext,
  provider: OAuthProviderName,
  account: ConnectedAccount,
): Promise<ConnectResult> {
  const email = account.email.trim().toLowerCase();
  const domain = domainOf(email);
  const existing = await ctx.db.rep.findUnique({ where: { email } });
  const rep =
    existing ??
    (await createRep(ctx, {
      email,
      name: account.name?.trim() || nameFromEmail(email),
      ...(account.timeZone ? { timeZone: account.timeZone } : {}),
      orgDomains: domain ? [domain] : [],
    }));
  const encryptedTokens = sealTokens(ctx.secretKey, account.tokens);
  const where = { repId_provider: { repId: rep.id, provider } };
  const bound = await ctx.db.connection.findUnique({ where, select: { accountId: true } });
  if (bound?.accountId && account.accountId && bound.accountId !== account.accountId) {
    throw new AppError(
      'conflict',
      `${email}'s ${provider} connection belongs to another ${provider} account. Run \`agendum disconnect ${provider} --email ${email}\` first if the rep really changed accounts.`,
    );
  }
  const accountId = account.accountId ?? bound?.accountId ?? null;
  const conn = await ctx.db.connection.upsert({
    where,
    create: { repId: rep.id, provider, encryptedTokens, accountId },
    update: { encryptedTokens, accountId },
  });
  ctx.providers.forget(conn.id);
  const resumedSteps = await resumeConnection(ctx, conn.id, ctx.clock());
  ctx.log.info('account connected', { provider, rep: email, connection: conn.id, resumedSteps });
  return { repId: rep.id, connectionId: conn.id, newRep: !existing, resumedSteps };
}

/**
 * Disconnects: stops the push channel, forgets the tokens, and leaves the connection in
 * `needs_reauth` so meetings, messages and history stay (nothing is deleted).
 */
export async function disconnectAccount(
  ctx: AppContext,
  provider: OAuthProviderName,
  email: string,
): Promise<boolean> {
  const conn = await ctx.db.connection.findFirst({
    where: { provider, rep: { email: email.trim().toLowerCase() } },
  });
  if (!conn) return false;
  await closeChannel(ctx, conn.id).catch((err: unknown) =>
    ctx.log.warn('push channel could not be stopped; it expires on its own', {
      connection: conn.id,
      error: String(err),
    }),
  );
  await ctx.db.connection.update({
    where: { id: conn.id },
    // The account binding goes too: after a disconnect the rep may connect another account.
    data: {
      encryptedTokens: null,
      accountId: null,
      status: 'needs_reauth',
      lastError: 'disconnected by an admin',
    },
  });
  ctx.providers.forget(conn.id);
  ctx.log.info('account disconnected', { provider, connection: conn.id });
  return true;
}
