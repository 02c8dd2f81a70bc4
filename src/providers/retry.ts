/**
 * The retry policy for provider calls, owned by us rather than the SDKs: googleapis never
 * retries POST and ignores 403 rate-limit errors; Graph's RetryHandler would replay a send.
 * Each provider classifies its own errors; this file decides when to try again.
 */
import { AppError } from '../errors.js';

/** How a provider classifies one failed call. */
export type FailureKind =
  /** 429, 403 rateLimitExceeded, Graph throttling: the request was refused, safe to repeat. */
  | 'rate_limited'
  /** 5xx, network error, timeout: the provider may be down for a moment. */
  | 'unavailable'
  /** Anything else (400, 404, invalid_grant…): repeating cannot help. */
  | 'fatal';

export interface Failure {
  kind: FailureKind;
  /** From the Retry-After header, when the provider sent one. */
  retryAfterMs?: number;
}

export interface RetryOptions {
  /** Attempts in all, the first included (default 4). */
  attempts?: number;
  /** First backoff (default 1 s); doubles each time, with jitter, up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Waits longer than this are not slept in-process: the caller's step is rescheduled. */
  maxInlineWaitMs?: number;
  classify: (err: unknown) => Failure;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Whether an `unavailable` failure may be repeated. False for sends: after a timeout or
   * 5xx the message may have gone out, and only the Sent-folder check may decide.
   */
  retryUnavailable?: boolean;
  now?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Parses a Retry-After value (delta-seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with ±25 % jitter. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const base = Math.min(baseMs * 2 ** (attempt - 1), maxMs);
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

/**
 * Runs `fn`, repeating refused or failed calls with backoff that honours Retry-After.
 * When attempts run out (or the provider asks for a wait too long to sleep), throws
 * AppError `provider_rate_limited` / `provider_unavailable` with `retryAt`, so the step
 * runner reschedules the step instead of dropping it. Fatal errors are rethrown as they are.
 */
export async function withRetries<T>(what: string, fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const attempts = opts.attempts ?? 4;
  const baseMs = opts.baseDelayMs ?? 1000;
  const maxMs = opts.maxDelayMs ?? 30_000;
  const maxInline = opts.maxInlineWaitMs ?? 60_000;
  const sleep = opts.sleep ?? realSleep;
  const now = opts.now ?? Date.now;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const failure = opts.classify(err);
      const repeatable =
        failure.kind === 'rate_limited' ||
        (failure.kind === 'unavailable' && opts.retryUnavailable !== false);
      if (!repeatable) {
        if (failure.kind === 'fatal') throw err;
        throw giveUp(what, failure, err, now(), backoffMs(attempt, baseMs, maxMs));
      }
      const wait = Math.max(failure.retryAfterMs ?? 0, backoffMs(attempt, baseMs, maxMs));
      if (attempt >= attempts || wait > maxInline) throw giveUp(what, failure, err, now(), wait);
      await sleep(wait);
    }
  }
}

function giveUp(what: string, failure: Failure, cause: unknown, now: number, waitMs: number): AppError {
  const retryAt = new Date(now + Math.max(waitMs, failure.retryAfterMs ?? 0));
  const why = cause instanceof Error ? cause.message : String(cause);
  return failure.kind === 'rate_limited'
    ? new AppError(
        'provider_rate_limited',
        `${what}: the provider is throttling requests (${why}); retrying after ${retryAt.toISOString()}.`,
        { cause, details: { retryAt } },
      )
    : new AppError(
        'provider_unavailable',
        `${what}: the provider did not answer properly (${why}); retrying after ${retryAt.toISOString()}.`,
        { cause, details: { retryAt } },
      );
}
