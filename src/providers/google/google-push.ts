/**
 * Calendar push channels (docs/providers.md §3.3): `events.watch` on the primary calendar with a
 * fresh channel id and the caller's token, `channels.stop` with id + resourceId. Google
 * cannot extend a channel, so renewing opens a new one first and only then stops the old
 * one (an overlap is harmless: notifications only make the next poll come sooner).
 * Closing (disconnect) also stops the Gmail Pub/Sub watch, when there is one; renewing
 * must not, since the calendar channel and the mailbox watch live independently.
 */

import { randomUUID } from 'node:crypto';
import { errorMessage } from '../../errors.js';
import type { CalendarPush, PushChannel, PushTarget } from '../types.js';
import type { GmailWatch } from './gmail-watch.js';
import { googleStatus } from './google-errors.js';
import type { GoogleSession } from './google-session.js';

/** Google's default and (as far as documented) maximum channel lifetime: 7 days. */
const CHANNEL_TTL_SECONDS = 604_800;

/** Calendar push for one Google connection. */
export function createGooglePush(
  session: GoogleSession,
  opts: {
    ttlSeconds?: number;
    log?: (msg: string, fields: Record<string, unknown>) => void;
    /** Stopped with the channel on close (`closeChannel` on disconnect). */
    gmailWatch?: GmailWatch;
  } = {},
): CalendarPush {
  const open = async (target: PushTarget): Promise<PushChannel> => {
    const id = randomUUID();
    const data = await session.call('calendar events.watch', async ({ calendar }) => {
      const res = await calendar.events.watch({
        calendarId: 'primary',
        requestBody: {
          id,
          type: 'web_hook',
          address: target.webhookUrl,
          token: target.token,
          params: { ttl: String(opts.ttlSeconds ?? CHANNEL_TTL_SECONDS) },
        },
      });
      return res.data;
    });
    // `expiration` is int64 ms, serialized as a string [DISC Channel.expiration].
    const expiresMs = Number(data.expiration ?? Date.now() + CHANNEL_TTL_SECONDS * 1000);
    return {
      id: data.id ?? id,
      ...(data.resourceId ? { resourceId: data.resourceId } : {}),
      token: target.token,
      expiresAt: new Date(expiresMs),
    };
  };

  const stopChannel = async (channel: PushChannel): Promise<void> => {
    if (!channel.resourceId) return; // never opened with Google: nothing to stop
    await session.call('calendar channels.stop', async ({ calendar }) => {
      try {
        await calendar.channels.stop({ requestBody: { id: channel.id, resourceId: channel.resourceId } });
      } catch (err) {
        // Already stopped or expired: the goal is reached.
        if (googleStatus(err) !== 404) throw err;
      }
    });
  };

  return {
    open,
    async renew(channel, target) {
      const next = await open(target);
      try {
        await stopChannel(channel);
      } catch (err) {
        // The old channel expires on its own; its notifications are rejected by token.
        opts.log?.('old calendar channel could not be stopped', {
          channel: channel.id,
          error: errorMessage(err),
        });
      }
      return next;
    },
    async close(channel) {
      try {
        if (channel) await stopChannel(channel);
      } finally {
        await opts.gmailWatch?.stop(); // never throws: a watch left running lapses in 7 days
      }
    },
  };
}
