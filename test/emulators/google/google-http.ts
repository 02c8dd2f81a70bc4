/**
 * Google's side of the emulator's HTTP: the request the routes see (with the signed-in
 * user), errors in Google's JSON error shape (docs/providers.md §2.3), JSON bodies and
 * required fields as Google refuses them, and Gmail's base64url. The plumbing both
 * emulators share is in ../http-kit.ts.
 */
import {
  type EmuRequest as KitRequest,
  type EmuResponse as KitResponse,
  parseJsonBody,
} from '../http-kit.js';

/** One request as the routes see it: path parameters in pattern order. */
export interface EmuRequest extends KitRequest<string[]> {
  /** The signed-in user (API routes only; set by the bearer-token check). */
  user?: string;
}

/** What a route returns; bodies that are objects go out as JSON. */
export type EmuResponse = KitResponse;

/** An error in Google's shape: `{"error":{"code","message","errors":[{domain,reason,message}],"status"}}`. */
export class GoogleHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason: string,
    readonly domain = 'global',
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * 403 for a token that lacks every scope the method accepts, in the shape Google answers
 * it: `errors[].reason` insufficientPermissions with its own shorter message, an ErrorInfo
 * ACCESS_TOKEN_SCOPE_INSUFFICIENT in `details`, and a WWW-Authenticate header naming the
 * scopes that would do (googleworkspace/php-samples#123, kwent/react-google-contacts#6).
 */
export class GoogleScopeError extends GoogleHttpError {
  constructor(
    readonly method: string,
    readonly scopes: string[],
  ) {
    super(403, 'Request had insufficient authentication scopes.', 'insufficientPermissions', 'global', {
      'www-authenticate': `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="${scopes.join(' ')}"`,
    });
  }
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  410: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
};

/** The JSON response for a GoogleHttpError. */
export function errorResponse(err: GoogleHttpError): EmuResponse {
  if (err instanceof GoogleScopeError) return scopeErrorResponse(err);
  return {
    status: err.status,
    headers: err.headers,
    body: {
      error: {
        code: err.status,
        message: err.message,
        errors: [{ domain: err.domain, reason: err.reason, message: err.message }],
        status: STATUS_NAMES[err.status] ?? 'UNKNOWN',
      },
    },
  };
}

function scopeErrorResponse(err: GoogleScopeError): EmuResponse {
  const service = err.method.startsWith('gmail.') ? 'gmail.googleapis.com' : 'calendar-json.googleapis.com';
  return {
    status: 403,
    headers: err.headers,
    body: {
      error: {
        code: 403,
        message: err.message,
        errors: [{ message: 'Insufficient Permission', domain: 'global', reason: err.reason }],
        status: 'PERMISSION_DENIED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
            domain: 'googleapis.com',
            metadata: { method: err.method, service },
          },
        ],
      },
    },
  };
}

/** The request body as JSON; a body that is not JSON is the client's mistake (400). */
export function jsonBody<T = Record<string, unknown>>(req: EmuRequest): T {
  const value = parseJsonBody(req);
  if (value === undefined) throw new GoogleHttpError(400, 'Invalid JSON payload received.', 'parseError');
  return value as T;
}

/** A required string field, or 400 `required` as Google answers. */
export function required(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new GoogleHttpError(400, `Required parameter: ${name}`, 'required');
  }
  return value;
}

/** base64url without padding (Gmail's `raw`). */
export function toBase64Url(buf: Buffer): string {
  return buf.toString('base64url');
}

/** Decodes base64url, tolerating padding and the standard alphabet. */
export function fromBase64Url(text: string): Buffer {
  return Buffer.from(text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), 'base64url');
}
