/**
 * The OpenID Connect authorization-code flow, with plain HTTP (it is a standard token
 * request; the provider SDKs add refresh-token handling a sign-in does not need): the
 * authorization URL, the code exchange, and the id token check — signature against the
 * provider's published keys, issuer, audience, nonce, expiry and issue time. The tokens
 * the exchange returns are used for this check only; none is stored or logged.
 */
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { AppError, errorMessage } from '../errors.js';
import { type OidcIdentity, type OidcProvider, SIGNIN_SCOPES } from './oidc-providers.js';
import type { SigninAttempt } from './oidc-state.js';

/** Clocks differ a little between us and the provider. */
const CLOCK_SKEW_SECONDS = 60;
/** A token just minted for this exchange is never older than this. */
const MAX_TOKEN_AGE = '10 minutes';

/** Where to send the browser for `attempt`. */
export function authorizationUrl(p: OidcProvider, attempt: SigninAttempt, redirectUri: string): string {
  const url = new URL(p.authorizationEndpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', p.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('scope', SIGNIN_SCOPES);
  url.searchParams.set('state', attempt.state);
  url.searchParams.set('nonce', attempt.nonce);
  // A shared computer, or a rep with a personal and a work account: let them choose.
  url.searchParams.set('prompt', 'select_account');
  return url.toString();
}

const unavailable = (p: OidcProvider, what: string, cause?: unknown) =>
  new AppError('provider_unavailable', `${p.label} ${what}; try again in a minute.`, { cause });

/** Exchanges the callback's code for the id token (client secret in the body). */
export async function exchangeCode(
  p: OidcProvider,
  code: string,
  redirectUri: string,
  timeoutMs: number,
): Promise<string> {
  let res: Response;
  try {
    res = await fetch(p.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: p.clientId,
        client_secret: p.clientSecret,
      }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw unavailable(p, 'did not answer the sign-in', err);
  }
  const body = (await res.json().catch(() => ({}))) as { id_token?: unknown; error?: unknown };
  if (res.ok && typeof body.id_token === 'string') return body.id_token;
  if (res.status >= 500) throw unavailable(p, 'did not answer the sign-in');
  throw new AppError(
    'bad_request',
    `${p.label} refused the sign-in code (${String(body.error ?? `HTTP ${res.status}`).slice(0, 60)}). Start again at /signin.`,
  );
}

/** Why jose refused a token, in words that do not echo the token. */
function reasonOf(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'it has expired';
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'aud') return 'it was issued to another app';
    if (err.claim === 'iat' || err.claim === 'nbf') return 'it is dated in the future';
    return `its ${err.claim} claim is missing or wrong`;
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (err instanceof errors.JWKSNoMatchingKey) return 'it is signed with an unknown key';
  return err instanceof errors.JOSEError ? err.code : errorMessage(err);
}

/**
 * A key set that could not be fetched (network, timeout, not 200: jose's generic error) is
 * the provider's outage, worth a retry; anything else is a token we must not accept.
 */
function verifyError(p: OidcProvider, err: unknown): AppError {
  const unreachable =
    !(err instanceof errors.JOSEError) ||
    err instanceof errors.JWKSTimeout ||
    err.code === 'ERR_JOSE_GENERIC';
  if (unreachable) return unavailable(p, 'did not publish its signing keys', err);
  const reason = reasonOf(err);
  return new AppError(
    'token_invalid',
    `The ${p.label} sign-in was refused: ${reason}. Start again at /signin.`,
    {
      cause: err,
    },
  );
}

/** Checks id tokens; keeps each provider's key set (jose caches and refreshes it). */
export interface IdTokenVerifier {
  verify(p: OidcProvider, idToken: string, nonce: string, now: Date): Promise<OidcIdentity>;
}

/** A verifier that fetches keys from each provider's `jwksUri`. */
export function createIdTokenVerifier(): IdTokenVerifier {
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keysOf = (uri: string) => {
    const set = keySets.get(uri) ?? createRemoteJWKSet(new URL(uri));
    keySets.set(uri, set);
    return set;
  };
  return {
    async verify(p, idToken, nonce, now) {
      let claims: JWTPayload;
      try {
        ({ payload: claims } = await jwtVerify(idToken, keysOf(p.jwksUri), {
          algorithms: ['RS256'],
          audience: p.clientId,
          currentDate: now,
          clockTolerance: CLOCK_SKEW_SECONDS,
          maxTokenAge: MAX_TOKEN_AGE,
          requiredClaims: ['iss', 'sub', 'exp', 'iat', 'nonce'],
        }));
      } catch (err) {
        throw verifyError(p, err);
      }
      if (claims.nonce !== nonce) {
        throw new AppError(
          'token_invalid',
          `The ${p.label} sign-in was refused: it belongs to another sign-in. Start again at /signin.`,
        );
      }
      p.checkIssuer(claims);
      return p.identityOf(claims);
    },
  };
}
