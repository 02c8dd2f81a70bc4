/**
 * The Microsoft identity platform subset MSAL and OpenID Connect sign-in use (docs/providers.md
 * §5.3): the token endpoint (authorization_code and refresh_token grants, rotating refresh
 * tokens, `client_info`, an RS256 id_token carrying the authorization request's nonce),
 * the authorize redirect, the signing keys, and OIDC/instance discovery. Knobs: revoke
 * consent (AADSTS65001), expire refresh tokens (AADSTS700082), short-lived or expired
 * access tokens, spoiled id tokens (`idTokens.spoilNext`). Every refresh-token grant is
 * logged with the token presented.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { IdTokenSigner } from '../id-token-signer.js';
import { type EmuRequest, type EmuResponse, json } from './graph-http.js';

export interface EmuUser {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  /** Windows zone name, as mailboxSettings reports it. */
  windowsTimeZone: string;
  /** Scopes an admin granted beyond what the app asks for (e.g. MailboxSettings.Read). */
  extraScopes: string[];
  /**
   * False for a directory user without an Exchange Online mailbox (no licence, guest): its
   * `mail` is whatever the tenant admin set, and mailbox routes answer
   * MailboxNotEnabledForRESTAPI.
   */
  hasMailbox: boolean;
  /** The id token's optional `email` claim (absent unless the app registration asks for it). */
  emailClaim?: string;
  /** `xms_edov`: Entra says the domain of `emailClaim` is verified by its tenant. */
  emailDomainVerified?: boolean;
}

interface Grant {
  userId: string;
  scopes: string[];
  nonce?: string;
}

