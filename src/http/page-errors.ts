/** Error pages for the link pages (`/a/…`, `/c/…`): say what happened and what to do. */
import type { Response } from 'express';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { messagePage } from './html.js';

/** Answers a page request that failed: a clear page for expected errors, a generic one otherwise. */
export function sendPageError(res: Response, err: unknown, ctx: AppContext): void {
  if (err instanceof AppError) {
    const titles: Partial<Record<string, [number, string]>> = {
      token_invalid: [403, 'This link is not valid'],
      token_expired: [410, 'This link has expired'],
      token_used: [409, 'This link was already used'],
      conflict: [409, 'Nothing to do'],
      bad_request: [400, 'Something is missing'],
      not_found: [404, 'Not found'],
    };
    const [status, title] = titles[err.code] ?? [500, 'Something went wrong'];
    res
      .status(status)
      .type('html')
      .send(messagePage(title, err.message, 'error'));
    return;
  }
  ctx.log.error('page failed', { error: String(err) });
  res
    .status(500)
    .type('html')
    .send(messagePage('Something went wrong', 'Try again in a minute.', 'error'));
}
