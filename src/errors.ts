/**
 * The one error type. `code` is stable (tests, API clients and logs key on it); `message`
 * says what is wrong and what to do next. HTTP mapping happens only at the edge.
 */
export type ErrorCode =
  | 'config_invalid'
  | 'database_unavailable'
  | 'migration_failed'
  | 'template_invalid'
  | 'event_invalid'
  | 'token_invalid'
  | 'token_expired'
  | 'token_used'
  | 'not_found'
  | 'conflict'
  | 'provider_unavailable'
  | 'provider_rate_limited'
  | 'needs_reauth'
  /** Signed in, but not allowed this (an admin's action). */
  | 'forbidden'
  | 'bad_request';

/** Machine-readable context for the edges that act on an error (step runner, sync loop). */
export interface ErrorDetails {
  /** The connection whose provider failed: `needs_reauth` pauses its steps. */
  connectionId?: string;
  /** Earliest time a retry makes sense (a provider's Retry-After). */
  retryAt?: Date;
  /**
   * For `needs_reauth`: the fingerprint of the stored token set the provider judged
   * (`fingerprintTokens`), so a refusal of tokens a reconnect has replaced meanwhile marks
   * nothing. A hash only: tokens and ciphertext never go into an error.
   */
  tokensFingerprint?: string;
  /** For `template_invalid`: the file, and where in it (1-based), when the parser says. */
  file?: string;
  line?: number;
  column?: number;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: ErrorDetails }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options?.details ?? {};
  }
}

/** True for errors that say "try again later", not "this is wrong". */
export function isTransientError(err: unknown): err is AppError {
  return (
    err instanceof AppError && (err.code === 'provider_rate_limited' || err.code === 'provider_unavailable')
  );
}

/** HTTP status for an error code, used by the HTTP edge only. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'bad_request':
    case 'event_invalid':
      return 400;
    case 'token_invalid':
    case 'needs_reauth':
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
    case 'token_used':
      return 409;
    case 'token_expired':
      return 410;
    case 'provider_rate_limited':
      return 429;
    case 'provider_unavailable':
    case 'database_unavailable':
    case 'config_invalid':
      return 503;
    default:
      return 500;
  }
}

/** The message of anything thrown, for logs and stored `lastError`s. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
