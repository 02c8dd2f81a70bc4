/**
 * Graph change-notification subscriptions (docs/providers.md §8): creation and renewal (PATCH,
 * which also reauthorizes) validate the notification and lifecycle URLs first (POST
 * `?validationToken=…`, text/plain echo within 10 s, else 400, §11 item 15);
 * notifications carry the clientState and are POSTed with a 3 s timeout and retried;
 * expiry deletes a subscription silently; lifecycle events are fired on demand.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { InFlight, wait } from '../http-kit.js';
import { type EmuResponse, graphError, json } from './graph-http.js';
import type { EmuUser } from './identity.js';

/** The documented maximum lifetime for Outlook event subscriptions (§8.6). */
export const MAX_MINUTES = 4230;

export interface EmuSubscription {
  id: string;
  userId: string;
  resource: string;
  changeType: string;
  notificationUrl: string;
  lifecycleNotificationUrl?: string;
  clientState?: string;
  expirationDateTime: Date;
}

export interface Delivery {
  subscriptionId: string;
  kind: string;
  status: number | 'timeout' | 'error';
}

/** One validation handshake the emulator performed. */
export interface Validation {
  purpose: 'create' | 'renew';
  url: string;
  /** Why it failed (the 400's message), or null when the endpoint echoed the token. */
  problem: string | null;
}

export type LifecycleEvent = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

/** All subscriptions of the emulator, with their deliveries. */
export class Subscriptions {
  readonly byId = new Map<string, EmuSubscription>();
  readonly deliveries: Delivery[] = [];
  readonly validations: Validation[] = [];
  private readonly inFlight = new InFlight();
  validationTimeoutMs = 10_000;
  notificationTimeoutMs = 3_000;
  /** Delivery attempts per notification (Graph retries failed ones). */
  attempts = 3;

  constructor(private readonly now: () => number) {}

  /** Live subscriptions; expired ones are deleted first, as Graph does. */
  live(): EmuSubscription[] {
    for (const [id, s] of this.byId) if (s.expirationDateTime.getTime() <= this.now()) this.byId.delete(id);
    return [...this.byId.values()];
  }

  private checkExpiry(raw: unknown): Date | EmuResponse {
    const at = new Date(String(raw));
    const max = this.now() + MAX_MINUTES * 60_000;
    if (Number.isNaN(at.getTime()) || at.getTime() <= this.now()) {
      return graphError(400, 'InvalidRequest', 'Subscription expiration can only be in the future.');
    }
    if (at.getTime() > max) {
      return graphError(
        400,
        'InvalidRequest',
        `Subscription expiration can only be ${MAX_MINUTES} minutes in the future.`,
      );
    }
    return at;
  }

