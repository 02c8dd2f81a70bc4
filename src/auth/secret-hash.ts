/**
 * Random bearer secrets (session cookies, sign-in links, API keys) and how they are kept:
 * only a SHA-256 of each is stored, so a copy of the database lets nobody sign in.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new random secret, URL-safe, with `bytes` of entropy. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** The stored form of a secret. The secrets are random, so a plain hash is enough (no salt). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
