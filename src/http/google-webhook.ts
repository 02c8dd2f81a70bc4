/**
 * Google Calendar push notifications (PROVIDERS.md §3.3). A notification has no body: the
 * X-Goog-* headers name the channel, and the channel token we chose when opening it proves
 * it came from Google for that channel. Anything we cannot match (a stopped channel still
 * firing, a forged request) gets a 4xx and causes no work: Google treats a 4xx as a failed
 * message and does not retry it, unlike a 5xx. `sync` is the handshake after events.watch;
 * `exists`/`not_exists` only ask the scheduler for a sync, which it debounces per connection.
 */
import { timingSafeEqual } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import type { AppContext } from '../context.js';
import type { SyncTriggers } from '../jobs/sync-triggers.js';

const STATES = new Set(['sync', 'exists', 'not_exists']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

type Verdict =
  | { ok: true; connectionId: string }
  | { ok: false; reason: string; status: number; connectionId?: string };

/** Whether a notification is ours, and for which connection. The reason never includes the token. */
async function checkNotification(
  ctx: AppContext,
  headers: { channelId: string; token: string; resourceId: string; state: string },
): Promise<Verdict> {
  if (!headers.channelId || !STATES.has(headers.state))
    return { ok: false, reason: 'malformed', status: 400 };
  const conn = await ctx.db.connection.findFirst({
    where: { provider: 'google', channelId: headers.channelId },
    select: { id: true, channelToken: true, channelResourceId: true },
  });
  if (!conn?.channelToken) return { ok: false, reason: 'unknown channel', status: 404 };
  if (!sameSecret(conn.channelToken, headers.token)) {
    return { ok: false, reason: 'channel token mismatch', status: 403, connectionId: conn.id };
  }
  if (conn.channelResourceId && !sameSecret(conn.channelResourceId, headers.resourceId)) {
    return { ok: false, reason: 'resource id mismatch', status: 403, connectionId: conn.id };
  }
  return { ok: true, connectionId: conn.id };
}

/** `POST /webhooks/google/calendar`: the address of every calendar channel. */
export function googleWebhookRoutes(ctx: AppContext, triggers: SyncTriggers | undefined): express.Router {
  const router = express.Router();
  router.post('/webhooks/google/calendar', async (req: Request, res: Response) => {
    if (!triggers) {
      // No sync loop in this process: a 5xx makes Google retry with backoff.
      res.status(503).end();
      return;
    }
    const headers = {
      channelId: req.get('x-goog-channel-id') ?? '',
      token: req.get('x-goog-channel-token') ?? '',
      resourceId: req.get('x-goog-resource-id') ?? '',
      state: req.get('x-goog-resource-state') ?? '',
    };
    try {
      const verdict = await checkNotification(ctx, headers);
      if (!verdict.ok) {
        ctx.log.warn('google calendar notification rejected', {
          reason: verdict.reason,
          channel: headers.channelId.slice(0, 64),
          ...(verdict.connectionId ? { connection: verdict.connectionId } : {}),
        });
        res.status(verdict.status).end();
        return;
      }
      // `sync` only acknowledges the new channel; there is nothing to fetch yet.
      if (headers.state !== 'sync') triggers.calendarChanged(verdict.connectionId);
      res.status(200).end();
    } catch (err) {
      ctx.log.error('google calendar notification failed', {
        error: err instanceof Error ? err.message : String(err),
      });
      res.status(500).end();
    }
  });
  return router;
}
