/** Encrypted per-connection token storage (Connection.encryptedTokens), behind TokenStore. */
import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { decryptSecret, encryptSecret } from '../security/token-cipher.js';
import type { StoredTokens, TokenStore } from './oauth-types.js';

/** Seals a token set for storage. */
export function sealTokens(secretKey: Buffer, tokens: StoredTokens): string {
  return encryptSecret(secretKey, JSON.stringify(tokens));
}

/** The fingerprint of "no tokens stored" (disconnected). */
export const NO_TOKENS_FINGERPRINT = 'none';

/** JSON with object keys sorted, so equal token sets give equal text whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Identifies a token set without keeping a second copy of its secrets: a provider puts it
 * on a `needs_reauth` (ErrorDetails.tokensFingerprint), and `markNeedsReauth` compares it
 * with what is stored. Both sides hash the decrypted JSON, so the ciphertext's random IV
 * does not matter.
 */
export function fingerprintTokens(tokens: StoredTokens): string {
  return createHash('sha256').update(canonicalJson(tokens)).digest('base64url');
}

/**
 * The fingerprint of a stored `encryptedTokens` value; null when it cannot be decrypted
 * (such tokens need a reconnect whoever judged them).
 */
export function fingerprintSealed(secretKey: Buffer, sealed: string | null): string | null {
  if (sealed === null) return NO_TOKENS_FINGERPRINT;
  try {
    return fingerprintTokens(JSON.parse(decryptSecret(secretKey, sealed)) as StoredTokens);
  } catch {
    return null;
  }
}

/** The token store of one connection. */
export function createTokenStore(
  db: Db,
  secretKey: Buffer,
  connectionId: string,
  provider: string,
): TokenStore {
  return {
    async load() {
      const row = await db.connection.findUnique({
        where: { id: connectionId },
        select: { encryptedTokens: true },
      });
      if (!row?.encryptedTokens) {
        throw new AppError(
          'needs_reauth',
          `No ${provider} tokens are stored for this connection; reconnect at /oauth/${provider}/start.`,
          {
            // Judged on "none": a connect landing before the mark wins over this error.
            details: { connectionId, tokensFingerprint: NO_TOKENS_FINGERPRINT },
          },
        );
      }
      return JSON.parse(decryptSecret(secretKey, row.encryptedTokens)) as StoredTokens;
    },
    async save(tokens) {
      await db.connection.update({
        where: { id: connectionId },
        data: { encryptedTokens: sealTokens(secretKey, tokens) },
      });
    },
  };
}
