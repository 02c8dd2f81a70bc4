/**
 * The Gmail push watch (docs/providers.md §4.5), kept alive from the inbox poll: `users.watch`
 * on INBOX towards GOOGLE_PUBSUB_TOPIC, called again once a day (Google: "re-call watch at
 * least every 7 days… We recommend calling watch once per day"), `users.stop` on
 * disconnect. Push is only an accelerator, so nothing here may fail a poll: failures are
 * warnings, and polling keeps reading the inbox whether or not a watch is live.
 */
import { errorMessage } from '../../errors.js';
import type { GoogleSession } from './google-session.js';

const DAY_MS = 86_400_000;
/** A watch lasts 7 days; re-watching once less than 6 remain means "daily". */
export const REWATCH_WHEN_LEFT_MS = 6 * DAY_MS;
/** After a failed watch (topic missing, publish not granted), try again this much later. */
export const WATCH_RETRY_MS = 3_600_000;
/** Used when Gmail's answer has no usable `expiration` (documented lifetime: 7 days). */
const WATCH_LIFETIME_MS = 7 * DAY_MS;

/** Whether the watch must be (re)registered now. */
export function watchIsDue(
  state: { expiresAtMs: number | null; retryAtMs: number | null },
  nowMs: number,
): boolean {
  if (state.retryAtMs !== null && nowMs < state.retryAtMs) return false;
  return state.expiresAtMs === null || state.expiresAtMs - nowMs < REWATCH_WHEN_LEFT_MS;
}

export interface GmailWatch {
  /** Registers or renews the watch when due. Never throws. */
  keepAlive(): Promise<void>;
  /** Stops push for the mailbox (`users.stop`); the next keepAlive watches again. Never throws. */
  stop(): Promise<void>;
  /** When the live watch lapses; null when there is none (no topic, never watched, stopped, lapsed). */
  liveUntil(): Date | null;
}

export interface GmailWatchOptions {
  /** `projects/P/topics/T`; without it there is no watch and no Gmail call. */
  topicName: string | undefined;
  warn: (msg: string, fields: Record<string, unknown>) => void;
  /** Injected clock (epoch ms), for tests of the daily renewal. */
  now?: () => number;
}

const reason = (err: unknown) => errorMessage(err);

/**
 * The watch of one connection. Its state lives in memory only: a restarted process watches
 * again on its first poll, which costs one call (100 quota units) and is harmless because
 * a new watch replaces the old one.
 */
export function createGmailWatch(session: GoogleSession, opts: GmailWatchOptions): GmailWatch {
  const now = opts.now ?? Date.now;
  const state = { expiresAtMs: null as number | null, retryAtMs: null as number | null };
  const topicName = opts.topicName;

  const watch = async (topic: string) => {
    const data = await session.call('gmail users.watch', async ({ gmail }) => {
      const res = await gmail.users.watch({
        userId: 'me',
        // INBOX only: drafts and sent mail would push for nothing agendum reads.
        requestBody: { topicName: topic, labelIds: ['INBOX'], labelFilterBehavior: 'include' },
      });
      return res.data;
    });
    // `expiration` is int64 epoch ms serialized as a string [DISC WatchResponse].
    const expiration = Number(data.expiration);
    state.expiresAtMs =
      Number.isFinite(expiration) && expiration > 0 ? expiration : now() + WATCH_LIFETIME_MS;
    state.retryAtMs = null;
  };

  return {
    async keepAlive() {
      if (!topicName || !watchIsDue(state, now())) return;
      try {
        await watch(topicName);
      } catch (err) {
        // Polling still reads the inbox; an hour's pause keeps a misconfigured topic from
        // costing a 100-unit call (and a warning) on every poll.
        state.retryAtMs = now() + WATCH_RETRY_MS;
        opts.warn('gmail watch failed; replies are still read by polling', { error: reason(err) });
      }
    },
    liveUntil() {
      return state.expiresAtMs !== null && state.expiresAtMs > now() ? new Date(state.expiresAtMs) : null;
    },
    async stop() {
      if (!topicName) return;
      state.expiresAtMs = null;
      state.retryAtMs = null;
      try {
        await session.call('gmail users.stop', async ({ gmail }) => {
          await gmail.users.stop({ userId: 'me' });
        });
      } catch (err) {
        opts.warn('gmail watch could not be stopped; it lapses within 7 days', { error: reason(err) });
      }
    },
  };
}
