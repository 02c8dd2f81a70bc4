import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { decryptSecret, encryptSecret } from '../../../src/security/token-cipher.js';

const key = randomBytes(32);
const tokens = JSON.stringify({ refresh_token: '1//0g-secret-refresh', access_token: 'ya29.secret' });

describe('token cipher', () => {
  it('round-trips and never shows the plaintext', () => {
    const sealed = encryptSecret(key, tokens);
    expect(sealed).not.toContain('secret');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(decryptSecret(key, sealed)).toBe(tokens);
  });

  it('encrypts the same tokens differently each time', () => {
    expect(encryptSecret(key, tokens)).not.toBe(encryptSecret(key, tokens));
  });

  it('refuses another key with an error that says what to do', () => {
    const sealed = encryptSecret(key, tokens);
    let error: unknown;
    try {
      decryptSecret(randomBytes(32), sealed);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('needs_reauth');
    expect((error as AppError).message).toMatch(/AGENDUM_SECRET_KEY/);
  });

  it('detects tampering', () => {
    const parts = encryptSecret(key, tokens).split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => decryptSecret(key, parts.join('.'))).toThrow(/cannot be decrypted/);
    expect(() => decryptSecret(key, 'plain text')).toThrow(/unknown format/);
  });
});
