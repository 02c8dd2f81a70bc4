/**
 * Google OAuth clients: one OAuth2Client per connection, pointed at GOOGLE_OAUTH_TOKEN_URL /
 * GOOGLE_OAUTH_AUTH_URL through the `endpoints` option (google-auth-library ≥ 9.6), holding
 * the connection's stored tokens and saving every refresh back through the TokenStore.
 */
import { type Credentials, OAuth2Client } from 'google-auth-library';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { AppError, errorMessage } from '../../errors.js';
import type { ProviderDeps, ProviderRequest, StoredTokens } from '../oauth-types.js';
import { fingerprintTokens } from '../token-store.js';

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

/**
 * The error that pauses a connection's steps until the rep reconnects; `tokensFingerprint`
 * names the stored token set that was refused (a reconnect since then makes it stale).
 */
export function needsReauth(
  connectionId: string | undefined,
  cause?: unknown,
  tokensFingerprint?: string,
): AppError {
  return new AppError(
    'needs_reauth',
    'Google refused the refresh token (revoked or expired): reconnect at /oauth/google/start',
    {
      cause,
      details: {
        ...(connectionId ? { connectionId } : {}),
        ...(tokensFingerprint ? { tokensFingerprint } : {}),
      },
    },
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
  if (!parsed.success) throw needsReauth(connectionId, undefined, fingerprintTokens(stored));
  return parsed.data;
}

/** One connection's OAuth2Client, rebuilt from the stored tokens after a drop. */
export interface ConnectionAuth {
  /** The client, built from `deps.tokens.load()` on first use and after `drop`. */
  client(): Promise<OAuth2Client>;
  /**
   * `fingerprintTokens` of the stored set `client` was built from or last saved: what a
   * refusal seen through it was judged on.
   */
  fingerprintOf(client: OAuth2Client): string | undefined;
  /**
   * Forgets `client` (when it is still the current one): the next call loads the stored
   * tokens again. Called when Google refused the grant, because `agendum connect` writes the
   * rep's new tokens from another process, whose registry cache is not this one.
   */
  drop(client: OAuth2Client): void;
}

/**
 * Saves a refreshed token set unless the connection's tokens were replaced since this
 * client was built (a reconnect, possibly from another process): writing the old grant
 * back would undo the reconnect, so the client is dropped instead and the next call uses
 * the new tokens. (A reconnect landing between the load and the save is not caught; the
 * window is one database round trip, once an hour per connection.)
 */
async function saveUnlessReplaced(
  deps: ProviderDeps,
  builtFrom: { refreshToken: string; fingerprint: string },
  next: GoogleTokens,
  drop: () => void,
): Promise<void> {
  const stored = (await deps.tokens.load()).refresh_token;
  if (stored !== builtFrom.refreshToken) {
    drop();
    return;
  }
  await deps.tokens.save(next);
  builtFrom.refreshToken = next.refresh_token; // Google may rotate it on refresh
  builtFrom.fingerprint = fingerprintTokens(next);
}

/**
 * Tells `onRequest` of every request `client` makes: the API clients built on it and its own
 * token refreshes share its transport, so this sees each one, a 401 and its repeat included.
 */
function reportRequests(client: OAuth2Client, onRequest: (request: ProviderRequest) => void): void {
  const report = (config: { method?: string; url?: unknown } | undefined, status: number | 'error') =>
    onRequest({ method: config?.method ?? 'GET', url: String(config?.url ?? ''), status });
  client.transporter.interceptors.response.add({
    resolved: async (res) => {
      report(res.config, res.status);
      return res;
    },
    rejected: (err) => {
      report(err.config, err.response?.status ?? 'error');
      throw err;
    },
  });
}

/**
 * The connection's OAuth2Client, built from the stored tokens. Refreshes emit `tokens`
 * (usually without a refresh_token, docs/providers.md §1.3): the old one is merged in before
 * saving.
 */
export function createConnectionAuth(deps: ProviderDeps): ConnectionAuth {
  const google = requireGoogleConfig(deps.config);
  let pending: Promise<OAuth2Client> | null = null;
  let built: OAuth2Client | null = null;
  const origins = new WeakMap<OAuth2Client, { refreshToken: string; fingerprint: string }>();
  const drop = (client: OAuth2Client) => {
    if (built !== client) return; // already replaced: keep the newer one
    built = null;
    pending = null;
  };
  const build = async () => {
    const stored = await deps.tokens.load();
    let current = parseTokens(stored, deps.connection.id);
    const builtFrom = { refreshToken: current.refresh_token, fingerprint: fingerprintTokens(stored) };
    const client = createOAuthClient(google);
    if (deps.onRequest) reportRequests(client, deps.onRequest);
    origins.set(client, builtFrom);
    client.setCredentials(current);
    client.on('tokens', (tokens: Credentials) => {
      const next = toStoredTokens(tokens, current);
      if (!next) return;
      current = next;
      saveUnlessReplaced(deps, builtFrom, next, () => drop(client)).catch((err: unknown) => {
        drop(client); // the next call starts again from whatever is stored
        deps.log.error('google tokens could not be saved', {
          connection: deps.connection.id,
          error: errorMessage(err),
        });
      });
    });
    built = client;
    return client;
  };
  return {
    client() {
      pending ??= build().catch((err: unknown) => {
        pending = null;
        throw err;
      });
      return pending;
    },
    fingerprintOf: (client) => origins.get(client)?.fingerprint,
    drop,
  };
}
