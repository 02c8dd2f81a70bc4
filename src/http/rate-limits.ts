/**
 * Per-client request limits, one per route family, so no single address can make the
 * service do unbounded work. Keyed by `req.ip`: with TRUST_PROXY off (the default) that
 * is the socket's address and a forged X-Forwarded-For changes nothing; behind a proxy,
 * TRUST_PROXY makes it the address the proxy saw. Counts live in memory per process, so
 * with several web instances each one allows the full budget.
 */
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppContext } from '../context.js';
import { createRejectLog, type RejectLog } from './reject-log.js';

export type RateFamily =
  | 'webhooks'
  | 'approvalLinks'
  | 'confirmationLinks'
  | 'signin'
  | 'oauth'
  | 'api'
  | 'probes'
  | 'pages';

/** Where each family is mounted in app.ts, and how many requests a minute one address gets. */
export const RATE_LIMITS: Record<RateFamily, { path: string; perMinute: number }> = {
  // Provider pushes come from a few shared provider addresses for every rep at once (one
  // address behind a proxy without TRUST_PROXY): a busy team sends tens a second. Graph and
  // Pub/Sub retry a 429, but Google Calendar counts it as a lost message until the hourly
  // safety sync, so the limit sits far above any team's rate. A forged push costs one
  // indexed lookup before it is refused, so the headroom is cheap.
  webhooks: { path: '/webhooks', perMinute: 12_000 },
  // A rep approving drafts: a page and a POST per draft, plus the live preview, which
  // posts after every pause in typing — an edited draft can take dozens a minute.
  approvalLinks: { path: '/a', perMinute: 120 },
  // A prospect opens the page and answers once or twice; mail scanners prefetch the GET.
  confirmationLinks: { path: '/c', perMinute: 20 },
  // A sign-in is two or three requests and sessions last for days; the link tokens are
  // unguessable, so this bounds lookups rather than guessing.
  signin: { path: '/signin', perMinute: 20 },
  // Connecting an account: a start and a callback.
  oauth: { path: '/oauth', perMinute: 20 },
  // Scripts with an API key.
  api: { path: '/api', perMinute: 120 },
  // /readyz writes to the database and needs no sign-in; orchestrators probe every few
  // seconds. /healthz stays unlimited: it costs nothing, and a refused liveness probe
  // would get a healthy process killed.
  probes: { path: '/readyz', perMinute: 120 },
  // Everything else behind sign-in. Several reps behind one office NAT share an address.
  pages: { path: '/', perMinute: 300 },
};

/** The paths whose own family counts them, so the catch-all `pages` family skips them. */
function ownFamily(path: string): boolean {
  return Object.entries(RATE_LIMITS).some(
    ([family, { path: p }]) => family !== 'pages' && (path === p || path.startsWith(`${p}/`)),
  );
}

/** Answers a limited request: a short "wait" in the family's format (Retry-After is already set). */
function refuse(family: RateFamily, rejects: RejectLog) {
  return (_req: Request, res: Response) => {
    rejects.record(family);
    const wait = Number(res.getHeader('Retry-After')) || 60;
    const text = `Too many requests. Wait ${wait} seconds and try again.`;
    res.status(429);
    if (family === 'api') res.json({ error: 'rate_limited', message: text });
    else res.type('text/plain').send(`${text}\n`);
  };
}

function limiter(ctx: AppContext, family: RateFamily, rejects: RejectLog): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: RATE_LIMITS[family].perMinute,
    // RateLimit-Policy and RateLimit headers; Retry-After on every 429.
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    ...(family === 'pages' ? { skip: (req: Request) => ownFamily(req.path) } : {}),
    handler: refuse(family, rejects),
    validate: {
      // With TRUST_PROXY off a client-sent X-Forwarded-For is expected noise (it is what
      // a bypass attempt looks like), not a misconfiguration to report on every start.
      xForwardedForHeader: false,
      forwardedHeader: false,
    },
    // The library's own findings (e.g. TRUST_PROXY=true, which lets any client pick its
    // address) go to our log, once each.
    logger: {
      warn: (error) => ctx.log.warn('rate limiter', { family, error: String(error) }),
      error: (error) => ctx.log.error('rate limiter', { family, error: String(error) }),
    },
  });
}

/** One limiter per family, sharing one aggregated log of 429s. Mount them as app.ts does. */
export function createRateLimits(
  ctx: AppContext,
  rejects: RejectLog = createRejectLog(ctx.log, 'requests rate-limited', ctx.clock),
): Record<RateFamily, RequestHandler> {
  const families = Object.keys(RATE_LIMITS) as RateFamily[];
  return Object.fromEntries(families.map((f) => [f, limiter(ctx, f, rejects)])) as Record<
    RateFamily,
    RequestHandler
  >;
}
