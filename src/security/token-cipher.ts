/**
 * Encryption at rest for OAuth tokens: AES-256-GCM under a key derived (HKDF) from the
 * service secret, so the link-signing key and the token key are never the same bytes.
 * Format: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';

const VERSION = 'v1';

function tokenKey(secret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'agendum oauth tokens v1', 32));
}

/** Encrypts a UTF-8 string; the same input encrypts differently every time (random IV). */
export function encryptSecret(secret: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', tokenKey(secret), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/**
 * Decrypts what `encryptSecret` wrote. A wrong key (AGENDUM_SECRET_KEY changed, secret.key
 * replaced) or tampered text fails with an error that says what to do, never with garbage.
 */
export function decryptSecret(secret: Buffer, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) {
    throw new AppError('needs_reauth', 'Stored tokens are in an unknown format; reconnect the provider.');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', tokenKey(secret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch (err) {
    throw new AppError(
      'needs_reauth',
      'Stored tokens cannot be decrypted with the current secret key (was AGENDUM_SECRET_KEY or data/secret.key changed?). Restore the old key, or reconnect the provider.',
      { cause: err },
    );
  }
}
