/**
 * CSRF protection by the synchronizer pattern: every form of a session carries the
 * session's token in `_csrf` (or a script sends it as `X-CSRF-Token`), and a state-changing
 * request whose token does not match is refused. API-key requests carry no cookie, so a
 * foreign page cannot make them, and need no token.
 */
import type { NextFunction, Request, Response } from 'express';
import { sameSecret } from '../../security/same-secret.js';
import { messagePage } from '../html.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses unsafe requests of a session without its CSRF token. */
export function requireCsrf(req: Request, res: Response, next: NextFunction): void {
  const viewer = res.locals.viewer;
  if (SAFE.has(req.method) || viewer?.via === 'api_key') {
    next();
    return;
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  const given = typeof body._csrf === 'string' ? body._csrf : req.get('x-csrf-token');
  if (viewer?.csrfToken && typeof given === 'string' && sameSecret(given, viewer.csrfToken)) {
    next();
    return;
  }
  res
    .status(403)
    .type('html')
    .send(
      messagePage(
        'This form has expired',
        'The request did not carry this page’s security token. Go back, reload the page and try again.',
        'error',
      ),
    );
}
