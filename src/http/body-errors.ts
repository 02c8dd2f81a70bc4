/**
 * Request bodies the parsers refused (too large, not JSON, an unknown charset) are the
 * client's mistake, not ours: they answer 4xx with what to change, and are counted in the
 * aggregated reject log instead of logged at error one by one. Covers every body parser
 * in the app, the webhooks' own included, since their errors reach the app's handlers too.
 */
import type { NextFunction, Request, Response } from 'express';
import type { AppContext } from '../context.js';
import { createRejectLog, type RejectLog } from './reject-log.js';

/** body-parser's `err.type` values that mean "the client sent something we refuse". */
const REFUSALS: Record<string, { status: number; message: string }> = {
  'entity.too.large': { status: 413, message: 'The request body is too large.' },
  'parameters.too.many': { status: 413, message: 'The form has too many fields.' },
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'charset.unsupported': { status: 415, message: 'Send the body as UTF-8.' },
  'encoding.unsupported': { status: 415, message: 'Send the body uncompressed, or gzip/deflate/br.' },
  'request.aborted': { status: 400, message: 'The request ended before its body did.' },
  'request.size.invalid': { status: 400, message: 'The body does not match its Content-Length.' },
};

function refusalOf(err: unknown): [string, { status: number; message: string }] | undefined {
  const type = (err as { type?: unknown } | null)?.type;
  const refusal = typeof type === 'string' ? REFUSALS[type] : undefined;
  return refusal && typeof type === 'string' ? [type, refusal] : undefined;
}

/** Error handler for refused bodies; anything else goes on to the next handler. Mount before the last one. */
export function answerBodyErrors(
  ctx: AppContext,
  rejects: RejectLog = createRejectLog(ctx.log, 'request bodies refused', ctx.clock),
) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    const found = refusalOf(err);
    if (!found) {
      next(err);
      return;
    }
    const [type, { status, message }] = found;
    // Only the first path segment: the rest of a link's path is its secret token.
    rejects.record(type, { route: `/${req.path.split('/')[1] ?? ''}`.slice(0, 32) });
    if (res.headersSent) return;
    res.status(status);
    if (req.path.startsWith('/api/')) res.json({ error: type, message });
    else res.type('text/plain').send(`${message}\n`);
  };
}
