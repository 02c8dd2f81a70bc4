/**
 * Graph change and lifecycle notifications (docs/providers.md §8). Graph validates the URL by
 * POSTing `?validationToken=…` and expects the decoded token back as text/plain within
 * 10 s, so that is answered before anything else. Every notification carries the
 * clientState we chose; the subscriptions of a batch are looked up in one query, and the
 * first notification that names no subscription of ours (or carries another clientState)
 * ends the request: a forged batch costs one query and one counted reject, whatever its
 * size. Graph wants a 2xx within 3 s, so we only hand the work to the sync scheduler,
 * which debounces and coalesces it.
 */
import express, { type Request, type Response } from 'express';
import type { AppContext } from '../context.js';
import { errorMessage } from '../errors.js';
import type { SyncTriggers } from '../jobs/sync-triggers.js';
import { sameSecret } from '../security/same-secret.js';
import { createRejectLog, type RejectLog } from './reject-log.js';

interface GraphNotification {
  subscriptionId?: unknown;
  clientState?: unknown;
  changeType?: unknown;
  lifecycleEvent?: unknown;
}

type Subscriptions = Map<string, { id: string; channelToken: string | null }>;

/**
 * Graph documents no largest batch: §8.3 only says one POST may batch notifications for
 * several subscriptions, and each connection has one subscription on this URL, so a real
 * batch is a few notifications per rep whose calendar changed (an edit sends ~3). This
 * bounds the in-memory work of a forged batch; its database cost is one query anyway.
 */
const MAX_NOTIFICATIONS = 1000;

// Mounted before the app's global 256 kb JSON parser: a large batch must not be refused
// (Graph would retry it for hours), so this route parses its own body with a larger limit:
// 1 MB holds a full batch of MAX_NOTIFICATIONS (each is well under 1 KB) and bounds the
// parse an unauthenticated sender can cause.
// A body it refuses (too large, not JSON) is answered by the app's body-error handler.
const parseBody = express.json({ limit: '1mb' });

/** The notifications of a body, at most MAX_NOTIFICATIONS; anything that is not a list is none. */
function notificationsOf(body: unknown): GraphNotification[] {
  const value = (body as { value?: unknown } | undefined)?.value;
  return Array.isArray(value) ? (value.slice(0, MAX_NOTIFICATIONS) as GraphNotification[]) : [];
}

/** Our connections for every subscription id the batch names, in one query. */
async function subscriptionsOf(ctx: AppContext, list: GraphNotification[]): Promise<Subscriptions> {
  const ids = new Set<string>();
  for (const n of list) if (typeof n?.subscriptionId === 'string') ids.add(n.subscriptionId);
  if (ids.size === 0) return new Map();
  const rows = await ctx.db.connection.findMany({
    where: { provider: 'microsoft', channelId: { in: [...ids] } },
    select: { id: true, channelId: true, channelToken: true },
  });
  return new Map(rows.map((r) => [r.channelId ?? '', { id: r.id, channelToken: r.channelToken }]));
}

/** The connection a notification is for, or why it is not from a subscription of ours. */
function ownerOf(
  n: GraphNotification | null,
  subs: Subscriptions,
): { connectionId: string } | { foreign: string } {
  if (typeof n?.subscriptionId !== 'string' || typeof n.clientState !== 'string')
    return { foreign: 'malformed' };
  const conn = subs.get(n.subscriptionId);
  if (!conn?.channelToken) return { foreign: 'unknown subscription' };
  if (!sameSecret(conn.channelToken, n.clientState)) return { foreign: 'clientState mismatch' };
  return { connectionId: conn.id };
}

/** Hands one genuine notification to the scheduler; false for a lifecycle event we do not know. */
function dispatch(triggers: SyncTriggers, connectionId: string, lifecycleEvent: unknown): boolean {
  switch (lifecycleEvent) {
    case undefined:
    case 'missed':
      triggers.calendarChanged(connectionId);
      return true;
    case 'reauthorizationRequired':
      triggers.renewChannel(connectionId);
      return true;
    case 'subscriptionRemoved':
      triggers.reopenChannel(connectionId);
      return true;
    default:
      return false;
  }
}

/**
 * Acts on the batch in order until the first foreign notification. The ones before it are
 * acted on: their clientState proves they are Graph's, and a stale subscription of ours
 * batched with live ones should not cost the live ones their sync.
 */
function dispatchBatch(
  triggers: SyncTriggers,
  list: GraphNotification[],
  subs: Subscriptions,
  rejects: RejectLog,
) {
  for (const n of list) {
    const owner = ownerOf(n, subs);
    if ('foreign' in owner) {
      const sub = typeof n?.subscriptionId === 'string' ? n.subscriptionId.slice(0, 64) : undefined;
      rejects.record(owner.foreign, { subscription: sub });
      return;
    }
    if (!dispatch(triggers, owner.connectionId, n?.lifecycleEvent)) rejects.record('unknown lifecycle event');
  }
}

/** `POST /webhooks/microsoft`: the notification and lifecycle URL of every subscription. */
export function microsoftWebhookRoutes(
  ctx: AppContext,
  triggers: SyncTriggers | undefined,
  rejects: RejectLog = createRejectLog(ctx.log, 'Graph notifications ignored', ctx.clock),
): express.Router {
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
    const list = notificationsOf(req.body);
    let subs: Subscriptions;
    try {
      subs = await subscriptionsOf(ctx, list);
    } catch (err) {
      ctx.log.error('Graph notifications failed', { error: errorMessage(err) });
      res.status(500).end(); // "Return 5xx to request a retry" (§8.3)
      return;
    }
    // 202 even for a foreign batch: §8.3 says to ignore a clientState mismatch and still
    // answer 2xx, and a 4xx would only have Graph retry the same batch for hours.
    res.status(202).end();
    dispatchBatch(triggers, list, subs, rejects);
  });
  return router;
}
