/**
 * Sign-in rules for Microsoft Entra ID (v2.0 endpoints). Endpoints are reached through
 * MICROSOFT_AUTHORITY_HOST like the connect flow's, but tokens are always issued in Entra's
 * own name, `https://login.microsoftonline.com/{tid}/v2.0`: with the `common` or
 * `organizations` tenant the issuer names the tenant of the account that signed in, so it
 * is checked against the token's own `tid`, and a configured tenant id must be that `tid`.
 */
import type { JWTPayload } from 'jose';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { MICROSOFT_LOGIN_ORIGIN } from '../providers/microsoft/msal-network.js';
import type { OidcIdentity, OidcProvider } from './oidc-providers.js';

/** The tenant of personal Microsoft accounts (outlook.com, hotmail.com…). */
export const CONSUMER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const refuse = (message: string) => new AppError('token_invalid', message);

/** Checks iss against tid, and tid against MICROSOFT_TENANT. */
function checkTenant(claims: JWTPayload, tenant: string): void {
  const tid = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : '';
  if (!TENANT_ID.test(tid) || claims.iss !== `${MICROSOFT_LOGIN_ORIGIN}/${tid}/v2.0`) {
    throw refuse('The Microsoft sign-in was not issued by Microsoft Entra ID for its own tenant.');
  }
  const configured = tenant.toLowerCase();
  // A tenant named by domain (contoso.com) cannot be compared with tid without a discovery
  // call; its endpoints only sign in that directory's own users and guests anyway.
  if (TENANT_ID.test(configured) && tid !== configured) {
    throw refuse(
      'This Microsoft account belongs to another organization than the one agendum is set up for.',
    );
  }
  // With a named tenant or `organizations`, a personal account has no business here; only
  // `consumers` and `common` were set up to let personal accounts in.
  const personalAllowed = configured === 'consumers' || configured === 'common';
  if (tid === CONSUMER_TENANT && !personalAllowed) {
    throw refuse('Personal Microsoft accounts cannot sign in here: use your work or school account.');
  }
  if (configured === 'consumers' && tid !== CONSUMER_TENANT) {
    throw refuse('Only personal Microsoft accounts can sign in here (MICROSOFT_TENANT=consumers).');
  }
}

const CONSUMER_DOMAIN = /^(outlook|hotmail|live|msn|passport)\.[a-z.]+$/;

/**
 * The address to identify the rep by. Entra's `email` claim is the directory's `mail`
 * attribute, which the admin of *any* tenant can set to any address without proving they
 * own it; a multi-tenant app that trusts it lets a stranger sign in as one of our reps
 * ("nOAuth"). So `email` is used only when Entra also says its domain is verified by the
 * account's tenant (the optional claim `xms_edov`, which the app registration must request
 * together with `email`). Otherwise `preferred_username` is used: for work accounts the
 * UPN, whose domain Entra only allows if the tenant verified it (or its onmicrosoft.com
 * name); for personal accounts the sign-in address Microsoft confirmed.
 */
function microsoftIdentity(claims: JWTPayload): OidcIdentity {
  const verifiedEmail =
    typeof claims.email === 'string' && claims.xms_edov === true ? claims.email : undefined;
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : undefined;
  const email = (verifiedEmail ?? username ?? '').trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw refuse('Microsoft did not say which address this account has, so it cannot sign in here.');
  }
  // A personal Microsoft account can be made with any address (a company one included):
  // it may sign in only as a Microsoft consumer address (outlook.com, hotmail.*, live.*).
  if (claims.tid === CONSUMER_TENANT && !CONSUMER_DOMAIN.test(email.split('@')[1] ?? '')) {
    throw refuse(`A personal Microsoft account cannot sign in as ${email}: use your work or school account.`);
  }
  if (typeof claims.oid !== 'string' || typeof claims.tid !== 'string') {
    throw refuse('Microsoft did not say which account this is, so it cannot sign in here.');
  }
  return {
    subject: `${claims.tid}:${claims.oid}`,
    email,
    ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
  };
}

/** The Microsoft sign-in rules for the configured app and tenant. */
export function microsoftOidc(ms: NonNullable<Config['microsoft']>): OidcProvider {
  const base = `${ms.authorityHost}/${ms.tenant}`;
  return {
    name: 'microsoft',
    label: 'Microsoft',
    clientId: ms.clientId,
    clientSecret: ms.clientSecret,
    authorizationEndpoint: `${base}/oauth2/v2.0/authorize`,
    tokenEndpoint: `${base}/oauth2/v2.0/token`,
    jwksUri: `${base}/discovery/v2.0/keys`,
    checkIssuer: (claims) => checkTenant(claims, ms.tenant),
    identityOf: microsoftIdentity,
  };
}
