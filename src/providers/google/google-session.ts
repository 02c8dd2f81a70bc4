/**
 * How every Google call of a connection is made: through our retry policy (backoff with
 * jitter, Retry-After honoured, bounded attempts, then the step is rescheduled), with a
 * revoked refresh token or a missing scope turned into `needs_reauth`, and a 401 answered
 * by one forced refresh (OAuth2Client does not retry a 401 itself once it knows the
 * token's expiry). After a `needs_reauth` the OAuth2Client is dropped: the rep fixes it by
 * reconnecting, which stores new tokens, often from another process (`agendum connect`).
 */
import type { OAuth2Client } from 'google-auth-library';
import { AppError } from '../../errors.js';
import type { ProviderDeps } from '../oauth-types.js';
import { withRetries } from '../retry.js';
import { createConnectionAuth, needsReauth, requireGoogleConfig } from './google-auth.js';
import { createGoogleClients, type GoogleClients } from './google-clients.js';
import { classifyGoogleError, googleStatus, isInsufficientScope, isInvalidGrant } from './google-errors.js';
import { insufficientScopeError } from './google-scopes.js';

export interface CallOptions {
  /** False for sends: after a timeout or 5xx only the Sent-folder check may decide. */
  retryUnavailable?: boolean;
}

/** Tunables, for tests. */
export interface SessionOptions {
  /** Backoff before the first repeat (default 1 s, doubling). */
  baseDelayMs?: number;
  /** Attempts per call, the first included (default 4). */
  attempts?: number;
  /** Timeout of each read (default 60 s). */
  requestTimeoutMs?: number;
}

export interface GoogleSession {
  /** Runs `fn` with the connection's clients under the retry policy; `what` names it in errors. */
  call<T>(what: string, fn: (clients: GoogleClients) => Promise<T>, opts?: CallOptions): Promise<T>;
}

/** The session of one connection. */
export function createGoogleSession(deps: ProviderDeps, options: SessionOptions = {}): GoogleSession {
  const google = requireGoogleConfig(deps.config);
  const connectionAuth = createConnectionAuth(deps);
  let clients: { auth: OAuth2Client; apis: GoogleClients } | null = null;
  const ready = async () => {
    const auth = await connectionAuth.client();
    if (clients?.auth !== auth)
      clients = { auth, apis: createGoogleClients(auth, google, options.requestTimeoutMs) };
    return clients;
  };
  const connectionId = deps.connection.id;

  const translate = (err: unknown, what: string, auth: OAuth2Client | undefined): unknown => {
    // The stored token set the refused client was in step with (a reconnect makes it stale).
    const judged = auth && connectionAuth.fingerprintOf(auth);
    if (isInvalidGrant(err)) return needsReauth(connectionId, err, judged);
    if (isInsufficientScope(err)) {
      return insufficientScopeError(connectionId, auth?.credentials.scope, what, err, judged);
    }
    if (err instanceof AppError && err.code === 'needs_reauth' && !err.details.connectionId) {
      return new AppError(err.code, err.message, { cause: err, details: { ...err.details, connectionId } });
    }
    return err;
  };

  return {
    async call(what, fn, opts = {}) {
      let used: OAuth2Client | undefined;
      const attempt = async () => {
        const { auth, apis } = await ready();
        used = auth;
        try {
          return await fn(apis);
        } catch (err) {
          if (googleStatus(err) !== 401) throw err;
          // The access token was revoked or expired early: refresh once (a revoked grant
          // fails here with invalid_grant) and repeat. A 401 means the request was refused.
          await auth.refreshAccessToken();
          return fn(apis);
        }
      };
      try {
        return await withRetries(what, attempt, {
          classify: classifyGoogleError,
          retryUnavailable: opts.retryUnavailable ?? true,
          ...(deps.sleep ? { sleep: deps.sleep } : {}),
          ...(options.baseDelayMs !== undefined ? { baseDelayMs: options.baseDelayMs } : {}),
          ...(options.attempts !== undefined ? { attempts: options.attempts } : {}),
        });
      } catch (err) {
        const mapped = translate(err, what, used);
        // Only a reconnect helps, and it stores new tokens: the next call must load them.
        if (mapped instanceof AppError && mapped.code === 'needs_reauth' && used) connectionAuth.drop(used);
        throw mapped;
      }
    },
  };
}
