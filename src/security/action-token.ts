/**
 * Signed, expiring action tokens for the links in emails (`/a/:token` for reps,
 * `/c/:token` for prospects). A token is `base64url(payload).base64url(hmac)`; the payload
 * names what it acts on and when it expires. Single use is enforced by the caller, which
 * records the `jti` when the action happens (messages/action-tokens.ts).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.js';

export type TokenPurpose = 'approve' | 'confirm' | 'recap' | 'act' | 'oauth';

/**
 * The purposes of the rep's `/a/` links: approve a draft, record an outcome, act on a
 * prospect's answer. Each `/a/` router takes its own and passes the others on.
 */
export const REP_LINK_PURPOSES: readonly TokenPurpose[] = ['approve', 'recap', 'act'];

export interface ActionTokenPayload {
  /** What the token is for; a token for one purpose never works for another. */
  p: TokenPurpose;
  /** The id of the thing it acts on (a Message id for approvals). */
  ref: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** Unique id, recorded when used so the link acts once. */
  jti: string;
}

function mac(key: Buffer, body: string): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/** Creates a token for `purpose` on `ref`, valid until `expiresAt`. */
export function signActionToken(key: Buffer, purpose: TokenPurpose, ref: string, expiresAt: Date): string {
  const payload: ActionTokenPayload = {
    p: purpose,
    ref,
    exp: Math.floor(expiresAt.getTime() / 1000),
    jti: randomBytes(12).toString('base64url'),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(key, body).toString('base64url')}`;
}

/**
 * Checks signature, purpose (one, or any of a list) and expiry. Throws AppError 'token_invalid' (tampered, wrong
 * purpose, garbage) or 'token_expired'.
 */
export function verifyActionToken(
  key: Buffer,
  token: string,
  purpose: TokenPurpose | readonly TokenPurpose[],
  now: Date,
): ActionTokenPayload {
  const allowed: readonly TokenPurpose[] = typeof purpose === 'string' ? [purpose] : purpose;
  const invalid = () =>
    new AppError(
      'token_invalid',
      'This link is not valid. It may have been cut off or altered: open it again from the email.',
    );
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined || token.length > 1024) throw invalid();
  const expected = mac(key, body);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let payload: ActionTokenPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ActionTokenPayload;
  } catch {
    throw invalid();
  }
  if (!allowed.includes(payload.p) || typeof payload.ref !== 'string' || typeof payload.jti !== 'string')
    throw invalid();
  if (typeof payload.exp !== 'number' || payload.exp * 1000 <= now.getTime()) {
    throw new AppError(
      'token_expired',
      'This link has expired. Open the dashboard to act on the meeting instead.',
    );
  }
  return payload;
}
