/**
 * MSAL for one connection. MSAL never hands out the refresh token (PROVIDERS.md §5.2), so the
 * stored token set is MSAL's serialized cache plus the account's homeAccountId; it is saved
 * through the TokenStore after every acquisition that changed it (a refresh rotates the
 * refresh token, and losing the rotation would strand the connection). Acquisitions of one
 * connection are serialized for the same reason.
 */
import {
  type AuthenticationResult,
  ConfidentialClientApplication,
  InteractionRequiredAuthError,
  LogLevel,
} from '@azure/msal-node';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { StoredTokens, TokenStore } from '../oauth-types.js';
import { createMsalNetworkClient, MICROSOFT_LOGIN_ORIGIN } from './msal-network.js';

export type MicrosoftConfig = NonNullable<Config['microsoft']>;

/** Delegated Graph permissions; MSAL adds openid, profile and offline_access itself. */
export const GRAPH_SCOPES = ['Calendars.Read', 'Mail.ReadWrite', 'Mail.Send', 'User.Read'];

/** What we store per connection (encrypted by the core). */
export interface MsalTokens {
  kind: 'msal';
  /** MSAL's serialized token cache (JSON text). */
  cache: string;
  homeAccountId: string;
}

// Server answers that mean the rep must consent again: invalid_grant in general, refresh
// token expired after inactivity (AADSTS700082), consent missing or revoked (AADSTS65001),
// grant revoked or password changed (AADSTS50173), bad refresh token (AADSTS70008/9002313).
const REAUTH_CODES = /invalid_grant|AADSTS(700082|65001|50173|70008|9002313|50076|50079)\b/;

/** A ConfidentialClientApplication pointed at MICROSOFT_AUTHORITY_HOST (see msal-network.ts). */
export function createMsalApp(ms: MicrosoftConfig, log?: Logger): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: {
      clientId: ms.clientId,
      clientSecret: ms.clientSecret,
      authority: `${MICROSOFT_LOGIN_ORIGIN}/${ms.tenant}`,
    },
    system: {
      networkClient: createMsalNetworkClient(ms.authorityHost),
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Error,
        loggerCallback: (_level, message) => log?.debug('msal', { message: message.slice(0, 300) }),
      },
    },
  });
}

/** The stored token set after an acquisition. */
export function tokensFrom(app: ConfidentialClientApplication, result: AuthenticationResult): MsalTokens {
  if (!result.account) throw new AppError('needs_reauth', 'Microsoft returned no account for this sign-in.');
  return {
    kind: 'msal',
    cache: app.getTokenCache().serialize(),
    homeAccountId: result.account.homeAccountId,
  };
}

function parseTokens(stored: StoredTokens, connectionId: string): MsalTokens {
  if (
    stored.kind === 'msal' &&
    typeof stored.cache === 'string' &&
    typeof stored.homeAccountId === 'string'
  ) {
    return stored as unknown as MsalTokens;
  }
  throw reauthError(connectionId);
}

/** The error a refused refresh becomes: the step runner pauses the connection's steps. */
export function reauthError(connectionId?: string, cause?: unknown): AppError {
  return new AppError(
    'needs_reauth',
    'Microsoft refused the refresh token (consent revoked or expired): reconnect at /oauth/microsoft/start',
    { cause, details: connectionId ? { connectionId } : {} },
  );
}

/** Maps an MSAL failure to our errors: reauth, a transient outage, or the error itself. */
export function mapMsalError(err: unknown, connectionId?: string): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof InteractionRequiredAuthError) return reauthError(connectionId, err);
  const e = err as { errorCode?: string; errorMessage?: string; status?: number; message?: string };
  const text = `${e.errorCode ?? ''} ${e.errorMessage ?? ''} ${e.message ?? ''}`;
  if (REAUTH_CODES.test(text)) return reauthError(connectionId, err);
  if (e.errorCode === 'network_error' || (e.status !== undefined && (e.status >= 500 || e.status === 429))) {
    return new AppError('provider_unavailable', 'The Microsoft identity platform did not answer; retrying.', {
      cause: err,
      details: { retryAt: new Date(Date.now() + 60_000), ...(connectionId ? { connectionId } : {}) },
    });
  }
  return err;
}

export interface AccessTokenSource {
  /** A valid Graph access token, refreshed silently when it is about to expire. */
  getAccessToken(): Promise<string>;
  /**
   * The token `getAccessToken` returned moments ago, else a fresh one: the Graph SDK asks
   * for a token on every request right after our own acquisition (graph-client.ts).
   */
  recentAccessToken(): Promise<string>;
  /** Graph rejected the current access token: the next call refreshes it. */
  invalidate(): void;
}

/** How long a just-acquired token is handed out again without asking MSAL. */
const RECENT_MS = 10_000;

/** The access tokens of one connection, from its stored MSAL cache. */
export function createAccessTokenSource(deps: {
  config: MicrosoftConfig;
  tokens: TokenStore;
  connectionId: string;
  log?: Logger;
}): AccessTokenSource {
  let app: ConfidentialClientApplication | null = null;
  let state: MsalTokens | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let forceRefresh = false;
  let recent: { token: string; at: number } | null = null;

  const acquire = async (): Promise<string> => {
    if (!app || !state) {
      state = parseTokens(await deps.tokens.load(), deps.connectionId);
      app = createMsalApp(deps.config, deps.log);
      app.getTokenCache().deserialize(state.cache);
    }
    const account = await app.getTokenCache().getAccountByHomeId(state.homeAccountId);
    if (!account) throw reauthError(deps.connectionId);
    try {
      const result = await app.acquireTokenSilent({ account, scopes: GRAPH_SCOPES, forceRefresh });
      forceRefresh = false;
      recent = { token: result.accessToken, at: Date.now() };
      const cache = app.getTokenCache().serialize();
      if (cache !== state.cache) {
        state = { ...state, cache };
        await deps.tokens.save({ ...state });
      }
      return result.accessToken;
    } catch (err) {
      const mapped = mapMsalError(err, deps.connectionId);
      // Reload next time: a reconnect stores a new cache.
      if (mapped instanceof AppError && mapped.code === 'needs_reauth') app = state = null;
      throw mapped;
    }
  };

  return {
    getAccessToken() {
      const next = queue.then(acquire, acquire);
      queue = next.catch(() => {});
      return next;
    },
    recentAccessToken() {
      if (recent && !forceRefresh && Date.now() - recent.at < RECENT_MS) return Promise.resolve(recent.token);
      return this.getAccessToken();
    },
    invalidate() {
      forceRefresh = true;
      recent = null;
    },
  };
}
