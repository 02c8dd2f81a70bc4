/**
 * Graph failures, classified for our retry policy (retry.ts). The SDK throws GraphError with
 * `statusCode` (-1 when no response arrived: network error, timeout) and the response
 * headers, parsed from Graph's `{"error":{"code","message"}}` body (PROVIDERS.md §6.1).
 */
import { GraphError } from '@microsoft/microsoft-graph-client';
import { AppError } from '../../errors.js';
import { type Failure, parseRetryAfter } from '../retry.js';

/** The HTTP status of a Graph failure; undefined when no response arrived. */
export function graphStatus(err: unknown): number | undefined {
  if (err instanceof GraphError && err.statusCode > 0) return err.statusCode;
  return undefined;
}

/** Graph's error code (`syncStateNotFound`, `ErrorItemNotFound`…), when there is one. */
export function graphCode(err: unknown): string | undefined {
  return err instanceof GraphError ? err.code || undefined : undefined;
}

function retryAfterOf(err: unknown): number | undefined {
  if (!(err instanceof GraphError)) return undefined;
  const headers = err.headers as Headers | undefined;
  return parseRetryAfter(headers?.get?.('retry-after'));
}

/**
 * 429 means the request was refused (safe to repeat); 5xx and no response mean the outcome
 * is unknown (only repeatable for requests that do nothing twice); the rest is fatal.
 */
export function classifyGraphError(err: unknown): Failure {
  if (err instanceof AppError) {
    if (err.code === 'provider_rate_limited') return { kind: 'rate_limited' };
    return { kind: err.code === 'provider_unavailable' ? 'unavailable' : 'fatal' };
  }
  if (!(err instanceof GraphError)) return { kind: 'unavailable' };
  const status = graphStatus(err);
  const retryAfterMs = retryAfterOf(err);
  if (status === 429) return { kind: 'rate_limited', retryAfterMs };
  if (status === undefined || status >= 500) return { kind: 'unavailable', retryAfterMs };
  return { kind: 'fatal' };
}

/**
 * True when a delta token can no longer be used: 410 Gone, or a 4xx with
 * `syncStateNotFound` / `resyncRequired` (PROVIDERS.md §7.1). The caller starts a full round.
 */
export function isDeltaReset(err: unknown): boolean {
  const code = graphCode(err)?.toLowerCase() ?? '';
  return (
    graphStatus(err) === 410 ||
    code === 'syncstatenotfound' ||
    code === 'resyncrequired' ||
    code === 'syncstateinvalid'
  );
}

/** True for 404 (`ErrorItemNotFound`, a subscription that expired). */
export function isNotFound(err: unknown): boolean {
  return graphStatus(err) === 404;
}

/** True when Graph rejected the access token (revoked, or expired early). */
export function isUnauthorized(err: unknown): boolean {
  return graphStatus(err) === 401;
}
