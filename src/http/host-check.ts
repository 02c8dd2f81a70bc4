/**
 * DNS rebinding guard: a page on another site can point its own host name at this
 * machine and have the rep's browser call us. Such requests carry that foreign name in
 * `Host`, so anything but PUBLIC_URL's host (or a loopback name, which no foreign page can
 * present) is answered 421 Misdirected Request.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The host name of a Host header, lower-cased, without the port; null when the header is
 * not a bare host[:port] (`[::1]evil`, `a@b`, a path), which no browser sends.
 */
function hostName(header: string): string | null {
  const h = header.trim().toLowerCase();
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(h)) return null;
  return h.replace(/:\d{1,5}$/, '');
}

/** Middleware answering 421 to requests for a host this service is not. */
export function requireKnownHost(config: Config) {
  const publicHost = new URL(config.http.publicUrl).hostname.toLowerCase();
  const allowed = new Set([...LOOPBACK, publicHost]);
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.host;
    const name = header ? hostName(header) : null;
    if (name && allowed.has(name)) return next();
    res
      .status(421)
      .type('text/plain')
      .send(`This server answers for ${publicHost} only. Open ${config.http.publicUrl} instead.`);
  };
}
