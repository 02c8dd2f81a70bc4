/**
 * The emulated Google OAuth server (docs/providers.md §1.2): an auto-approving consent page,
 * the token endpoint (authorization_code and refresh_token grants, form-encoded, client
 * secret in the body), revocation, and the bearer-token check the API routes use. Grants
 * carry the scopes the user ticked: a token without one a route needs gets Google's 403.
 * With `openid` among the scopes the code exchange also returns a signed id token (with
 * the authorization request's nonce), verifiable against the JWKS at /oauth2/v3/certs; a
 * refresh token only comes back when the request asked for offline access, as at Google.
 */
import { createHash, randomBytes } from 'node:crypto';
import { IdTokenSigner } from '../id-token-signer.js';
import { type EmuRequest, type EmuResponse, GoogleHttpError, GoogleScopeError } from './google-http.js';
import { AGENDUM_SCOPES } from './route-scopes.js';

const ACCESS_TTL_SECONDS = 3599;

interface Grant {
  email: string;
  scope: string;
  revoked: boolean;
}

interface Code {
  email: string;
  scope: string;
  redirectUri: string;
  nonce: string | undefined;
  offline: boolean;
}

/** What Google puts in `iss`; its docs allow both spellings, real tokens use the https one. */
export const GOOGLE_ISSUER = 'https://accounts.google.com';

/** Token endpoint errors use OAuth's own flat shape, not Google's API error shape. */
function oauthError(status: number, error: string, description: string): EmuResponse {
  return { status, body: { error, error_description: description } };
}

/** OAuth state: clients, grants (one per refresh token), codes and access tokens. */
export class OAuthServer {
  private readonly grants = new Map<string, Grant>();
  private readonly codes = new Map<string, Code>();
  private readonly access = new Map<string, { refreshToken: string; expiresAt: number }>();
  /** Who "signs in" on the consent page. */
  approveAs: string | undefined;
  /** Scopes the user unticks on the consent page (granular consent). */
  declineScopes: string[] = [];
  /** Token requests by grant type, for assertions. */
  readonly tokenRequests: { grantType: string; ok: boolean }[] = [];
  /** Signs id tokens; `idTokens.spoilNext(...)` makes the next one fail a check. */
  readonly idTokens: IdTokenSigner;
  /** Addresses whose id token says `email_verified: false`. */
  readonly unverifiedEmails = new Set<string>();
  /** Display names (`name` claim) by address; the local part otherwise. */
  readonly names = new Map<string, string>();
  /**
   * Addresses of personal Google accounts (made with a non-Gmail address): their id token
   * has no `hd`. Others at a non-Gmail domain are Workspace accounts with `hd` = the domain.
   */
  readonly personalAccounts = new Set<string>();
  /** A different account (`sub`) for an address, e.g. one deleted and made again. */
  readonly subjects = new Map<string, string>();

  constructor(
    private readonly client: { id: string; secret: string },
    private readonly now: () => number,
  ) {
    this.idTokens = new IdTokenSigner(now, () => 'https://accounts.google.example');
  }

  /** Issues a refresh token for `email` directly (what a headless `agendum connect` is given). */
  issueRefreshToken(email: string, scope = AGENDUM_SCOPES): string {
    const token = `1//emu-${randomBytes(12).toString('hex')}`;
    this.grants.set(token, { email, scope, revoked: false });
    return token;
  }

  /** Revokes every grant of `email`: refreshes fail with invalid_grant, access tokens with 401. */
  revokeAll(email: string): void {
    for (const grant of this.grants.values()) if (grant.email === email) grant.revoked = true;
  }

  /**
   * Takes `scope` away from every grant of `email` and from the access tokens minted from
   * them (the API checks the grant), as when a token was minted from a narrower consent.
   */
  removeScope(email: string, scope: string): void {
    for (const grant of this.grants.values()) {
      if (grant.email !== email) continue;
      grant.scope = grant.scope
        .split(' ')
        .filter((s) => s !== scope)
        .join(' ');
    }
  }

  /** Makes every access token expire now, so the next API call must refresh. */
  expireAccessTokens(): void {
    for (const entry of this.access.values()) entry.expiresAt = 0;
  }

  /**
   * The user behind a bearer token, or 401 authError (location Authorization) as Google
   * answers; 403 insufficientPermissions when the grant holds none of `accepted`.
   */
  authenticate(req: EmuRequest, route: string, accepted: string[]): string {
    const header = req.headers.authorization ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    const entry = token ? this.access.get(token) : undefined;
    const grant = entry ? this.grants.get(entry.refreshToken) : undefined;
    if (!entry || !grant || grant.revoked || entry.expiresAt <= this.now()) {
      throw new GoogleHttpError(401, 'Request had invalid authentication credentials.', 'authError');
    }
    const granted = new Set(grant.scope.split(' '));
    if (!accepted.some((s) => granted.has(s))) throw new GoogleScopeError(route, accepted);
    return grant.email;
  }

