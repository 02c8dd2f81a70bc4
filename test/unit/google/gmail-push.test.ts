/** The pure parts of Gmail push: reading a Pub/Sub envelope, and when the watch is renewed. */
import { describe, expect, it } from 'vitest';
import { gmailPushAddress } from '../../../src/http/google-webhook.js';
import {
  REWATCH_WHEN_LEFT_MS,
  WATCH_RETRY_MS,
  watchIsDue,
} from '../../../src/providers/google/gmail-watch.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const envelope = (data: string) =>
  Buffer.from(JSON.stringify({ message: { data, messageId: '1', publishTime: '2026-12-07T15:00:00Z' } }));
const encode = (payload: unknown, encoding: 'base64' | 'base64url' = 'base64') =>
  Buffer.from(JSON.stringify(payload)).toString(encoding);

describe('gmailPushAddress', () => {
  it('reads the mailbox address of a push, lower-cased, in either base64 alphabet', () => {
    const payload = { emailAddress: 'Dana@Northwind.example', historyId: '9876543210' };
    expect(gmailPushAddress(envelope(encode(payload)))).toBe('dana@northwind.example');
    // "?>" encodes to characters that differ between the two alphabets.
    const tricky = { emailAddress: 'dana@northwind.example', historyId: '?>?>?>' };
    expect(encode(tricky, 'base64url')).not.toBe(encode(tricky));
    expect(gmailPushAddress(envelope(encode(tricky, 'base64url')))).toBe('dana@northwind.example');
  });

  it('returns null for anything that is not a Gmail notification', () => {
    const bodies = [
      Buffer.from('not json'),
      Buffer.from('{"message":{}}'),
      Buffer.from('[1,2]'),
      envelope('!!!not base64!!!'),
      envelope(encode({ historyId: 1 })),
      envelope(encode({ emailAddress: 'not-an-address' })),
      envelope(Buffer.from('{"emailAddress":').toString('base64')),
      Buffer.alloc(0),
    ];
    expect(bodies.map((b) => gmailPushAddress(b))).toEqual(bodies.map(() => null));
  });
});

describe('watchIsDue', () => {
  const now = Date.parse('2026-12-07T15:00:00Z');
  it('watches at first, then again once a day of the 7-day watch has passed', () => {
    expect(watchIsDue({ expiresAtMs: null, retryAtMs: null }, now)).toBe(true);
    const expiresAtMs = now + 7 * DAY;
    expect(watchIsDue({ expiresAtMs, retryAtMs: null }, now + 23 * HOUR)).toBe(false);
    expect(watchIsDue({ expiresAtMs, retryAtMs: null }, now + DAY + 1)).toBe(true);
    expect(REWATCH_WHEN_LEFT_MS).toBe(6 * DAY);
  });

  it('waits an hour after a failed watch', () => {
    const retryAtMs = now + WATCH_RETRY_MS;
    expect(watchIsDue({ expiresAtMs: null, retryAtMs }, now + WATCH_RETRY_MS - 1)).toBe(false);
    expect(watchIsDue({ expiresAtMs: null, retryAtMs }, retryAtMs)).toBe(true);
  });
});
