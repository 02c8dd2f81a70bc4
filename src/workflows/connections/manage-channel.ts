/**
 * Push channels of a connection (Google events.watch, Graph subscriptions): opened when the
 * service has a public URL, renewed before they expire, reopened when the provider removed
 * one, stopped on disconnect. The channel's id, token and expiry live on the Connection.
 */
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.js';
import type { PushChannel, PushTarget } from '../../providers/types.js';

export type ChannelState = 'disabled' | 'unsupported' | 'current' | 'opened' | 'renewed';

const WEBHOOK_PATHS: Record<string, string> = {
  google: '/webhooks/google/calendar',
  microsoft: '/webhooks/microsoft',
};

/** The webhook URL a provider's notifications go to. */
export function webhookUrlFor(publicUrl: string, provider: string): string | null {
  const path = WEBHOOK_PATHS[provider];
  return path ? `${publicUrl}${path}` : null;
}

async function loadChannel(ctx: AppContext, connectionId: string) {
  const conn = await ctx.db.connection.findUniqueOrThrow({
    where: { id: connectionId },
    include: { rep: true },
  });
  const stored: PushChannel | null =
    conn.channelId && conn.channelToken && conn.channelExpiresAt
      ? {
          id: conn.channelId,
          token: conn.channelToken,
          expiresAt: conn.channelExpiresAt,
          ...(conn.channelResourceId ? { resourceId: conn.channelResourceId } : {}),
        }
      : null;
  return { conn, stored, push: ctx.providers.forConnection(conn).push };
}

async function storeChannel(ctx: AppContext, connectionId: string, ch: PushChannel | null): Promise<void> {
  await ctx.db.connection.update({
    where: { id: connectionId },
    data: {
      channelId: ch?.id ?? null,
      channelResourceId: ch?.resourceId ?? null,
      channelToken: ch?.token ?? null,
      channelExpiresAt: ch?.expiresAt ?? null,
    },
  });
}

/**
 * Makes sure the connection has a live channel: opens one if there is none (or it expired),
 * renews one that expires within PUSH_RENEW_BEFORE_MINUTES. `force` renews regardless (Graph
 * `reauthorizationRequired`).
 */
export async function ensureChannel(
  ctx: AppContext,
  connectionId: string,
  force = false,
): Promise<ChannelState> {
  if (!ctx.config.push.enabled) return 'disabled';
  const { conn, stored, push } = await loadChannel(ctx, connectionId);
  const url = webhookUrlFor(ctx.config.http.publicUrl, conn.provider);
  if (!push || !url || conn.status !== 'active') return 'unsupported';
  const now = ctx.clock().getTime();
  const target: PushTarget = { webhookUrl: url, token: randomBytes(24).toString('base64url') };
  if (!stored || stored.expiresAt.getTime() <= now) {
    await storeChannel(ctx, connectionId, await push.open(target));
    ctx.log.info('push channel opened', { connection: connectionId, provider: conn.provider });
    return 'opened';
  }
  const renewAt = stored.expiresAt.getTime() - ctx.config.push.renewBeforeMinutes * 60_000;
  if (!force && now < renewAt) return 'current';
  // Graph keeps the clientState of a renewed subscription; Google opens a new channel with the new token.
  const renewed = await push.renew(stored, target);
  await storeChannel(ctx, connectionId, renewed);
  ctx.log.info('push channel renewed', { connection: connectionId, provider: conn.provider });
  return 'renewed';
}

/** Forgets the stored channel (the provider removed it) and opens a new one. */
export async function reopenChannel(ctx: AppContext, connectionId: string): Promise<ChannelState> {
  const { stored, push } = await loadChannel(ctx, connectionId);
  if (stored && push) await push.close(stored).catch(() => {});
  await storeChannel(ctx, connectionId, null);
  return ensureChannel(ctx, connectionId);
}

/** Stops the connection's channel (and any other watch of its provider) and forgets it. */
export async function closeChannel(ctx: AppContext, connectionId: string): Promise<void> {
  const { stored, push } = await loadChannel(ctx, connectionId);
  if (push) await push.close(stored);
  if (!stored) return;
  await storeChannel(ctx, connectionId, null);
  ctx.log.info('push channel stopped', { connection: connectionId });
}
