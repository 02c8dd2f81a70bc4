/**
 * Gmail push through Cloud Pub/Sub (docs/providers.md §4.5), both halves: Gmail's `users.watch`
 * / `users.stop` (topic format checked, 7-day expiration, 403 when Gmail may not publish to
 * the topic), and a Pub/Sub push subscription that POSTs the documented envelope
 * `{"message":{"data":base64(JSON {emailAddress, historyId}),"messageId","publishTime"},"subscription"}`
 * to an endpoint.
 *
 * Automatic pushes (chosen behaviour): once a test registers an endpoint for the watch's
 * topic with `subscribe`, the watch call itself and every new message carrying a watched
 * label push to it, at most one per second per mailbox, the excess dropped as Gmail
 * documents. `push` delivers one envelope on demand, whatever the rate, for tests that
 * need a push at an exact moment.
 */
import { InFlight } from '../http-kit.js';
import { type EmuRequest, type EmuResponse, GoogleHttpError, jsonBody, required } from './google-http.js';

const WATCH_LIFETIME_MS = 7 * 86_400_000;
const TOPIC = /^projects\/[^/]+\/topics\/[^/]+$/;

/** A live watch of one mailbox. */
export interface EmuWatch {
  owner: string;
  topicName: string;
  labelIds: string[];
  labelFilterBehavior: string;
  expiration: number;
}

/** One push delivered to an endpoint, as the tests see it. */
export interface PubSubDelivery {
  owner: string;
  endpoint: string;
  automatic: boolean;
  /** HTTP status the endpoint answered, or 0 when the request failed. */
  status: number;
}

/** Watches, push subscriptions and deliveries of one emulator. */
export class GmailPubSub {
  readonly watches = new Map<string, EmuWatch>();
  /** Every accepted users.watch call, in order. */
  readonly watchCalls: EmuWatch[] = [];
  readonly deliveries: PubSubDelivery[] = [];
  /** Automatic pushes dropped by the 1/s per-mailbox limit. */
  dropped = 0;
  /** Knob: the topic has not granted gmail-api-push@system.gserviceaccount.com publish. */
  denyPublish = false;
  private readonly subscriptions = new Map<string, string>();
  private readonly lastPush = new Map<string, number>();
  private readonly inFlight = new InFlight();
  private messageSeq = 2_070_443_601_311_540;

  constructor(
    private readonly historyIdOf: (owner: string) => number,
    private readonly now: () => number,
  ) {}

  private checkUser(req: EmuRequest, owner: string): void {
    const userId = req.params[0];
    if (userId !== 'me' && userId !== owner) throw new GoogleHttpError(403, 'Delegation denied', 'forbidden');
  }

  /** POST /gmail/v1/users/:u/watch. */
  watch(req: EmuRequest, owner: string): EmuResponse {
    this.checkUser(req, owner);
    const body = jsonBody<{ topicName?: string; labelIds?: string[]; labelFilterBehavior?: string }>(req);
    const topicName = required(body.topicName, 'topicName');
    if (!TOPIC.test(topicName)) {
      throw new GoogleHttpError(
        400,
        'Invalid topicName does not match projects/SOME_PROJECT/topics/*',
        'invalidArgument',
      );
    }
    const behavior = (body.labelFilterBehavior ?? 'include').toLowerCase();
    if (behavior !== 'include' && behavior !== 'exclude') {
      throw new GoogleHttpError(400, `Invalid value for labelFilterBehavior: ${behavior}`, 'invalidArgument');
    }
    if (this.denyPublish)
      throw new GoogleHttpError(403, 'User not authorized to perform this action.', 'forbidden');
    const watch: EmuWatch = {
      owner,
      topicName,
      labelIds: body.labelIds ?? [],
      labelFilterBehavior: behavior,
      expiration: this.now() + WATCH_LIFETIME_MS,
    };
    this.watches.set(owner, watch);
    this.watchCalls.push(watch);
    // "should cause a notification to immediately be sent".
    this.autoPush(owner);
    return {
      status: 200,
      body: { historyId: String(this.historyIdOf(owner)), expiration: String(watch.expiration) },
    };
  }

  /** POST /gmail/v1/users/:u/stop: empty answer, no more pushes for the mailbox. */
  stop(req: EmuRequest, owner: string): EmuResponse {
    this.checkUser(req, owner);
    this.watches.delete(owner);
    return { status: 204 };
  }

  /** Control: a Pub/Sub push subscription on `topicName` delivering to `endpoint`. */
  subscribe(topicName: string, endpoint: string): void {
    this.subscriptions.set(topicName, endpoint);
  }

  /** Control: delivers one push for `owner` to `endpoint` now; resolves to the status answered. */
  async push(owner: string, endpoint: string): Promise<number> {
    return this.deliver(owner, endpoint, false);
  }

  /** Called by the mailbox on every new or relabelled message. */
  mailboxChanged(owner: string, labels: string[]): void {
    const watch = this.watches.get(owner);
    if (!watch) return;
    const hit = watch.labelIds.length === 0 || watch.labelIds.some((l) => labels.includes(l));
    if (hit === (watch.labelFilterBehavior === 'include')) this.autoPush(owner);
  }

  /** Waits for pushes still in flight. */
  settle(): Promise<void> {
    return this.inFlight.settle();
  }

  private autoPush(owner: string): void {
    const watch = this.watches.get(owner);
    const endpoint = watch && this.subscriptions.get(watch.topicName);
    if (!watch || !endpoint || watch.expiration <= this.now()) return;
    const last = this.lastPush.get(owner);
    if (last !== undefined && this.now() - last < 1000) {
      this.dropped++; // "Any user notifications above that rate will be dropped."
      return;
    }
    this.lastPush.set(owner, this.now());
    void this.deliver(owner, endpoint, true);
  }

  private envelope(owner: string): string {
    const data = JSON.stringify({ emailAddress: owner, historyId: String(this.historyIdOf(owner)) });
    const messageId = String(this.messageSeq++);
    const publishTime = new Date(this.now()).toISOString();
    const topic = this.watches.get(owner)?.topicName ?? 'projects/emulator/topics/gmail';
    return JSON.stringify({
      message: {
        data: Buffer.from(data).toString('base64'),
        messageId,
        message_id: messageId,
        publishTime,
        publish_time: publishTime,
      },
      subscription: topic.replace('/topics/', '/subscriptions/').concat('-push'),
    });
  }

  private deliver(owner: string, endpoint: string, automatic: boolean): Promise<number> {
    let status = 0;
    const p = fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: this.envelope(owner),
    })
      .then(async (res) => {
        await res.arrayBuffer().catch(() => undefined);
        status = res.status;
      })
      .catch(() => undefined)
      .finally(() => {
        this.deliveries.push({ owner, endpoint, automatic, status });
      });
    return this.inFlight.track(p).then(() => status);
  }
}
