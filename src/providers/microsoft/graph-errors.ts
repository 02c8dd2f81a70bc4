/**
 * Graph failures, classified for our retry policy (retry.ts). The SDK throws GraphError with
 * `statusCode` (-1 when no response arrived, or when anything else threw inside the request:
 * then `code` is the original error's name) and the response headers, parsed from Graph's
 * `{"error":{"code","message"}}` body (docs/providers.md §6.1).
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
 * Names of the errors a request fails with when no answer arrived: the fetch was aborted or
 * timed out (`AbortSignal.timeout` rejects with a TimeoutError), or the connection failed
 * (graph-client.ts rethrows Node's `TypeError: fetch failed` as a GraphTransportError). The
 * SDK wraps them in a GraphError whose `code` is that name and whose status is -1.
 */
const TRANSPORT_ERROR_NAMES = new Set(['AbortError', 'TimeoutError', 'GraphTransportError']);

// Socket-level codes undici reports as the `cause` of `TypeError: fetch failed`.
const NETWORK_CODES =
  /^(ECONNRESET|ECONNREFUSED|ECONNABORTED|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ENETDOWN|UND_ERR_\w+)$/;

function codeOf(value: unknown): string | undefined {
  const code = (value as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when `err` is Node fetch's network failure: `TypeError: fetch failed` whose cause (or,
 * for a refused dual-stack connect, the AggregateError's first error) carries a socket code.
 * A TypeError from a bug has no such cause and stays a bug.
 */
export function isNetworkFailure(err: unknown): boolean {
  if (!(err instanceof TypeError) || err.message !== 'fetch failed') return false;
  const cause = (err as { cause?: unknown }).cause;
  const first = (cause as { errors?: unknown[] } | undefined)?.errors?.[0];
  const code = codeOf(cause) ?? codeOf(first);
  return code !== undefined && NETWORK_CODES.test(code);
}

/**
 * A connection failure of a Graph request, with the socket error as `cause`. The SDK keeps
 * only the name and message of what the fetch threw, so the code goes into the message
 * (`fetch failed (ECONNRESET)`) and the name marks it as a transport failure.
 */
export class GraphTransportError extends Error {
  override readonly name = 'GraphTransportError';
  constructor(cause: unknown) {
    const first = (cause as { errors?: unknown[] } | undefined)?.errors?.[0];
    super(`fetch failed (${codeOf(cause) ?? codeOf(first) ?? 'network error'})`, { cause });
  }
}

/** True for a failure of the transport (timeout, abort, connection), not of Graph or of us. */
export function isTransportFailure(err: unknown): boolean {
  if (err instanceof GraphError) return err.statusCode <= 0 && TRANSPORT_ERROR_NAMES.has(err.code ?? '');
  // DOMException (AbortError, TimeoutError) and our own GraphTransportError, thrown as is.
  const name = (err as { name?: unknown } | null | undefined)?.name;
  if (typeof name === 'string' && TRANSPORT_ERROR_NAMES.has(name)) return true;
  return isNetworkFailure(err);
}

/**
 * 429 means the request was refused (safe to repeat); a 5xx or a transport failure means the
 * outcome is unknown (only repeatable for requests that do nothing twice). Everything else
 * is fatal, including errors that are not Graph's at all (a TypeError from a bug, a JSON
 * parse error): postponing those would retry them hourly forever and never show `failed`.
 * 501 and 505 are fatal too: Graph answers 501 for a feature it does not implement, which no
 * retry changes.
 */
export function classifyGraphError(err: unknown): Failure {
  if (err instanceof AppError) {
    if (err.code === 'provider_rate_limited') return { kind: 'rate_limited' };
    return { kind: err.code === 'provider_unavailable' ? 'unavailable' : 'fatal' };
  }
  if (isTransportFailure(err)) return { kind: 'unavailable' };
  const status = graphStatus(err);
  if (status === undefined) return { kind: 'fatal' };
  const retryAfterMs = retryAfterOf(err);
  if (status === 429) return { kind: 'rate_limited', retryAfterMs };
  if (status >= 500 && status !== 501 && status !== 505) return { kind: 'unavailable', retryAfterMs };
  return { kind: 'fatal' };
}

/**
 * True when a delta token can no longer be used: 410 Gone, or a 4xx with
 * `syncStateNotFound` / `resyncRequired` (docs/providers.md §7.1). The caller starts a full round.
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
