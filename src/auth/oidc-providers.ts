/**
 * Signing in with Google or Microsoft (OpenID Connect). The sign-in uses the same OAuth
 * apps as connecting an account, but asks for `openid email profile` only: signing in
 * never grants mail or calendar access. Each provider says where its endpoints and keys
 * are, which issuers it signs as, and which claim holds an address it vouches for.
 */
import type { JWTPayload } from 'jose';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { microsoftOidc } from './oidc-microsoft.js';

export type OidcProviderName = 'google' | 'microsoft';

/** Who signed in, as the provider vouches for it. */
export interface OidcIdentity {
  /** The provider's stable id of the account (Google `sub`, Microsoft `tid:oid`). */
  subject: string;
  /** Lower-cased address the provider says belongs to this account. */
  email: string;
  name?: string;
}

/** One provider's OpenID Connect endpoints and rules. */
export interface OidcProvider {
  readonly name: OidcProviderName;
  /** For messages: "Google", "Microsoft". */
  readonly label: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly jwksUri: string;
  /** Throws AppError('token_invalid') unless `iss` (and, for Microsoft, `tid`) is acceptable. */
  checkIssuer(claims: JWTPayload): void;
  /** The address the token vouches for; AppError('token_invalid') when it vouches for none. */
  identityOf(claims: JWTPayload): OidcIdentity;
}

/** What a sign-in asks for: an identity, nothing more. */
export const SIGNIN_SCOPES = 'openid email profile';

const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const GOOGLE_JWKS_URL = 'https://www.googleapis.com/oauth2/v3/certs';

/**
 * Google's signing keys. Production keys live on www.googleapis.com, not on the token
 * host; when GOOGLE_OAUTH_TOKEN_URL points elsewhere (the emulator, a proxy) that origin
 * is expected to serve the same path.
 */
function googleJwksUri(tokenUrl: string): string {
  return tokenUrl === GOOGLE_TOKEN_URL ? GOOGLE_JWKS_URL : `${new URL(tokenUrl).origin}/oauth2/v3/certs`;
}

function googleOidc(google: NonNullable<Config['google']>): OidcProvider {
  return {
    name: 'google',
    label: 'Google',
    clientId: google.clientId,
    clientSecret: google.clientSecret,
    authorizationEndpoint: google.authUrl,
    tokenEndpoint: google.tokenUrl,
    jwksUri: googleJwksUri(google.tokenUrl),
    checkIssuer(claims) {
      if (typeof claims.iss !== 'string' || !GOOGLE_ISSUERS.includes(claims.iss)) {
        throw new AppError('token_invalid', 'The Google sign-in was not issued by Google.');
      }
    },
    identityOf(claims) {
      // Google may vouch for an address it never verified (an account made with another
      // provider's address); only a verified one identifies a rep. Old tokens sent "true".
      const verified = claims.email_verified === true || claims.email_verified === 'true';
      if (typeof claims.email !== 'string' || !verified) {
        throw new AppError(
          'token_invalid',
          'Google has not verified the address of this account, so it cannot sign in. Verify it with Google, or ask an admin for a sign-in link.',
        );
      }
      const email = claims.email.trim().toLowerCase();
      checkHostedDomain(email, claims.hd);
      if (typeof claims.sub !== 'string' || !claims.sub) {
        throw new AppError('token_invalid', 'The Google sign-in did not say which account it is.');
      }
      return {
        subject: claims.sub,
        email,
        ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
      };
    },
  };
}

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * A company address must come from that company's Google Workspace (`hd` = its domain).
 * Anyone can make a personal Google account with a company address and have Google verify
 * it — an ex-employee still can after leaving — so a verified address alone is not enough.
 */
function checkHostedDomain(email: string, hd: unknown): void {
  const domain = email.split('@')[1] ?? '';
  if (GMAIL_DOMAINS.has(domain) || hd === domain) return;
  throw new AppError(
    'token_invalid',
    `This Google account is not part of the ${domain} Google Workspace, so it cannot sign in as ${email}. Sign in with your work account, or ask an admin for a sign-in link.`,
  );
}

/** The provider's sign-in rules, or undefined when its OAuth app is not configured. */
export function oidcProvider(config: Config, name: string): OidcProvider | undefined {
  if (name === 'google' && config.google) return googleOidc(config.google);
  if (name === 'microsoft' && config.microsoft) return microsoftOidc(config.microsoft);
  return undefined;
}
