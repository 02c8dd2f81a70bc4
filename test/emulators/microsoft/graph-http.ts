/**
 * Graph's side of the emulator's HTTP: route params by name, bodies as strings, errors in
 * Graph's shape `{"error":{"code","message","innerError":{…}}}` (docs/providers.md §6.1), the
 * `Prefer` header, and Graph's ids and date-times. The plumbing both emulators share is in
 * ../http-kit.ts.
 */
import { randomUUID } from 'node:crypto';
import type { EmuRequest as KitRequest, EmuResponse as KitResponse } from '../http-kit.js';

/** One request as the routes see it: route params by name, e.g. `{ id }` for `/v1.0/me/messages/{id}`. */
export type EmuRequest = KitRequest<Record<string, string>>;

/** What a route returns: the body already serialized (the 501 log quotes it). */
export type EmuResponse = KitResponse<string | Buffer>;

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

/** A Graph-looking opaque id. */
export function opaqueId(prefix: string): string {
  return `${prefix}${Buffer.from(randomUUID()).toString('base64url')}`;
}
