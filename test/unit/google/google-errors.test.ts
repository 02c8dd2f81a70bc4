/** Classification of googleapis errors into the retry vocabulary (pure). */
import { describe, expect, it } from 'vitest';
import {
  classifyGoogleError,
  isInsufficientScope,
  isInvalidGrant,
} from '../../../src/providers/google/google-errors.js';
import { missingScopes } from '../../../src/providers/google/google-scopes.js';

/** A GaxiosError-shaped object as googleapis throws it. */
function gaxios(
  status: number | undefined,
  data?: unknown,
  headers: Record<string, string> = {},
  code?: string,
) {
  return Object.assign(new Error('request failed'), {
    config: { url: 'http://x' },
    ...(code ? { code } : {}),
    ...(status ? { status, response: { status, data, headers: new Headers(headers) } } : {}),
  });
}

const reason = (r: string, code = 403) => ({
  error: { code, errors: [{ domain: 'usageLimits', reason: r }] },
});

describe('classifyGoogleError', () => {
  it('treats 429 and 403 usageLimits rate limits as refused, with Retry-After', () => {
    expect(
      classifyGoogleError(gaxios(429, reason('rateLimitExceeded', 429), { 'retry-after': '12' })),
    ).toEqual({
      kind: 'rate_limited',
      retryAfterMs: 12_000,
    });
    expect(classifyGoogleError(gaxios(403, reason('userRateLimitExceeded')))).toEqual({
      kind: 'rate_limited',
    });
    expect(classifyGoogleError(gaxios(403, reason('rateLimitExceeded')))).toEqual({ kind: 'rate_limited' });
  });

  it('treats other 403s and 4xx as fatal', () => {
    expect(classifyGoogleError(gaxios(403, reason('insufficientPermissions')))).toEqual({ kind: 'fatal' });
    expect(classifyGoogleError(gaxios(404, reason('notFound', 404)))).toEqual({ kind: 'fatal' });
    expect(classifyGoogleError(gaxios(410, reason('fullSyncRequired', 410)))).toEqual({ kind: 'fatal' });
  });

  it('treats 5xx, 408, timeouts and network errors as unavailable', () => {
    expect(classifyGoogleError(gaxios(503, reason('backendError', 503)))).toEqual({ kind: 'unavailable' });
    expect(classifyGoogleError(gaxios(408))).toEqual({ kind: 'unavailable' });
    expect(classifyGoogleError(gaxios(undefined, undefined, {}, 'ECONNRESET'))).toEqual({
      kind: 'unavailable',
    });
    expect(classifyGoogleError(gaxios(undefined))).toEqual({ kind: 'unavailable' });
  });

  it('never retries a programming error or invalid_grant', () => {
    expect(classifyGoogleError(new TypeError('x is undefined'))).toEqual({ kind: 'fatal' });
    const grant = gaxios(400, {
      error: 'invalid_grant',
      error_description: 'Token has been expired or revoked.',
    });
    expect(isInvalidGrant(grant)).toBe(true);
    expect(classifyGoogleError(grant)).toEqual({ kind: 'fatal' });
  });
});

describe('missing scopes', () => {
  it("recognises a 403 for a token without the scope, by either of Google's reasons", () => {
    expect(isInsufficientScope(gaxios(403, reason('insufficientPermissions')))).toBe(true);
    const onlyDetails = { error: { code: 403, details: [{ reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }] } };
    expect(isInsufficientScope(gaxios(403, onlyDetails))).toBe(true);
    expect(isInsufficientScope(gaxios(403, reason('rateLimitExceeded')))).toBe(false);
    expect(isInsufficientScope(gaxios(401, reason('insufficientPermissions', 401)))).toBe(false);
  });

  it('names the required scopes a grant lacks; broader scopes count', () => {
    const auth = 'https://www.googleapis.com/auth/';
    expect(missingScopes(`${auth}calendar.events.readonly ${auth}gmail.readonly`)).toEqual([
      `${auth}gmail.compose`,
    ]);
    expect(missingScopes(`${auth}calendar https://mail.google.com/`)).toEqual([]);
    expect(missingScopes(`${auth}calendar.events ${auth}gmail.modify`)).toEqual([]);
    expect(missingScopes(undefined)).toEqual([]); // Google did not say: nothing known missing
  });
});
