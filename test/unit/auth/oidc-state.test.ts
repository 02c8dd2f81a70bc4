/** The sign-in attempt cookie: only our own, unexpired, for this provider and this state. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readAttempt, startAttempt } from '../../../src/auth/oidc-state.js';
import { signActionToken } from '../../../src/security/action-token.js';

const key = randomBytes(32);
const now = new Date('2026-12-07T15:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('sign-in attempt cookie', () => {
  const { attempt, cookie } = startAttempt(key, 'google', '/meetings', now);
  const expected = { provider: 'google', state: attempt.state };

  it('gives back the attempt it was made for, with a fresh state and nonce', () => {
    expect(readAttempt(key, cookie, expected, later(9 * 60_000))).toEqual(attempt);
    expect(attempt.next).toBe('/meetings');
    expect(startAttempt(key, 'google', '/', now).attempt.nonce).not.toBe(attempt.nonce);
  });

  it('refuses it expired, for another provider or state, tampered, or signed with another key', () => {
    const refused =
      (c: string | undefined, e = expected, at = now) =>
      () =>
        readAttempt(key, c, e, at);
    expect(refused(cookie, expected, later(10 * 60_000))).toThrow(/took too long/);
    expect(refused(cookie, { provider: 'microsoft', state: attempt.state })).toThrow(
      /not started in this browser/,
    );
    expect(refused(cookie, { provider: 'google', state: `${attempt.state}x` })).toThrow(/not started/);
    expect(refused(undefined)).toThrow(/not started/);
    const [body, sig] = cookie.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...attempt, next: '/evil' })).toString('base64url');
    expect(refused(`${forged}.${sig}`)).toThrow(/not started/);
    expect(refused(`${body}.${sig}.x`)).toThrow(/not started/);
    const other = startAttempt(randomBytes(32), 'google', '/', now);
    expect(refused(other.cookie, { provider: 'google', state: other.attempt.state })).toThrow(/not started/);
  });

  it('never takes an action link signed with the same key for an attempt', () => {
    const link = signActionToken(key, 'oauth', 'google', later(60_000));
    expect(() => readAttempt(key, link, expected, now)).toThrow(/not started/);
  });
});
