/**
 * Graph change and lifecycle notifications (PROVIDERS.md §8). Graph validates the URL by
 * POSTing `?validationToken=…` and expects the decoded token back as text/plain within
 * 10 s, so that is answered before anything else. Every notification carries the
 * clientState we chose; one that does not match the connection's (or names no connection
 * of ours) is ignored. Graph wants a 2xx within 3 s, so we answer 202 and only hand the work
 * to the sync scheduler, which debounces and coalesces it.
 */
import express, { type Request, type Response } from 'express';
import type { AppContext } from '../context.js';
import { errorMessage } from '../errors.js';
import type { SyncTriggers } from '../jobs/sync-triggers.js';
import { sameSecret } from '../security/same-secret.js';

interface GraphNotification {
  subscriptionId?: unknown;
  clientState?: unknown;
  changeType?: unknown;
  lifecycleEvent?: unknown;
}

/** A batch is at most a few hundred small objects; more is not Graph. */
const MAX_NOTIFICATIONS = 1000;

// Mounted before the app's global 256 kb JSON parser: a large batch must not be refused
// (Graph would retry it for hours), so this route parses its own body with a larger limit.
const parseBody = express.json({ limit: '4mb' });

/** Dispatches one notification; returns why it was ignored, or null when it was acted on. */
async function dispatch(
  ctx: AppContext,
  triggers: SyncTriggers,
  n: GraphNotification,
): Promise<string | null> {
  if (typeof n.subscriptionId !== 'string' || typeof n.clientState !== 'string') return 'malformed';
  const conn = await ctx.db.connection.findFirst({
    where: { provider: 'microsoft', channelId: n.subscriptionId },
    select: { id: true, channelToken: true },
  });
  if (!conn?.channelToken) return 'unknown subscription';
  if (!sameSecret(conn.channelToken, n.clientState)) return 'clientState mismatch';
  switch (n.lifecycleEvent) {
    case undefined:
      triggers.calendarChanged(conn.id);
      return null;
    case 'reauthorizationRequired':
      triggers.renewChannel(conn.id);
      return null;
    case 'subscriptionRemoved':
      triggers.reopenChannel(conn.id);
      return null;
    case 'missed':
      triggers.calendarChanged(conn.id);
      return null;
    default:
      return 'unknown lifecycle event';
  }
}

/** `POST /webhooks/microsoft`: the notification and lifecycle URL of every subscription. */
export function microsoftWebhookRoutes(ctx: AppContext, triggers: SyncTriggers | undefined): express.Router {
  const router = express.Router();
  router.post('/webhooks/microsoft', parseBody, async (req: Request, res: Response) => {
    const token = req.query.validationToken;
    if (typeof token === 'string') {
      // Express already URL-decoded the query value, which is what Graph expects back.
      res.status(200).type('text/plain').send(token);
      return;
    }
    if (!triggers) {
      res.status(503).end();
      return;
    }
    res.status(202).end();
    const body = req.body as { value?: unknown } | undefined;
    const list = Array.isArray(body?.value)
      ? (body.value as GraphNotification[]).slice(0, MAX_NOTIFICATIONS)
      : [];
    for (const n of list) {
      try {
        const ignored = await dispatch(ctx, triggers, n ?? {});
        if (ignored) {
          ctx.log.warn('Graph notification ignored', {
            reason: ignored,
            subscription: typeof n?.subscriptionId === 'string' ? n.subscriptionId.slice(0, 64) : undefined,
          });
        }
      } catch (err) {
        ctx.log.error('Graph notification failed', {
          error: errorMessage(err),
        });
      }
    }
  });
  return router;
}
