/**
 * Reads the errors googleapis throws (GaxiosError: `status`, `response.data.error`,
 * `response.headers`) into our retry vocabulary. Duck-typed on purpose: googleapis-common
 * and google-auth-library each bundle their own gaxios, so `instanceof` is not reliable.
 */
import type { Failure } from '../retry.js';
import { parseRetryAfter } from '../retry.js';

interface GaxiosLike {
  status?: number;
  config?: unknown;
  code?: string | number;
  message?: string;
  response?: { status?: number; data?: unknown; headers?: unknown };
}

/** The 403 reasons that mean "refused for now" (usageLimits), not "forbidden" (docs/providers.md §2.3). */
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

function asGaxios(err: unknown): GaxiosLike {
  return typeof err === 'object' && err !== null ? (err as GaxiosLike) : {};
}

/** The HTTP status of a failed Google call, or undefined when no response came back. */
export function googleStatus(err: unknown): number | undefined {
  const e = asGaxios(err);
  return e.response?.status ?? (typeof e.status === 'number' ? e.status : undefined);
}

/** The first `errors[].reason` of Google's JSON error body (e.g. `fullSyncRequired`). */
export function googleReason(err: unknown): string | undefined {
  const data = asGaxios(err).response?.data as { error?: { errors?: { reason?: string }[] } } | undefined;
  const reason = typeof data === 'object' && data ? data.error?.errors?.[0]?.reason : undefined;
  return typeof reason === 'string' ? reason : undefined;
}

/** The `reason`s Google gives a call whose token lacks a scope it needs. */
const SCOPE_REASONS = new Set(['insufficientPermissions', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT']);

/**
 * True for a 403 whose token lacks a scope the call needs: the rep unticked it on the
 * consent screen. Google names it twice, as `errors[].reason` (insufficientPermissions)
 * and in an ErrorInfo of `details[]` (ACCESS_TOKEN_SCOPE_INSUFFICIENT); either is enough.
 */
export function isInsufficientScope(err: unknown): boolean {
  if (googleStatus(err) !== 403) return false;
  const data = asGaxios(err).response?.data as
    | { error?: { errors?: { reason?: unknown }[]; details?: { reason?: unknown }[] } }
    | undefined;
  const body = typeof data === 'object' && data ? data.error : undefined;
  const reasons = [...(body?.errors ?? []), ...(body?.details ?? [])].map((e) => e?.reason);
  return reasons.some((r) => typeof r === 'string' && SCOPE_REASONS.has(r));
}

/**
 * True when the token endpoint refused the refresh token (revoked, expired, or a
 * "Testing" consent screen's 7-day limit): only reconnecting helps.
 */
export function isInvalidGrant(err: unknown): boolean {
  const e = asGaxios(err);
  const data = e.response?.data as { error?: unknown } | undefined;
  return e.message === 'invalid_grant' || (typeof data === 'object' && data?.error === 'invalid_grant');
}

function retryAfterOf(err: unknown): number | undefined {
  const headers = asGaxios(err).response?.headers;
  if (!headers) return undefined;
  const value =
    typeof (headers as Headers).get === 'function'
      ? (headers as Headers).get('retry-after')
      : (headers as Record<string, string | undefined>)['retry-after'];
  return parseRetryAfter(value ?? undefined);
}

/**
 * 429 and 403 rateLimitExceeded/userRateLimitExceeded: refused, safe to repeat. 408, 5xx,
 * timeouts and network errors (no response): unavailable, the request may have been
 * processed. Everything else, invalid_grant included: fatal.
 */
export function classifyGoogleError(err: unknown): Failure {
  if (isInvalidGrant(err)) return { kind: 'fatal' };
  const status = googleStatus(err);
  const retryAfterMs = retryAfterOf(err);
  const withWait = (kind: Failure['kind']): Failure =>
    retryAfterMs === undefined ? { kind } : { kind, retryAfterMs };
  if (status === 429) return withWait('rate_limited');
  if (status === 403 && RATE_LIMIT_REASONS.has(googleReason(err) ?? '')) return withWait('rate_limited');
  if (status === 408 || (status !== undefined && status >= 500)) return withWait('unavailable');
  if (status === undefined) {
    // No response at all: timeout, reset, refused connection. Gaxios errors carry the
    // request `config`; a programming error (a TypeError of our own) does not and stays fatal.
    const e = asGaxios(err);
    return e.code !== undefined || 'config' in e ? { kind: 'unavailable' } : { kind: 'fatal' };
  }
  return { kind: 'fatal' };
}