interface AccessGrant extends Grant {
  expiresAt: number;
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Entra's issuer for a tenant: the production login host, whatever origin served the token. */
export const issuerOf = (tenantId: string) => `https://login.microsoftonline.com/${tenantId}/v2.0`;

function oauthError(error: string, code: number, description: string, status = 400): EmuResponse {
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${description} Trace ID: ${randomUUID()}`,
    error_codes: [code],
    timestamp: new Date().toISOString(),
    trace_id: randomUUID(),
    correlation_id: randomUUID(),
  });
}

/** The identity half of the emulator. */
export class Identity {
  private readonly codes = new Map<string, Grant & { redirectUri: string }>();
  private readonly refreshTokens = new Map<string, Grant>();
  private readonly accessTokens = new Map<string, AccessGrant>();
  /** Why refreshes of a user fail, when they do. */
  private readonly refusal = new Map<string, 'revoked' | 'expired'>();
  /** Refresh tokens of a revoked consent: they stay dead after the user consents again. */
  private readonly revokedTokens = new Set<string>();
  accessTokenSeconds = 3599;
  tokenRequests = 0;
  /** Who signs in on the authorize page when the request has no login_hint (else the first user). */
  signInAs: string | undefined;
  /** Signs id tokens; `idTokens.spoilNext(...)` makes the next one fail a check. */
  readonly idTokens: IdTokenSigner;
  /** Every refresh_token grant: the token presented, whose it was, and the answer's status. */
  readonly refreshes: { refreshToken: string; userId: string | undefined; status: number }[] = [];

  constructor(
    readonly clientId: string,
    private readonly clientSecret: string,
    private readonly users: Map<string, EmuUser>,
    private readonly now: () => number,
  ) {
    // A well-formed issuer of another tenant: only a check against the token's own tid catches it.
    this.idTokens = new IdTokenSigner(now, () => issuerOf(randomUUID()));
  }

  /** A refresh token for `email`, as if obtained elsewhere (the headless `agendum connect`). */
  issueRefreshToken(userId: string, scopes: string[]): string {
    const token = `rt-${randomBytes(18).toString('base64url')}`;
    this.refreshTokens.set(token, { userId, scopes });
    return token;
  }

  /** The user behind a Graph request's bearer token, or null (401). */
  userFor(authorization: string | undefined): { user: EmuUser; scopes: string[] } | null {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    const grant = token ? this.accessTokens.get(token) : undefined;
    if (!grant || grant.expiresAt <= this.now()) return null;
    const user = this.users.get(grant.userId);
    return user ? { user, scopes: grant.scopes } : null;
  }

  /**
   * Consent revoked: every token of the user stops working (AADSTS65001 on refresh), and the
   * refresh tokens issued so far stay refused even after `restore` (a new consent).
   */
  revoke(userId: string): void {
    this.refusal.set(userId, 'revoked');
    for (const [t, g] of this.refreshTokens) if (g.userId === userId) this.revokedTokens.add(t);
    for (const [t, g] of this.accessTokens) if (g.userId === userId) this.accessTokens.delete(t);
  }

  /** Every access token issued so far expires now: Graph answers 401 and MSAL must refresh. */
  expireAccessTokens(): void {
    for (const grant of this.accessTokens.values()) grant.expiresAt = this.now();
  }

  /** The user a refresh token that still works was issued to. */
  ownerOf(refreshToken: string): string | undefined {
    if (this.revokedTokens.has(refreshToken)) return undefined;
    return this.refreshTokens.get(refreshToken)?.userId;
  }

  /** Refresh tokens expired after inactivity (AADSTS700082); access tokens keep working. */
  expireRefreshTokens(userId: string): void {
    this.refusal.set(userId, 'expired');
  }

  /** The user consented again (a new sign-in issues new tokens). */
  restore(userId: string): void {
    this.refusal.delete(userId);
  }

  authorize(req: EmuRequest): EmuResponse {
    const redirectUri = req.query.get('redirect_uri');
    if (!redirectUri || req.query.get('client_id') !== this.clientId)
      return json(400, { error: 'invalid_request' });
    const hint = (req.query.get('login_hint') ?? this.signInAs)?.toLowerCase();
    const user = [...this.users.values()].find((u) => !hint || u.email === hint);
    if (!user) return json(400, { error: 'invalid_request', error_description: 'unknown user' });
    this.restore(user.id);
    const code = `code-${randomBytes(12).toString('base64url')}`;
    const scopes = (req.query.get('scope') ?? '').split(' ').filter(Boolean);
    const nonce = req.query.get('nonce') ?? undefined;
    this.codes.set(code, { userId: user.id, scopes, redirectUri, ...(nonce ? { nonce } : {}) });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    const state = req.query.get('state');
    if (state) target.searchParams.set('state', state);
    return { status: 302, headers: { location: target.toString() } };
  }

  async token(req: EmuRequest): Promise<EmuResponse> {
    this.tokenRequests++;
    const form = new URLSearchParams(req.body.toString('utf8'));
    if (form.get('client_id') !== this.clientId || form.get('client_secret') !== this.clientSecret) {
      return oauthError('invalid_client', 7000215, 'Invalid client secret provided.', 401);
    }
    const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
    if (form.get('grant_type') === 'authorization_code') {
      const grant = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? '');
      if (!grant || grant.redirectUri !== form.get('redirect_uri')) {
        return oauthError(
          'invalid_grant',
          70008,
          'The provided authorization code or refresh token has expired.',
        );
      }
      return this.issue(grant.userId, scopes, grant.nonce);
    }
    if (form.get('grant_type') === 'refresh_token') {
      const presented = form.get('refresh_token') ?? '';
      const userId = this.refreshTokens.get(presented)?.userId; // read before rotation spends it
      const out = await this.refresh(presented, scopes);
      this.refreshes.push({ refreshToken: presented, userId, status: out.status });
      return out;
    }
    return json(400, { error: 'unsupported_grant_type' });
  }

  private async refresh(presented: string, scopes: string[]): Promise<EmuResponse> {
    const grant = this.refreshTokens.get(presented);
    if (!grant)
      return oauthError('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
    const refusal = this.revokedTokens.has(presented) ? 'revoked' : this.refusal.get(grant.userId);
    if (refusal === 'revoked') {
      return oauthError(
        'invalid_grant',
        65001,
        'The user or administrator has not consented to use the application.',
      );
    }
    if (refusal === 'expired') {
      return oauthError('invalid_grant', 700082, 'The refresh token has expired due to inactivity.');
    }
    this.refreshTokens.delete(presented); // rotation: the old token is spent
    return this.issue(grant.userId, scopes);
  }

  private async issue(userId: string, requested: string[], nonce?: string): Promise<EmuResponse> {
    const user = this.users.get(userId);
    if (!user) return oauthError('invalid_grant', 50034, 'The user account does not exist.');
    const scopes = [...new Set([...requested, ...user.extraScopes])];
    const accessToken = `at-${randomBytes(18).toString('base64url')}`;
    this.accessTokens.set(accessToken, {
      userId,
      scopes,
      expiresAt: this.now() + this.accessTokenSeconds * 1000,
    });
    const iat = Math.floor(this.now() / 1000);
    const idToken = await this.idTokens.sign({
      aud: this.clientId,
      iss: issuerOf(user.tenantId),
      iat,
      nbf: iat,
      exp: iat + 3600,
      name: user.name,
      oid: user.id,
      preferred_username: user.email,
      sub: `sub-${user.id}`,
      tid: user.tenantId,
      ver: '2.0',
      ...(user.emailClaim ? { email: user.emailClaim } : {}),
      ...(user.emailClaim && user.emailDomainVerified !== undefined
        ? { xms_edov: user.emailDomainVerified }
        : {}),
      ...(nonce ? { nonce } : {}),
    });
    return json(200, {
      token_type: 'Bearer',
      scope: scopes.filter((s) => !['openid', 'profile', 'offline_access'].includes(s)).join(' '),
      expires_in: this.accessTokenSeconds,
      ext_expires_in: this.accessTokenSeconds,
      access_token: accessToken,
      refresh_token: this.issueRefreshToken(userId, scopes),
      id_token: idToken,
      client_info: b64url({ uid: user.id, utid: user.tenantId }),
    });
  }

  /** GET /{tenant}/discovery/v2.0/keys: the keys id tokens are signed with. */
  async keys(): Promise<EmuResponse> {
    return json(200, await this.idTokens.jwks());
  }

  /** OIDC metadata, on the production origin as Entra publishes it (MSAL rewrites nothing). */
  openidConfiguration(tenant: string): EmuResponse {
    const base = `https://login.microsoftonline.com/${tenant}`;
    return json(200, {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      response_types_supported: ['code'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
  }

  instanceDiscovery(): EmuResponse {
    return json(200, {
      tenant_discovery_endpoint:
        'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
      'api-version': '1.1',
      metadata: [
        {
          preferred_network: 'login.microsoftonline.com',
          preferred_cache: 'login.windows.net',
          aliases: [
            'login.microsoftonline.com',
            'login.windows.net',
            'login.microsoft.com',
            'sts.windows.net',
          ],
        },
      ],
    });
  }
}
