/**
 * Single use of the signed links in emails (`/a/`, `/c/`) and of the OAuth and OpenID
 * Connect states: the token's `jti` is recorded in UsedToken, whose primary key makes a
 * second record fail. Record it in the same transaction as the action it allows, so an
 * action that fails leaves the link usable and one that succeeds can never run again.
 */
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';

const ALREADY_USED = 'This link was already used. Open the dashboard to see what happened.';

type TokenDb = Pick<Db, 'usedToken'>;

/**
 * Records `jti` as used. A second use throws AppError 'token_used' with `message` (say
 * what happened and what to do next); any other failure is rethrown as it is.
 */
export async function consumeActionToken(tx: TokenDb, jti: string, message = ALREADY_USED): Promise<void> {
  try {
    await tx.usedToken.create({ data: { jti } });
  } catch (err) {
    // P2002: the unique constraint on jti, on SQLite and PostgreSQL alike.
    if ((err as { code?: string }).code === 'P2002')
      throw new AppError('token_used', message, { cause: err });
    throw err;
  }
}

/**
 * True when `jti` was used already. For pages that show what a link would do: they refuse
 * early, while the action itself still relies on consumeActionToken.
 */
export async function isTokenUsed(db: TokenDb, jti: string): Promise<boolean> {
  return (await db.usedToken.findUnique({ where: { jti } })) !== null;
}
