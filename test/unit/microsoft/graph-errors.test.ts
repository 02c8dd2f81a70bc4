import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { classifyGraphError, isDeltaReset } from '../../../src/providers/microsoft/graph-errors.js';

function graphError(status: number, code = '', headers: Record<string, string> = {}): GraphError {
  const e = new GraphError(status, 'x');
  e.code = code;
  e.headers = new Headers(headers);
  return e;
}

describe('Graph error classification', () => {
  it('treats 429 as refused (with Retry-After), 5xx and no answer as unknown, the rest as fatal', () => {
    expect(classifyGraphError(graphError(429, 'TooManyRequests', { 'retry-after': '7' }))).toEqual({
      kind: 'rate_limited',
      retryAfterMs: 7000,
    });
    expect(classifyGraphError(graphError(503)).kind).toBe('unavailable');
    expect(classifyGraphError(graphError(-1, 'TimeoutError')).kind).toBe('unavailable');
    expect(classifyGraphError(graphError(400, 'ErrorInvalidRequest')).kind).toBe('fatal');
    expect(classifyGraphError(new AppError('needs_reauth', 'x')).kind).toBe('fatal');
  });

  it('recognises an unusable delta token', () => {
    expect(isDeltaReset(graphError(410, 'resyncRequired'))).toBe(true);
    expect(isDeltaReset(graphError(400, 'syncStateNotFound'))).toBe(true);
    expect(isDeltaReset(graphError(400, 'ErrorInvalidParameter'))).toBe(false);
  });
});
