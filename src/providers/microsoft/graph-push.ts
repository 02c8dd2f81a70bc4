/**
 * Change notifications on the rep's events (docs/providers.md §8). Graph validates the
 * notification URL before it answers the POST (the webhook echoes `validationToken`), sends
 * our `clientState` with every notification, and deletes the subscription at its expiry, so
 * the core renews it well before. `calendarView` cannot be subscribed to; `me/events` can.
 * Lifecycle notifications (reauthorizationRequired, subscriptionRemoved, missed) can only be
 * requested at creation, so every subscription asks for them.
 */
import type { CalendarPush, PushChannel, PushTarget } from '../types.js';
import type { GraphCall } from './graph-client.js';
import { isNotFound } from './graph-errors.js';

/**
 * The documented maximum for Outlook events (4,230 minutes, §8.6), less a margin so clock
 * skew never makes Graph reject the request.
 */
export const MAX_SUBSCRIPTION_MINUTES = 4230 - 10;

interface GraphSubscription {
  id: string;
  expirationDateTime: string;
  clientState?: string | null;
}

export interface GraphPushDeps {
  call: GraphCall;
  now?: () => Date;
}

/** Creates the subscription handling of one connection. */
export function createGraphPush(deps: GraphPushDeps): CalendarPush {
  const now = deps.now ?? (() => new Date());
  const expiry = () => new Date(now().getTime() + MAX_SUBSCRIPTION_MINUTES * 60_000).toISOString();

  async function open(target: PushTarget): Promise<PushChannel> {
    // A 5xx may still have created it; creating again makes a duplicate that only costs
    // ignored notifications (unknown ids), so a refused or failed create is retried.
    const sub: GraphSubscription = await deps.call('Graph subscription create', (c) =>
      c.api('/subscriptions').post({
        changeType: 'created,updated,deleted',
        notificationUrl: target.webhookUrl,
        lifecycleNotificationUrl: target.webhookUrl,
        resource: 'me/events',
        expirationDateTime: expiry(),
        clientState: target.token,
        latestSupportedTlsVersion: 'v1_2',
      }),
    );
    return { id: sub.id, token: target.token, expiresAt: new Date(sub.expirationDateTime) };
  }

  return {
    open,
    async renew(channel, target) {
      try {
        const sub: GraphSubscription = await deps.call('Graph subscription renew', (c) =>
          c.api(`/subscriptions/${encodeURIComponent(channel.id)}`).patch({ expirationDateTime: expiry() }),
        );
        return { id: sub.id, token: channel.token, expiresAt: new Date(sub.expirationDateTime) };
      } catch (err) {
        // Expired or removed: Graph already deleted it, so a new one takes its place.
        if (isNotFound(err)) return open(target);
        throw err;
      }
    },
    async close(channel) {
      if (!channel) return; // Graph has nothing but the subscription to stop
      try {
        await deps.call('Graph subscription delete', (c) =>
          c.api(`/subscriptions/${encodeURIComponent(channel.id)}`).delete(),
        );
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    },
  };
}
