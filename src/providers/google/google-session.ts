/**
 * How every Google call of a connection is made: through our retry policy (backoff with
 * jitter, Retry-After honoured, bounded attempts, then the step is rescheduled), with a
 * revoked refresh token turned into `needs_reauth`, and a 401 answered by one forced
 * refresh (OAuth2Client does not retry a 401 itself once it knows the token's expiry).
 */
import type { OAuth2Client } from 'google-auth-library';
import { AppError } from '../../errors.js';
import type { ProviderDeps } from '../oauth-types.js';
import { withRetries } from '../retry.js';
import { createConnectionAuth, needsReauth, requireGoogleConfig } from './google-auth.js';
import { createGoogleClients, type GoogleClients } from './google-clients.js';
import { classifyGoogleError, googleStatus, isInvalidGrant } from './google-errors.js';

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
  const authClient = createConnectionAuth(deps);
  let clients: { auth: OAuth2Client; apis: GoogleClients } | null = null;
  const ready = async () => {
    const auth = await authClient();
    if (clients?.auth !== auth)
      clients = { auth, apis: createGoogleClients(auth, google, options.requestTimeoutMs) };
    return clients;
  };
  const connectionId = deps.connection.id;

  const translate = (err: unknown): unknown => {
    if (isInvalidGrant(err)) return needsReauth(connectionId, err);
    if (err instanceof AppError && err.code === 'needs_reauth' && !err.details.connectionId) {
      return new AppError(err.code, err.message, { cause: err, details: { ...err.details, connectionId } });
    }
    return err;
  };

  return {
    async call(what, fn, opts = {}) {
      const attempt = async () => {
        const { auth, apis } = await ready();
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
        throw translate(err);
      }
    },
  };
}
