/**
 * Google push. Calendar notifications (docs/providers.md §3.3) have no body: the X-Goog-*
 * headers name the channel, and the channel token we chose when opening it proves it came
 * from Google for that channel. Anything we cannot match (a stopped channel still firing, a
 * forged request) gets a 4xx and causes no work: Google treats a 4xx as a failed message
 * and does not retry it, unlike a 5xx. `sync` is the handshake after events.watch;
 * `exists`/`not_exists` only ask the scheduler for a sync, which it debounces per connection.
 *
 * Gmail pushes come through a Cloud Pub/Sub push subscription (§4.5) and carry only the
 * mailbox address and a historyId: they only make that connection's inbox poll run now
 * (the poll reads from its stored cursor, never from the pushed historyId). Pub/Sub treats
 * every status but 102/200/201/202/204 as a NACK and redelivers for up to 7 days, so
 * everything that is delivered and genuine is acknowledged, even when it is useless.
 *
 * Each request names one channel (or one mailbox), so it costs at most one query; refusals
 * go to an aggregated reject log, never one line each, since anyone can send them.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { errorMessage } from '../errors.js';
import type { SyncTriggers } from '../jobs/sync-triggers.js';
import { sameSecret } from '../security/same-secret.js';
import { createRejectLog, type RejectLog } from './reject-log.js';

const STATES = new Set(['sync', 'exists', 'not_exists']);

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

const pushEnvelope = z.object({ message: z.object({ data: z.string().min(1) }) });
const pushPayload = z.object({ emailAddress: z.string().regex(/^[^@\s]+@[^@\s]+$/) });

/**
 * The mailbox address of a Pub/Sub push body (`message.data` is base64 JSON
 * `{emailAddress, historyId}`), lower-cased as reps are stored; null when it is not one.
 */
export function gmailPushAddress(body: Buffer): string | null {
  try {
    const envelope = pushEnvelope.safeParse(JSON.parse(body.toString('utf8')));
    if (!envelope.success) return null;
    // Node's base64 decoder also accepts the base64url alphabet Gmail's guide mentions.
    const data = Buffer.from(envelope.data.message.data, 'base64').toString('utf8');
    const payload = pushPayload.safeParse(JSON.parse(data));
    return payload.success ? payload.data.emailAddress.trim().toLowerCase() : null;
  } catch {
    return null; // not JSON
  }
}

/** Rejects a push without the configured `?token=` before its body is even read. */
function requirePushToken(ctx: AppContext, rejects: RejectLog) {
  const expected = ctx.config.google?.pubsubVerificationToken;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!expected) {
      res.status(404).end(); // Pub/Sub push is not configured here
      return;
    }
    const given = typeof req.query.token === 'string' ? req.query.token : '';
    if (!sameSecret(expected, given)) {
      // A forgery, or a subscription URL that needs fixing: either way no work, and a 4xx
      // shows up as failed deliveries in Pub/Sub's metrics until the admin fixes the URL.
      rejects.record(given ? 'gmail push token mismatch' : 'gmail push without token');
      res.status(403).end();
      return;
    }
    next();
  };
}

/** Handles a verified Gmail push; every outcome but a database failure acknowledges it. */
async function handleGmailPush(ctx: AppContext, triggers: SyncTriggers, body: Buffer): Promise<number> {
  const email = gmailPushAddress(body);
  if (!email) {
    // A malformed message never becomes valid: a 4xx would only have Pub/Sub redeliver it
    // for a week. Acknowledge it and say so, without the body.
    ctx.log.warn('gmail push ignored: not a Gmail notification envelope', { bytes: body.length });
    return 204;
  }
  const conn = await ctx.db.connection.findFirst({
    where: { provider: 'google', rep: { email } },
    select: { id: true, status: true },
  });
  if (conn?.status !== 'active') {
    // Unknown or disconnected mailbox (a watch not yet lapsed): nothing to do, and a NACK
    // would only bring it back.
    ctx.log.debug('gmail push for no active connection', { known: conn !== null });
    return 204;
  }
  // Debounced and coalesced per connection by the scheduler, so Gmail's up to one push a
  // second per mailbox costs at most one inbox sync per debounce window.
  triggers.inboxChanged(conn.id);
  return 204;
}

/** The handler behind the token check: 503 without a sync loop, 500 on a database failure. */
function gmailPushRoute(ctx: AppContext, triggers: SyncTriggers | undefined) {
  return async (req: Request, res: Response) => {
    if (!triggers) {
      // No sync loop in this process: a 5xx makes Pub/Sub redeliver with backoff.
      res.status(503).end();
      return;
    }
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      res.status(await handleGmailPush(ctx, triggers, body)).end();
    } catch (err) {
      ctx.log.error('gmail push failed', { error: errorMessage(err) });
      res.status(500).end(); // transient (database): let Pub/Sub redeliver
    }
  };
}

/**
 * `POST /webhooks/google/calendar` (the address of every calendar channel) and
 * `POST /webhooks/google/gmail?token=…` (the endpoint of the Pub/Sub push subscription).
 */
export function googleWebhookRoutes(
  ctx: AppContext,
  triggers: SyncTriggers | undefined,
  rejects: RejectLog = createRejectLog(ctx.log, 'Google notifications rejected', ctx.clock),
): express.Router {
  const router = express.Router();
  router.post(
    '/webhooks/google/gmail',
    requirePushToken(ctx, rejects),
    // Any content type: the body is parsed here, so a malformed one is acknowledged, not a 400.
    express.raw({ type: () => true, limit: '64kb' }),
    gmailPushRoute(ctx, triggers),
  );
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
        rejects.record(`calendar ${verdict.reason}`, {
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
        error: errorMessage(err),
      });
      res.status(500).end();
    }
  });
  return router;
}
