/** Encrypted per-connection token storage (Connection.encryptedTokens), behind TokenStore. */
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { decryptSecret, encryptSecret } from '../security/token-cipher.js';
import type { StoredTokens, TokenStore } from './oauth-types.js';

/** Seals a token set for storage. */
export function sealTokens(secretKey: Buffer, tokens: StoredTokens): string {
  return encryptSecret(secretKey, JSON.stringify(tokens));
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
            details: { connectionId },
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
