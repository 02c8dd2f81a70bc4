/** Error pages for the link pages (`/a/…`, `/c/…`): say what happened and what to do. */
import type { Response } from 'express';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { ClosedDraftError, closedDraftPage, usedLinkDraft } from './closed-draft.js';
import { messagePage } from './html.js';

const TITLES: Partial<Record<string, [number, string]>> = {
  token_invalid: [403, 'This link is not valid'],
  token_expired: [410, 'This link has expired'],
  token_used: [409, 'This link was already used'],
  conflict: [409, 'Nothing to do'],
  bad_request: [400, 'Something is missing'],
  not_found: [404, 'Not found'],
};

const USED_TITLE = 'This link was already used';

/**
 * The page for an expected error. A used `/a/` link, or a draft no longer awaiting
 * approval, says what became of the draft and links its meeting on the dashboard.
 */
async function errorPage(res: Response, err: AppError, ctx: AppContext): Promise<string> {
  const [, title] = TITLES[err.code] ?? [500, 'Something went wrong'];
  if (err instanceof ClosedDraftError) {
    return closedDraftPage(ctx, err.code === 'token_used' ? USED_TITLE : err.draft.title, err.draft);
  }
  const token = res.req?.params?.token;
  if (err.code === 'token_used' && typeof token === 'string' && res.req.path.startsWith('/a/')) {
    const draft = await usedLinkDraft(ctx, token);
    if (draft) return closedDraftPage(ctx, USED_TITLE, draft);
  }
  return messagePage(title, err.message, 'error');
}

/**
 * Answers a page request that failed: a clear page for expected errors, a generic one
 * otherwise. Never rejects, so the routes may leave the promise alone.
 */
export async function sendPageError(res: Response, err: unknown, ctx: AppContext): Promise<void> {
  if (err instanceof AppError) {
    const [status] = TITLES[err.code] ?? [500];
    let page: string;
    try {
      page = await errorPage(res, err, ctx);
    } catch (lookup) {
      // The explanation is a courtesy: without it the rep still gets the error's own words.
      ctx.log.warn('error page lookup failed', { error: String(lookup) });
      page = messagePage(TITLES[err.code]?.[1] ?? 'Something went wrong', err.message, 'error');
    }
    res.status(status).type('html').send(page);
    return;
  }
  ctx.log.error('page failed', { error: String(err) });
  res
    .status(500)
    .type('html')
    .send(messagePage('Something went wrong', 'Try again in a minute.', 'error'));
}
