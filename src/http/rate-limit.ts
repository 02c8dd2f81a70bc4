/** A fixed-window, per-client request limit for the public link endpoints. */
import type { NextFunction, Request, Response } from 'express';

/** Allows `max` requests per client IP per `windowMs`; answers 429 with Retry-After beyond it. */
export function rateLimit(max: number, windowMs: number, clock: () => number = Date.now) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return (req: Request, res: Response, next: NextFunction) => {
    const now = clock();
    const key = req.ip ?? 'unknown';
    let entry = hits.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs };
      hits.set(key, entry);
      // Keep the map bounded: drop expired windows when it grows.
      if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
    }
    entry.count++;
    if (entry.count > max) {
      res.setHeader('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)));
      res.status(429).type('text/plain').send('Too many requests. Wait a minute and try again.');
      return;
    }
    next();
  };
}
