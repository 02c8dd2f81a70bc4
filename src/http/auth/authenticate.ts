/**
 * Who is asking, for every route behind sign-in: a session cookie (browsers) or
 * `Authorization: Bearer KEY` (scripts, on /api/* and /metrics only). `res.locals.viewer` is set when either is valid;
 * `requireViewer` turns everyone else away — pages to /signin, the API with 401 JSON.
 */
import type { NextFunction, Request, Response } from 'express';
import { viewerForApiKey } from '../../auth/api-keys.js';
import { viewerForSession } from '../../auth/sessions.js';
import type { Viewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { messagePage } from '../html.js';
import { readCookie, sessionCookieName } from './cookies.js';

declare module 'express-serve-static-core' {
  interface Locals {
    viewer?: Viewer;
  }
}

/** The bearer token of a request, if it has one. */
export function bearerToken(req: Request): string | undefined {
  const h = req.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m?.[1];
}

/** Resolves the viewer (never fails the request: routes decide what needs one). */
export function authenticate(ctx: AppContext) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      // Keys are for scripts: they read the API (and /metrics), never drive the pages, whose
      // forms act — a monitoring key must not be able to approve or send mail.
      const bearer = bearerToken(req);
      if (bearer && (req.path.startsWith('/api/') || req.path === '/metrics')) {
        const viewer = await viewerForApiKey(ctx, bearer);
        if (viewer) res.locals.viewer = viewer;
        return next();
      }
      const cookie = readCookie(req, sessionCookieName(ctx.config));
      if (cookie) {
        const viewer = await viewerForSession(ctx, cookie);
        if (viewer) res.locals.viewer = viewer;
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}

/** Only signed-in viewers pass; `kind` decides how others are answered. */
export function requireViewer(kind: 'page' | 'api') {
  return (req: Request, res: Response, next: NextFunction) => {
    if (res.locals.viewer) return next();
    if (kind === 'api') {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="agendum"').json({
        error: 'unauthorized',
        message: 'Sign in, or send Authorization: Bearer KEY (agendum api-key create).',
      });
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.redirect(303, `/signin?next=${encodeURIComponent(req.originalUrl.slice(0, 500))}`);
      return;
    }
    res.status(401).type('text/plain').send('Sign in first: open /signin.');
  };
}

/** The viewer of a request that passed requireViewer. */
export function viewerOf(res: Response): Viewer {
  const v = res.locals.viewer;
  if (!v) throw new Error('viewerOf called on a route without requireViewer');
  return v;
}

/**
 * Only admins pass (after requireViewer); others get 403 saying `message`: a page headed
 * `title`, or the API's `{"error":"forbidden","message"}`.
 */
export function requireAdmin(kind: 'page' | 'api', message: string, title = 'For admins') {
  return (_req: Request, res: Response, next: NextFunction) => {
    if (viewerOf(res).isAdmin) return next();
    if (kind === 'api') res.status(403).json({ error: 'forbidden', message });
    else
      res
        .status(403)
        .type('html')
        .send(messagePage(title, message, 'error'));
  };
}
