/**
 * The emulator's request/response plumbing: handlers get a parsed request and return a
 * response value, so fault injection (delay, drop, 429) can wrap any route uniformly.
 * Errors use Graph's shape `{"error":{"code","message","innerError":{…}}}` (docs/providers.md §6.1).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface EmuRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** Route params, e.g. `{ id }` for `/v1.0/me/messages/{id}`. */
  params: Record<string, string>;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A JSON response. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): EmuResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/** A response without a body (Graph's 202 for /send has no Content-Type, so the SDK reads none). */
export function empty(status: number, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers };
}

/** An error in Graph's JSON shape. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): EmuResponse {
  return json(
    status,
    {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString(),
          'request-id': randomUUID(),
          'client-request-id': randomUUID(),
        },
      },
    },
    headers,
  );
}

/** Params of `pattern` (`{name}` matches one segment) in `path`, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith('{') && w.endsWith('}')) params[w.slice(1, -1)] = decodeURIComponent(g);
    else if (w.toLowerCase() !== g.toLowerCase()) return null;
  }
  return params;
}

/** The preferences in a `Prefer` header, by lower-cased name (values unquoted). */
export function preferences(header: string | string[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of text.split(',')) {
    const [name, ...rest] = part.split('=');
    if (!name?.trim()) continue;
    out.set(name.trim().toLowerCase(), rest.join('=').trim().replace(/^"|"$/g, ''));
  }
  return out;
}

/** Graph's date-time form: UTC, no offset, seven fractional digits. */
export function graphDateTime(d: Date): { dateTime: string; timeZone: string } {
  return { dateTime: d.toISOString().replace(/\.(\d{3})Z$/, '.$10000'), timeZone: 'UTC' };
}

/** Reads a whole request body. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A Graph-looking opaque id. */
export function opaqueId(prefix: string): string {
  return `${prefix}${Buffer.from(randomUUID()).toString('base64url')}`;
}