  /** GET /o/oauth2/v2/auth: approves at once and redirects back with code and state. */
  authorize(req: EmuRequest): EmuResponse {
    const q = req.query;
    if (q.get('client_id') !== this.client.id) return { status: 400, body: 'invalid_client' };
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!this.approveAs) return { status: 400, body: 'no user set: call emu.oauth.approveAs first' };
    const code = `4/emu-${randomBytes(10).toString('hex')}`;
    const ticked = (q.get('scope') ?? '').split(' ').filter((s) => s && !this.declineScopes.includes(s));
    this.codes.set(code, {
      email: this.approveAs,
      scope: ticked.join(' '),
      redirectUri,
      nonce: q.get('nonce') ?? undefined,
      offline: q.get('access_type') === 'offline',
    });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    if (q.get('state')) target.searchParams.set('state', q.get('state') as string);
    target.searchParams.set('scope', ticked.join(' '));
    return { status: 302, headers: { location: target.toString() } };
  }

  /** POST /token. */
  async token(req: EmuRequest): Promise<EmuResponse> {
    const form = new URLSearchParams(req.body.toString('utf8'));
    const grantType = form.get('grant_type') ?? '';
    const out = await this.grant(form, grantType);
    this.tokenRequests.push({ grantType, ok: out.status === 200 });
    return out;
  }

  /** GET /oauth2/v3/certs: the keys id tokens are signed with. */
  async certs(): Promise<EmuResponse> {
    return { status: 200, body: await this.idTokens.jwks() };
  }

  /** GET /.well-known/openid-configuration, with this emulator's endpoints. */
  discovery(origin: string): EmuResponse {
    return {
      status: 200,
      body: {
        issuer: GOOGLE_ISSUER,
        authorization_endpoint: `${origin}/o/oauth2/v2/auth`,
        token_endpoint: `${origin}/token`,
        jwks_uri: `${origin}/oauth2/v3/certs`,
        id_token_signing_alg_values_supported: ['RS256'],
      },
    };
  }

  /** Google's `hd` claim: the Workspace domain of the account, absent for personal ones. */
  private hostedDomain(email: string): string | undefined {
    const domain = email.split('@')[1] ?? '';
    if (domain === 'gmail.com' || domain === 'googlemail.com' || this.personalAccounts.has(email))
      return undefined;
    return domain;
  }

  private idToken(code: Code): Promise<string> {
    const local = code.email.split('@')[0] ?? code.email;
    return this.idTokens.sign({
      iss: GOOGLE_ISSUER,
      azp: this.client.id,
      aud: this.client.id,
      // Google's subject is a stable number per account; a hash of the address stands in.
      sub:
        this.subjects.get(code.email) ??
        BigInt(`0x${createHash('sha256').update(code.email).digest('hex').slice(0, 15)}`).toString(),
      email: code.email,
      ...(this.hostedDomain(code.email) ? { hd: this.hostedDomain(code.email) } : {}),
      email_verified: !this.unverifiedEmails.has(code.email),
      name: this.names.get(code.email) ?? local,
      ...(code.nonce ? { nonce: code.nonce } : {}),
    });
  }

  private async grant(form: URLSearchParams, grantType: string): Promise<EmuResponse> {
    if (form.get('client_id') !== this.client.id || form.get('client_secret') !== this.client.secret) {
      return oauthError(401, 'invalid_client', 'The OAuth client was not found.');
    }
    if (grantType === 'authorization_code') {
      const code = this.codes.get(form.get('code') ?? '');
      if (!code || code.redirectUri !== form.get('redirect_uri')) {
        return oauthError(400, 'invalid_grant', 'Malformed auth code.');
      }
      this.codes.delete(form.get('code') ?? '');
      const refreshToken = this.issueRefreshToken(code.email, code.scope);
      const openid = code.scope.split(' ').includes('openid');
      return {
        status: 200,
        body: {
          ...this.mintAccess(refreshToken),
          ...(code.offline ? { refresh_token: refreshToken } : {}),
          ...(openid ? { id_token: await this.idToken(code) } : {}),
        },
      };
    }
    if (grantType === 'refresh_token') {
      const refreshToken = form.get('refresh_token') ?? '';
      const grant = this.grants.get(refreshToken);
      if (!grant || grant.revoked)
        return oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
      // A refresh response normally omits refresh_token (§1.2).
      return { status: 200, body: this.mintAccess(refreshToken) };
    }
    return oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${grantType}`);
  }

  private mintAccess(refreshToken: string) {
    const token = `ya29.emu-${randomBytes(16).toString('hex')}`;
    this.access.set(token, { refreshToken, expiresAt: this.now() + ACCESS_TTL_SECONDS * 1000 });
    const grant = this.grants.get(refreshToken);
    return {
      access_token: token,
      expires_in: ACCESS_TTL_SECONDS,
      scope: grant?.scope ?? '',
      token_type: 'Bearer',
    };
  }

  /** POST /revoke?token=…: revokes the grant the token belongs to. */
  revoke(req: EmuRequest): EmuResponse {
    const token = req.query.get('token') ?? new URLSearchParams(req.body.toString('utf8')).get('token') ?? '';
    const refreshToken = this.grants.has(token) ? token : this.access.get(token)?.refreshToken;
    const grant = refreshToken ? this.grants.get(refreshToken) : undefined;
    if (!grant) return oauthError(400, 'invalid_token', 'Token expired or revoked');
    grant.revoked = true;
    return { status: 200, body: {} };
  }
}