  async create(user: EmuUser, body: Record<string, unknown>): Promise<EmuResponse> {
    const resource = String(body.resource ?? '').replace(/^\//, '');
    if (!['me/events', `users/${user.id}/events`].includes(resource)) {
      return graphError(400, 'ExtensionError', `Resource '${resource}' is not supported by this emulator.`);
    }
    if (typeof body.notificationUrl !== 'string' || typeof body.changeType !== 'string') {
      return graphError(400, 'InvalidRequest', 'notificationUrl and changeType are required.');
    }
    if (typeof body.clientState === 'string' && body.clientState.length > 128) {
      return graphError(400, 'InvalidRequest', 'clientState must be at most 128 characters.');
    }
    const expiry = this.checkExpiry(body.expirationDateTime);
    if (!(expiry instanceof Date)) return expiry;
    const refused = await this.validateAll('create', [body.notificationUrl, body.lifecycleNotificationUrl]);
    if (refused) return refused;
    const sub: EmuSubscription = {
      id: randomUUID(),
      userId: user.id,
      resource,
      changeType: body.changeType,
      notificationUrl: body.notificationUrl,
      ...(typeof body.lifecycleNotificationUrl === 'string'
        ? { lifecycleNotificationUrl: body.lifecycleNotificationUrl }
        : {}),
      ...(typeof body.clientState === 'string' ? { clientState: body.clientState } : {}),
      expirationDateTime: expiry,
    };
    this.byId.set(sub.id, sub);
    return json(201, this.toJson(sub));
  }

  /**
   * PATCH: renews and reauthorizes. Graph validates the URLs again first (reported in
   * msgraph-sdk-dotnet#2805), so an endpoint that stopped answering loses its subscription
   * at the old expiry.
   */
  async renew(id: string, body: Record<string, unknown>): Promise<EmuResponse> {
    const sub = this.live().find((s) => s.id === id);
    if (!sub) return graphError(404, 'ResourceNotFound', `The object was not found: subscription ${id}.`);
    const expiry = this.checkExpiry(body.expirationDateTime);
    if (!(expiry instanceof Date)) return expiry;
    const refused = await this.validateAll('renew', [sub.notificationUrl, sub.lifecycleNotificationUrl]);
    if (refused) return refused;
    sub.expirationDateTime = expiry;
    return json(200, this.toJson(sub));
  }

  remove(id: string): EmuResponse {
    const found = this.live().some((s) => s.id === id);
    this.byId.delete(id);
    return found
      ? { status: 204 }
      : graphError(404, 'ResourceNotFound', `The object was not found: subscription ${id}.`);
  }

  private toJson(s: EmuSubscription): Record<string, unknown> {
    return {
      id: s.id,
      resource: s.resource,
      changeType: s.changeType,
      notificationUrl: s.notificationUrl,
      lifecycleNotificationUrl: s.lifecycleNotificationUrl ?? null,
      clientState: s.clientState ?? null,
      expirationDateTime: s.expirationDateTime.toISOString(),
      latestSupportedTlsVersion: 'v1_2',
    };
  }

  /** Validates each distinct URL in turn; returns Graph's 400 for the first that fails. */
  private async validateAll(purpose: Validation['purpose'], urls: unknown[]): Promise<EmuResponse | null> {
    for (const url of new Set(urls.filter((u): u is string => typeof u === 'string'))) {
      const problem = await this.validate(url);
      this.validations.push({ purpose, url, problem });
      if (problem) return graphError(400, 'InvalidRequest', problem);
    }
    return null;
  }

  /** The validation handshake (§8.2); returns the failure message, or null. */
  private async validate(url: string): Promise<string | null> {
    const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
    const target = `${url}${url.includes('?') ? '&' : '?'}validationToken=${encodeURIComponent(token)}`;
    try {
      const res = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        signal: AbortSignal.timeout(this.validationTimeoutMs),
      });
      const text = await res.text();
      const type = res.headers.get('content-type') ?? '';
      if (res.status !== 200)
        return `Subscription validation request failed. HTTP status code is '${res.status}'.`;
      if (!type.startsWith('text/plain') || text !== token) {
        return 'Subscription validation request failed. Must respond with 200 OK to this request.';
      }
      return null;
    } catch {
      return 'Subscription validation request timed out.';
    }
  }

  /** POSTs one notification batch, retrying failures; returns when settled. */
  post(sub: EmuSubscription, url: string, kind: string, item: Record<string, unknown>): Promise<void> {
    const run = (async () => {
      for (let attempt = 1; attempt <= this.attempts; attempt++) {
        const status = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ value: [item] }),
          signal: AbortSignal.timeout(this.notificationTimeoutMs),
        }).then(
          async (r) => {
            await r.arrayBuffer();
            return r.status;
          },
          (e: Error) => (e.name === 'TimeoutError' ? ('timeout' as const) : ('error' as const)),
        );
        this.deliveries.push({ subscriptionId: sub.id, kind, status });
        if (typeof status === 'number' && status < 300) return;
        await wait(100 * attempt);
      }
    })();
    return this.inFlight.track(run);
  }

  /** Change notifications for an event of `userId`. */
  notifyChange(userId: string, eventId: string, changeType: string, clientState?: string): void {
    for (const sub of this.live()) {
      if (sub.userId !== userId || !sub.changeType.split(',').includes(changeType)) continue;
      void this.post(sub, sub.notificationUrl, changeType, {
        id: randomBytes(8).toString('hex'),
        subscriptionId: sub.id,
        subscriptionExpirationDateTime: sub.expirationDateTime.toISOString(),
        clientState: clientState ?? sub.clientState ?? null,
        changeType,
        resource: `Users/${userId}/Events/${eventId}`,
        tenantId: 'emu-tenant',
        resourceData: {
          '@odata.type': '#Microsoft.Graph.Event',
          '@odata.id': `Users/${userId}/Events/${eventId}`,
          id: eventId,
        },
      });
    }
  }

  /** A lifecycle notification (§8.4); `subscriptionRemoved` deletes the subscription first. */
  lifecycle(id: string, event: LifecycleEvent): Promise<void> {
    const sub = this.byId.get(id);
    if (!sub) throw new Error(`emulator: no subscription ${id}`);
    if (event === 'subscriptionRemoved') this.byId.delete(id);
    return this.post(sub, sub.lifecycleNotificationUrl ?? sub.notificationUrl, event, {
      subscriptionId: sub.id,
      subscriptionExpirationDateTime: sub.expirationDateTime.toISOString(),
      tenantId: 'emu-tenant',
      clientState: sub.clientState ?? null,
      lifecycleEvent: event,
    });
  }

  /** Resolves once every notification in flight has settled. */
  idle(): Promise<void> {
    return this.inFlight.settle();
  }
}
