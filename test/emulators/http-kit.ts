/**
 * The HTTP plumbing both loopback emulators share: a `node:http` server on 127.0.0.1, a
 * request read into a plain value, routes that return a response value (so a fault can
 * delay or replace any of them), route patterns, armed faults, and the log of what was
 * asked. What each provider answers — its error shape, its fault kinds, its routes — stays
 * in its own folder (google/google-http.ts, microsoft/graph-http.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the routes see it; `Params` is how the provider hands out path parameters. */
export interface EmuRequest<Params> {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
  params: Params;
}

/** What a route returns; the server writes it, after any fault had its say. */
export interface EmuResponse<Body = unknown> {
  status: number;
  headers?: Record<string, string>;
  /** A string or Buffer goes out as it is; anything else as JSON. */
  body?: Body;
}

/** Reads a whole request body. */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The request with its whole body read; `params` are filled in once a route matched. */
export async function readRequest<Params>(raw: IncomingMessage, params: Params): Promise<EmuRequest<Params>> {
  const url = new URL(raw.url ?? '/', 'http://emulator');
  return {
    method: raw.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: raw.headers,
    body: await readBody(raw),
    params,
  };
}

/** A JSON request body: `{}` when empty, undefined when it is not JSON (each provider words that 400). */
export function parseJsonBody(req: { body: Buffer }): unknown {
  if (req.body.length === 0) return {};
  try {
    return JSON.parse(req.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Writes a route's response. A body that is not a string or Buffer is sent as JSON, and a
 * body without a Content-Type gets the JSON one; a socket the client already dropped is left alone.
 */
export function writeResponse(res: ServerResponse, out: EmuResponse): void {
  if (res.destroyed || res.writableEnded) return;
  const headers: Record<string, string> = { ...out.headers };
  let payload: string | Buffer = '';
  if (out.body !== undefined) {
    payload = typeof out.body === 'string' || Buffer.isBuffer(out.body) ? out.body : JSON.stringify(out.body);
    headers['content-type'] ??= 'application/json; charset=UTF-8';
  }
  res.writeHead(out.status, headers);
  res.end(payload);
}

/**
 * The parameters of `pattern` in `path`, or null when it does not match: `{name}` stands for
 * one segment (decoded), other segments must be equal. Google's paths are case-sensitive and
 * never match with an empty id; Graph's match case-insensitively, and an empty `{name}`
 * reaches the route, which answers its own 404.
 */
export function matchPath(
  pattern: string,
  path: string,
  rules: { ignoreCase?: boolean; emptyParams?: boolean } = {},
): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith('{') && w.endsWith('}')) {
      if (g === '' && !rules.emptyParams) return null;
      params[w.slice(1, -1)] = decodeURIComponent(g);
    } else if (rules.ignoreCase ? w.toLowerCase() !== g.toLowerCase() : w !== g) return null;
  }
  return params;
}

/** Faults armed for coming requests: each fires for its next `times` matching requests, oldest first. */
export class ArmedFaults<Fault> {
  private armed: { fault: Fault; left: number }[] = [];

  arm(fault: Fault, times: number): void {
    this.armed.push({ fault, left: times });
  }

  /** Takes (consumes once) the first armed fault that `matches`. */
  take(matches: (fault: Fault) => boolean): Fault | undefined {
    const hit = this.armed.find((a) => a.left > 0 && matches(a.fault));
    if (!hit) return undefined;
    hit.left--;
    this.armed = this.armed.filter((a) => a.left > 0);
    return hit.fault;
  }

  clear(): void {
    this.armed = [];
  }
}

/** A `Retry-After` header in seconds, or none. */
export function retryAfterHeader(seconds: number | undefined): Record<string, string> {
  return seconds === undefined ? {} : { 'retry-after': String(seconds) };
}

/** Resolves after `ms`: a held response (the answer too late for the client). */
export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The requests an emulator saw, by route name, and the ones it does not implement. */
export class RequestLog<Entry extends { route: string; status: number }> {
  readonly requests: Entry[] = [];
  /** Requests no route implements, or that a route answered 501: tests assert this stays empty. */
  readonly unimplemented: string[] = [];

  /** How many requests reached `route` (with `status`, when given). */
  count(route: string, status?: number): number {
    return this.requests.filter((r) => r.route === route && (status === undefined || r.status === status))
      .length;
  }
}

/** Outgoing requests (webhooks, push notifications) an emulator still has in flight. */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  /** Tracks `p` until it settles; returns it. */
  track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    const done = () => void this.pending.delete(p);
    p.then(done, done);
    return p;
  }

  /** Resolves once every request in flight, and any they started, has settled. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

/** A server on 127.0.0.1 at a random port. */
export interface LoopbackServer {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

/** Starts `handle` on 127.0.0.1 at a random port. */
export async function listenOnLoopback(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<LoopbackServer> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
