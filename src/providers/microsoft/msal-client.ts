/**
 * MSAL for one connection. MSAL never hands out the refresh token (docs/providers.md §5.2), so the
 * stored token set is MSAL's serialized cache plus the account's homeAccountId; it is saved
 * through the TokenStore after every acquisition that changed it (a refresh rotates the
 * refresh token, and losing the rotation would strand the connection). Acquisitions of one
 * connection are serialized for the same reason, and each checks the stored set first,
 * because the CLI replaces it from another process (`createAccessTokenSource`).
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
import { fingerprintTokens } from '../token-store.js';
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
  throw reauthError({ connectionId, tokensFingerprint: fingerprintTokens(stored) });
}

/** Which connection, and which of its stored token sets, a refusal was judged on. */
export interface JudgedTokens {
  connectionId?: string;
  /** `fingerprintTokens` of the stored set MSAL was refreshing from. */
  tokensFingerprint?: string;
}

/**
 * The error a refused refresh becomes: the step runner pauses the connection's steps, and
 * marks the connection only while the judged token set is still the stored one.
 */
export function reauthError(judged: JudgedTokens = {}, cause?: unknown): AppError {
  return new AppError(
    'needs_reauth',
    'Microsoft refused the refresh token (consent revoked or expired): reconnect at /oauth/microsoft/start',
    { cause, details: { ...judged } },
  );
}

/** Maps an MSAL failure to our errors: reauth, a transient outage, or the error itself. */
export function mapMsalError(err: unknown, judged: JudgedTokens = {}): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof InteractionRequiredAuthError) return reauthError(judged, err);
  const e = err as { errorCode?: string; errorMessage?: string; status?: number; message?: string };
  const text = `${e.errorCode ?? ''} ${e.errorMessage ?? ''} ${e.message ?? ''}`;
  if (REAUTH_CODES.test(text)) return reauthError(judged, err);
  const { connectionId } = judged;
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

/** How often one acquisition starts over because another process replaced the tokens. */
const MAX_REBUILDS = 3;

/** The MSAL app of one connection and the stored token set it was last in step with. */
interface LoadedApp {
  app: ConfidentialClientApplication;
  homeAccountId: string;
  /** Fingerprint of what this app last loaded from, or saved to, the TokenStore. */
  fingerprint: string;
  /** The serialized cache that fingerprint covers, to tell whether MSAL changed it. */
  cache: string;
}

function loadApp(deps: { config: MicrosoftConfig; log?: Logger }, tokens: MsalTokens): LoadedApp {
  const app = createMsalApp(deps.config, deps.log);
  app.getTokenCache().deserialize(tokens.cache);
  return {
    app,
    homeAccountId: tokens.homeAccountId,
    cache: tokens.cache,
    fingerprint: fingerprintTokens({ ...tokens }),
  };
}

/**
 * The access tokens of one connection, from its stored MSAL cache.
 *
 * `agendum connect|disconnect` writes tokens from another process, which never reaches this
 * in-memory app. So every acquisition first reads the stored set (one primary-key read)
 * and rebuilds the app when it is not the one this app last loaded or saved; and a
 * refreshed cache is only saved when the stored set is still ours — otherwise saving would
 * put the old grant (maybe another account's) over the reconnect. When the result is not
 * saved, or a refresh was refused, because the stored set changed meanwhile, the
 * acquisition starts over from the stored tokens. (A reconnect landing between the re-read
 * and the save is not caught; the window is one database round trip.)
 */
export function createAccessTokenSource(deps: {
  config: MicrosoftConfig;
  tokens: TokenStore;
  connectionId: string;
  log?: Logger;
}): AccessTokenSource {
  let loaded: LoadedApp | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let forceRefresh = false;
  let recent: { token: string; at: number } | null = null;

  /** The stored token set, and whether it is still the one `current` is in step with. */
  const readStored = async (current: LoadedApp | null) => {
    const stored = parseTokens(await deps.tokens.load(), deps.connectionId);
    return { stored, ours: current !== null && fingerprintTokens({ ...stored }) === current.fingerprint };
  };

  const drop = () => {
    loaded = null;
    recent = null;
  };

  const acquireOnce = async (): Promise<string | 'replaced'> => {
    let current: LoadedApp;
    try {
      const { stored, ours } = await readStored(loaded);
      current = ours && loaded ? loaded : loadApp(deps, stored);
    } catch (err) {
      drop(); // disconnected (no tokens): nothing of the old grant may be used any more
      throw err;
    }
    if (current !== loaded) {
      loaded = current;
      recent = null;
    }
    const { app } = current;
    const account = await app.getTokenCache().getAccountByHomeId(current.homeAccountId);
    const judged = { connectionId: deps.connectionId, tokensFingerprint: current.fingerprint };
    if (!account) throw reauthError(judged);
    let result: AuthenticationResult;
    try {
      result = await app.acquireTokenSilent({ account, scopes: GRAPH_SCOPES, forceRefresh });
    } catch (err) {
      const mapped = mapMsalError(err, judged);
      if (mapped instanceof AppError && mapped.code === 'needs_reauth') {
        drop();
        // A reconnect stored new tokens while this refresh used the old ones: use those.
        // (One landing after this re-read is caught by the fingerprint on the error.)
        const { ours } = await readStored(current).catch(() => ({ ours: true }));
        if (!ours) return 'replaced';
      }
      throw mapped;
    }
    const cache = app.getTokenCache().serialize();
    if (cache !== current.cache) {
      const { ours } = await readStored(current);
      if (!ours) {
        drop();
        return 'replaced';
      }
      const next: MsalTokens = { kind: 'msal', cache, homeAccountId: current.homeAccountId };
      await deps.tokens.save({ ...next });
      current.cache = cache;
      current.fingerprint = fingerprintTokens({ ...next });
    }
    forceRefresh = false;
    recent = { token: result.accessToken, at: Date.now() };
    return result.accessToken;
  };

  const acquire = async (): Promise<string> => {
    for (let attempt = 1; ; attempt++) {
      const token = await acquireOnce();
      if (token !== 'replaced') return token;
      if (attempt >= MAX_REBUILDS) {
        throw new AppError(
          'provider_unavailable',
          'The Microsoft tokens of this connection kept changing while refreshing them; retrying.',
          { details: { connectionId: deps.connectionId, retryAt: new Date(Date.now() + 5_000) } },
        );
      }
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
