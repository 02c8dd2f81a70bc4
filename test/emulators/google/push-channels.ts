/**
 * Calendar push channels as the push guide describes them (docs/providers.md §3.3): `events.watch`
 * stores a channel (id ≤ 64 chars, token ≤ 256, ttl default 604800 s) and answers an
 * `api#channel`; right after, a `sync` notification (message number 1) is POSTed to the
 * address, then an `exists` one for every change, with increasing but non-sequential
 * message numbers, no body, and the documented X-Goog-* headers. Expired or stopped
 * channels fall silent. `channels.stop` answers 204, or 404 for an unknown channel.
 */
import { randomBytes } from 'node:crypto';
import { InFlight } from '../http-kit.js';
import { type EmuRequest, type EmuResponse, GoogleHttpError, jsonBody, required } from './google-http.js';

export interface EmuChannel {
  id: string;
  resourceId: string;
  owner: string;
  address: string;
  token?: string;
  expiration: number;
  stopped: boolean;
  messageNumber: number;
}

/** One delivery attempt, as the tests see it. */
export interface Delivery {
  channelId: string;
  state: 'sync' | 'exists' | 'not_exists';
  messageNumber: number;
  /** HTTP status our service answered, or 0 when the request failed. */
  status: number;
}

const DEFAULT_TTL_SECONDS = 604_800;

/** The channel registry and notifier of one emulator. */
export class PushChannels {
  readonly channels = new Map<string, EmuChannel>();
  readonly deliveries: Delivery[] = [];
  private readonly inFlight = new InFlight();

  constructor(
    private readonly resourceUri: (owner: string) => string,
    private readonly now: () => number,
  ) {}

  /** POST /calendar/v3/calendars/:cal/events/watch. */
  watch(req: EmuRequest, owner: string): EmuResponse {
    const body = jsonBody<{
      id?: string;
      type?: string;
      address?: string;
      token?: string;
      params?: { ttl?: string };
    }>(req);
    const id = required(body.id, 'id');
    const address = required(body.address, 'address');
    if (id.length > 64)
      throw new GoogleHttpError(400, 'Channel id must be at most 64 characters.', 'invalid');
    if (body.token && body.token.length > 256)
      throw new GoogleHttpError(400, 'Channel token too long.', 'invalid');
    if (body.type !== 'web_hook' && body.type !== 'webhook') {
      throw new GoogleHttpError(400, `Unsupported channel type: ${body.type}`, 'invalid');
    }
    if (this.channels.has(id))
      throw new GoogleHttpError(400, `Channel id ${id} not unique`, 'channelIdNotUnique');
    const ttl = Number(body.params?.ttl ?? DEFAULT_TTL_SECONDS);
    const channel: EmuChannel = {
      id,
      resourceId: randomBytes(9).toString('base64url'),
      owner,
      address,
      ...(body.token ? { token: body.token } : {}),
      expiration: this.now() + ttl * 1000,
      stopped: false,
      messageNumber: 0,
    };
    this.channels.set(id, channel);
    // The sync message follows the watch response (it "may arrive before" it in production;
    // the short delay keeps tests deterministic).
    void this.inFlight.track(
      new Promise((resolve) => setTimeout(resolve, 20)).then(() => this.deliver(channel, 'sync')),
    );
    return {
      status: 200,
      body: {
        kind: 'api#channel',
        id,
        resourceId: channel.resourceId,
        resourceUri: this.resourceUri(owner),
        ...(body.token ? { token: body.token } : {}),
        expiration: String(channel.expiration),
      },
    };
  }

  /** POST /calendar/v3/channels/stop. */
  stop(req: EmuRequest, owner: string): EmuResponse {
    const body = jsonBody<{ id?: string; resourceId?: string }>(req);
    const channel = this.channels.get(required(body.id, 'id'));
    if (!channel || channel.owner !== owner || channel.resourceId !== body.resourceId || channel.stopped) {
      throw new GoogleHttpError(404, `Channel '${body.id}' not found for project`, 'notFound');
    }
    channel.stopped = true;
    return { status: 204 };
  }

  /** Live channels of a user. */
  active(owner: string): EmuChannel[] {
    return [...this.channels.values()].filter(
      (c) => c.owner === owner && !c.stopped && c.expiration > this.now(),
    );
  }

  /** Sends `exists` on every live channel of `owner` (called on each calendar change). */
  notifyChange(owner: string): void {
    for (const channel of this.active(owner)) void this.deliver(channel, 'exists');
  }

  /** Sends `count` `exists` notifications at once on every live channel of `owner`. */
  async burst(owner: string, count: number): Promise<void> {
    const sends = this.active(owner).flatMap((c) =>
      Array.from({ length: count }, () => this.deliver(c, 'exists')),
    );
    await Promise.all(sends);
  }

  /** Waits for notifications still in flight. */
  settle(): Promise<void> {
    return this.inFlight.settle();
  }

  private deliver(channel: EmuChannel, state: Delivery['state']): Promise<void> {
    channel.messageNumber = state === 'sync' ? 1 : channel.messageNumber + 1 + Math.floor(Math.random() * 3);
    const messageNumber = channel.messageNumber;
    const headers: Record<string, string> = {
      'content-type': 'application/json; utf-8',
      'user-agent': 'APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)',
      'x-goog-channel-id': channel.id,
      'x-goog-channel-expiration': new Date(channel.expiration).toUTCString(),
      'x-goog-resource-id': channel.resourceId,
      'x-goog-resource-uri': this.resourceUri(channel.owner),
      'x-goog-resource-state': state,
      'x-goog-message-number': String(messageNumber),
    };
    if (channel.token) headers['x-goog-channel-token'] = channel.token;
    return this.inFlight.track(
      fetch(channel.address, { method: 'POST', headers, body: '' })
        .then(async (res) => {
          await res.arrayBuffer().catch(() => undefined);
          this.deliveries.push({ channelId: channel.id, state, messageNumber, status: res.status });
        })
        .catch(() => {
          this.deliveries.push({ channelId: channel.id, state, messageNumber, status: 0 });
        }),
    );
  }
}
