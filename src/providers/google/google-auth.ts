/**
 * Google OAuth clients: one OAuth2Client per connection, pointed at GOOGLE_OAUTH_TOKEN_URL /
 * GOOGLE_OAUTH_AUTH_URL through the `endpoints` option (google-auth-library ≥ 9.6), holding
 * the connection's stored tokens and saving every refresh back through the TokenStore.
 */
import { type Credentials, OAuth2Client } from 'google-auth-library';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import type { ProviderDeps, StoredTokens } from '../oauth-types.js';

export type GoogleConfig = NonNullable<Config['google']>;

const tokenSchema = z.object({
  refresh_token: z.string().min(1),
  access_token: z.string().min(1).optional(),
  expiry_date: z.number().optional(),
  scope: z.string().optional(),
  token_type: z.string().optional(),
});

/** The token set stored for a Google connection. */
export type GoogleTokens = z.infer<typeof tokenSchema>;

/** The error that pauses a connection's steps until the rep reconnects. */
export function needsReauth(connectionId: string | undefined, cause?: unknown): AppError {
  return new AppError(
    'needs_reauth',
    'Google refused the refresh token (revoked or expired): reconnect at /oauth/google/start',
    { cause, details: connectionId ? { connectionId } : {} },
  );
}

/** The Google settings, or config_invalid naming the variables to set. */
export function requireGoogleConfig(config: Config): GoogleConfig {
  if (!config.google) {
    throw new AppError(
      'config_invalid',
      'Google Workspace is not configured: set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET.',
    );
  }
  return config.google;
}

/** A bare OAuth2Client for our OAuth client, with the configured endpoints. */
export function createOAuthClient(google: GoogleConfig, redirectUri?: string): OAuth2Client {
  return new OAuth2Client({
    clientId: google.clientId,
    clientSecret: google.clientSecret,
    ...(redirectUri ? { redirectUri } : {}),
    endpoints: { oauth2TokenUrl: google.tokenUrl, oauth2AuthBaseUrl: google.authUrl },
  });
}

/** Keeps the fields we store from the SDK's credentials (it uses null for "absent"). */
export function toStoredTokens(c: Credentials, previous?: GoogleTokens): GoogleTokens | null {
  const refresh = c.refresh_token ?? previous?.refresh_token;
  if (!refresh) return null;
  return {
    refresh_token: refresh,
    ...(c.access_token ? { access_token: c.access_token } : {}),
    ...(typeof c.expiry_date === 'number' ? { expiry_date: c.expiry_date } : {}),
    ...((c.scope ?? previous?.scope) ? { scope: (c.scope ?? previous?.scope) as string } : {}),
    ...(c.token_type ? { token_type: c.token_type } : {}),
  };
}

/** Validates a stored token set; one without a refresh token cannot be used at all. */
export function parseTokens(stored: StoredTokens, connectionId: string): GoogleTokens {
  const parsed = tokenSchema.safeParse(stored);
  if (!parsed.success) throw needsReauth(connectionId);
  return parsed.data;
}

/**
 * The connection's OAuth2Client, built on first use from the stored tokens. Refreshes
 * emit `tokens` (usually without a refresh_token, PROVIDERS.md §1.3): the old one is merged
 * in before saving.
 */
export function createConnectionAuth(deps: ProviderDeps): () => Promise<OAuth2Client> {
  const google = requireGoogleConfig(deps.config);
  let pending: Promise<OAuth2Client> | null = null;
  const build = async () => {
    let current = parseTokens(await deps.tokens.load(), deps.connection.id);
    const client = createOAuthClient(google);
    client.setCredentials(current);
    client.on('tokens', (tokens: Credentials) => {
      const next = toStoredTokens(tokens, current);
      if (!next) return;
      current = next;
      deps.tokens.save(current).catch((err: unknown) => {
        deps.log.error('google tokens could not be saved', {
          connection: deps.connection.id,
          error: err instanceof Error ? err.message : String(err),
        });
      });
    });
    return client;
  };
  return () => {
    pending ??= build().catch((err: unknown) => {
      pending = null;
      throw err;
    });
    return pending;
  };
}
