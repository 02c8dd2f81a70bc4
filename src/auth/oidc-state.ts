/**
 * One sign-in attempt, from the redirect to the provider until its callback: a random
 * `state` and `nonce` and the page to open afterwards, kept in a signed, expiring cookie.
 * The callback only proceeds when its `state` is the cookie's, so a callback link made in
 * someone else's browser (login CSRF: signing the victim into the attacker's account)
 * fails; the id token must carry the cookie's nonce, so a token minted for another
 * attempt cannot be replayed into this one. The callback also records the state as used.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.js';
import { sameSecret } from '../security/same-secret.js';
import type { OidcProviderName } from './oidc-providers.js';

/** Long enough to pick an account and type a password, short enough not to linger. */
export const ATTEMPT_TTL_MS = 10 * 60_000;

export interface SigninAttempt {
  provider: OidcProviderName;
  state: string;
  nonce: string;
  /** The local path to open once signed in (already passed through safeNext). */
  next: string;
  /** Expiry, ms since the epoch. */
  exp: number;
}

// Domain separation: the same secret key signs action links, whose MAC must never verify here.
const mac = (key: Buffer, body: string) => createHmac('sha256', key).update(`oidc-attempt\0${body}`).digest();

/** A new attempt and the cookie value that carries it. */
export function startAttempt(
  key: Buffer,
  provider: OidcProviderName,
  next: string,
  now: Date,
): { attempt: SigninAttempt; cookie: string } {
  const attempt: SigninAttempt = {
    provider,
    state: randomBytes(24).toString('base64url'),
    nonce: randomBytes(24).toString('base64url'),
    next,
    exp: now.getTime() + ATTEMPT_TTL_MS,
  };
  const body = Buffer.from(JSON.stringify(attempt)).toString('base64url');
  return { attempt, cookie: `${body}.${mac(key, body).toString('base64url')}` };
}

const notThisBrowser = (provider: string) =>
  new AppError(
    'token_invalid',
    `This sign-in was not started in this browser, or took too long. Start again at /signin/${provider}/start.`,
  );

/**
 * The attempt in `cookie` when it is ours, unexpired, and the one the callback names
 * (`provider` and `state`); token_invalid otherwise.
 */
export function readAttempt(
  key: Buffer,
  cookie: string | undefined,
  expected: { provider: string; state: string },
  now: Date,
): SigninAttempt {
  const refused = notThisBrowser(expected.provider);
  const [body, sig, extra] = (cookie ?? '').split('.');
  if (!body || !sig || extra !== undefined || body.length > 2000) throw refused;
  const given = Buffer.from(sig, 'base64url');
  const mine = mac(key, body);
  if (given.length !== mine.length || !timingSafeEqual(given, mine)) throw refused;
  const attempt = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SigninAttempt;
  if (attempt.provider !== expected.provider || attempt.exp <= now.getTime()) throw refused;
  if (!sameSecret(attempt.state, expected.state)) throw refused;
  return attempt;
}
