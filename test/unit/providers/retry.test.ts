import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { type Failure, parseRetryAfter, withRetries } from '../../../src/providers/retry.js';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter?: string,
  ) {
    super(`HTTP ${status}`);
  }
}

const classify = (err: unknown): Failure => {
  const e = err as HttpError;
  const retryAfterMs = parseRetryAfter(e.retryAfter, 0);
  if (e.status === 429) return { kind: 'rate_limited', retryAfterMs };
  if (e.status >= 500) return { kind: 'unavailable', retryAfterMs };
  return { kind: 'fatal' };
};

/** A call that fails with `errors` in turn, then succeeds. */
function flaky(errors: HttpError[]) {
  let calls = 0;
  return {
    fn: async () => {
      calls++;
      const e = errors.shift();
      if (e) throw e;
      return 'ok';
    },
    calls: () => calls,
  };
}

describe('withRetries', () => {
  it('waits as long as Retry-After says, then succeeds', async () => {
    const waits: number[] = [];
    const call = flaky([new HttpError(429, '7'), new HttpError(503)]);
    const result = await withRetries('list events', call.fn, {
      classify,
      sleep: async (ms) => {
        waits.push(ms);
      },
      baseDelayMs: 100,
    });
    expect(result).toBe('ok');
    expect(call.calls()).toBe(3);
    expect(waits[0]).toBeGreaterThanOrEqual(7000);
    expect(waits[1]).toBeGreaterThanOrEqual(75);
    expect(waits[1]).toBeLessThan(7000);
  });

  it('gives up after the bounded attempts with a retry time for the step', async () => {
    const call = flaky(Array.from({ length: 10 }, () => new HttpError(429, '2')));
    const err = await withRetries('send', call.fn, {
      classify,
      attempts: 3,
      sleep: async () => {},
      now: () => 1_000_000,
    }).catch((e: unknown) => e);
    expect(call.calls()).toBe(3);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('provider_rate_limited');
    expect((err as AppError).details.retryAt?.getTime()).toBeGreaterThanOrEqual(1_002_000);
  });

  it('never repeats an unavailable call when repeats are not safe (a send)', async () => {
    const call = flaky([new HttpError(500)]);
    const err = await withRetries('send', call.fn, {
      classify,
      retryUnavailable: false,
      sleep: async () => {},
    }).catch((e: unknown) => e);
    expect(call.calls()).toBe(1);
    expect((err as AppError).code).toBe('provider_unavailable');
  });

  it('rethrows fatal errors untouched, at once', async () => {
    const call = flaky([new HttpError(400)]);
    const err = await withRetries('get', call.fn, { classify, sleep: async () => {} }).catch(
      (e: unknown) => e,
    );
    expect(call.calls()).toBe(1);
    expect(err).toBeInstanceOf(HttpError);
  });

  it('does not sleep in-process for a very long Retry-After', async () => {
    const waits: number[] = [];
    const call = flaky([new HttpError(429, '3600')]);
    const err = await withRetries('list', call.fn, {
      classify,
      sleep: async (ms) => {
        waits.push(ms);
      },
    }).catch((e: unknown) => e);
    expect(waits).toEqual([]);
    expect((err as AppError).code).toBe('provider_rate_limited');
  });

  it('parses both Retry-After forms', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 12:00:30 GMT', Date.parse('2026-12-01T12:00:00Z'))).toBe(30_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
