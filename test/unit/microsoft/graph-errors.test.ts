import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import {
  classifyGraphError,
  GraphTransportError,
  isDeltaReset,
} from '../../../src/providers/microsoft/graph-errors.js';

function graphError(status: number, code = '', headers: Record<string, string> = {}): GraphError {
  const e = new GraphError(status, 'x');
  e.code = code;
  e.headers = new Headers(headers);
  return e;
}

/** What undici throws when the socket fails: `TypeError: fetch failed` with the socket error as cause. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

const socketError = (code: string) => Object.assign(new Error(`socket: ${code}`), { code });

describe('Graph error classification', () => {
  it('treats 429 as refused (with Retry-After), 5xx and no answer as unknown, the rest as fatal', () => {
    expect(classifyGraphError(graphError(429, 'TooManyRequests', { 'retry-after': '7' }))).toEqual({
      kind: 'rate_limited',
      retryAfterMs: 7000,
    });
    for (const status of [500, 502, 503, 504]) {
      expect(classifyGraphError(graphError(status)).kind, String(status)).toBe('unavailable');
    }
    expect(classifyGraphError(graphError(-1, 'TimeoutError')).kind).toBe('unavailable');
    expect(classifyGraphError(graphError(400, 'ErrorInvalidRequest')).kind).toBe('fatal');
    expect(classifyGraphError(new AppError('needs_reauth', 'x')).kind).toBe('fatal');
    expect(classifyGraphError(new AppError('provider_unavailable', 'x')).kind).toBe('unavailable');
  });

  it('treats a feature Graph does not implement (501) as fatal: no retry changes it', () => {
    expect(classifyGraphError(graphError(501, 'NotImplemented')).kind).toBe('fatal');
  });

  it('treats aborts, timeouts and socket failures as transport failures (unavailable)', () => {
    expect(classifyGraphError(new DOMException('The operation was aborted.', 'AbortError')).kind).toBe(
      'unavailable',
    );
    expect(classifyGraphError(new DOMException('The operation timed out.', 'TimeoutError')).kind).toBe(
      'unavailable',
    );
    for (const code of [
      'ECONNRESET',
      'ECONNREFUSED',
      'ETIMEDOUT',
      'UND_ERR_SOCKET',
      'UND_ERR_CONNECT_TIMEOUT',
    ]) {
      expect(classifyGraphError(fetchFailed(socketError(code))).kind, code).toBe('unavailable');
    }
    // Node 20 reports a refused dual-stack connect as an AggregateError of per-address errors.
    const refused = new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')]);
    expect(classifyGraphError(fetchFailed(refused)).kind).toBe('unavailable');
    // As the SDK hands them back: wrapped in a GraphError without status, named after the original.
    expect(classifyGraphError(graphError(-1, 'AbortError')).kind).toBe('unavailable');
    const wrapped = new GraphTransportError(socketError('ECONNRESET'));
    expect(wrapped.message).toBe('fetch failed (ECONNRESET)');
    expect(classifyGraphError(graphError(-1, wrapped.name)).kind).toBe('unavailable');
    expect(classifyGraphError(wrapped).kind).toBe('unavailable');
  });

  it('treats errors that are not transport failures as fatal, so the step shows failed', () => {
    // A bug in our code, a body that is not JSON, or either of them wrapped by the SDK.
    expect(classifyGraphError(new TypeError("Cannot read properties of undefined (reading 'id')")).kind).toBe(
      'fatal',
    );
    expect(classifyGraphError(new SyntaxError('Unexpected token < in JSON at position 0')).kind).toBe(
      'fatal',
    );
    expect(classifyGraphError(graphError(-1, 'TypeError')).kind).toBe('fatal');
    expect(classifyGraphError(graphError(-1, 'SyntaxError')).kind).toBe('fatal');
    expect(classifyGraphError(graphError(200, 'SyntaxError')).kind).toBe('fatal');
    // `fetch failed` without a socket cause (a malformed request, an unsupported scheme).
    expect(classifyGraphError(fetchFailed(new Error('unknown scheme'))).kind).toBe('fatal');
    expect(classifyGraphError(new TypeError('fetch failed')).kind).toBe('fatal');
    expect(classifyGraphError('a string').kind).toBe('fatal');
    expect(classifyGraphError(undefined).kind).toBe('fatal');
  });

  it('recognises an unusable delta token', () => {
    expect(isDeltaReset(graphError(410, 'resyncRequired'))).toBe(true);
    expect(isDeltaReset(graphError(400, 'syncStateNotFound'))).toBe(true);
    expect(isDeltaReset(graphError(400, 'ErrorInvalidParameter'))).toBe(false);
  });
});
