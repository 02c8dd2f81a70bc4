import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { signActionToken, verifyActionToken } from '../../../src/security/action-token.js';

const key = randomBytes(32);
const now = new Date('2026-12-01T12:00:00Z');
const later = new Date('2026-12-02T12:00:00Z');

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : 'other';
  }
  return undefined;
}

describe('action tokens', () => {
  it('round-trips purpose, ref and a unique id', () => {
    const a = signActionToken(key, 'approve', 'msg_1', later);
    const b = signActionToken(key, 'approve', 'msg_1', later);
    const pa = verifyActionToken(key, a, 'approve', now);
    expect(pa.ref).toBe('msg_1');
    expect(pa.jti).not.toBe(verifyActionToken(key, b, 'approve', now).jti);
  });

  it('refuses a tampered payload or signature', () => {
    const t = signActionToken(key, 'approve', 'msg_1', later);
    const [body, sig] = t.split('.') as [string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), ref: 'msg_2' }),
    );
    expect(
      codeOf(() => verifyActionToken(key, `${forged.toString('base64url')}.${sig}`, 'approve', now)),
    ).toBe('token_invalid');
    expect(codeOf(() => verifyActionToken(key, `${body}.${sig.slice(0, -2)}AA`, 'approve', now))).toBe(
      'token_invalid',
    );
    expect(codeOf(() => verifyActionToken(randomBytes(32), t, 'approve', now))).toBe('token_invalid');
    expect(codeOf(() => verifyActionToken(key, 'garbage', 'approve', now))).toBe('token_invalid');
  });

  it('never lets a token for one purpose act for another', () => {
    const t = signActionToken(key, 'confirm', 'meeting_1', later);
    expect(codeOf(() => verifyActionToken(key, t, 'approve', now))).toBe('token_invalid');
  });

  it('expires at the given time', () => {
    const t = signActionToken(key, 'approve', 'msg_1', later);
    expect(codeOf(() => verifyActionToken(key, t, 'approve', later))).toBe('token_expired');
    expect(
      codeOf(() => verifyActionToken(key, t, 'approve', new Date(later.getTime() - 1000))),
    ).toBeUndefined();
  });
});
