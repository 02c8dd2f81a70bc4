/**
 * `/a/:token`: the rep's approval page, reached from the approval email without signing in.
 * GET only shows (mail scanners prefetch links); POST approves, skips or previews. The token
 * is signed, expires, and acts once.
 */
import { type Request, type Response, Router } from 'express';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { isTokenUsed } from '../messages/action-tokens.js';
import { verifyActionToken } from '../security/action-token.js';
import {
  actOnDraft,
  DRAFT_INCLUDE,
  previewFrameHtml,
  previewJson,
  showDraft,
  showSkipQuestion,
} from './draft-review.js';
import { sendPageError } from './page-errors.js';
import { sendEmptyFrame, sendPreviewFrame } from './preview-frame.js';

async function loadDraft(ctx: AppContext, token: string) {
  const payload = verifyActionToken(ctx.secretKey, token, 'approve', ctx.clock());
  if (await isTokenUsed(ctx.db, payload.jti)) {
    throw new AppError('token_used', 'This link was already used. Open the dashboard to see what happened.');
  }
  const msg = await ctx.db.message.findUnique({ where: { id: payload.ref }, include: DRAFT_INCLUDE });
  if (!msg) throw new AppError('not_found', 'This draft no longer exists.');
  return { payload, msg };
}

/** The approval routes. */
export function approvalRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/a/:token', async (req: Request, res: Response) => {
    try {
      const token = String(req.params.token);
      const { msg } = await loadDraft(ctx, token);
      const at = { path: `/a/${token}` };
      // The email's "Skip" link asks first: a GET never acts.
      const page =
        req.query.action === 'skip' ? await showSkipQuestion(ctx, msg, at) : await showDraft(ctx, msg, at);
      res.type('html').send(page);
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });

  // The preview frame: GET shows the draft as stored, POST (the live preview) with edits.
  router.all('/a/:token/frame', async (req: Request, res: Response) => {
    if (req.method !== 'GET' && req.method !== 'POST') return void res.status(405).end();
    try {
      const { msg } = await loadDraft(ctx, String(req.params.token));
      sendPreviewFrame(res, await previewFrameHtml(ctx, msg, req.method === 'POST' ? (req.body ?? {}) : {}));
    } catch (err) {
      sendEmptyFrame(res, err instanceof AppError ? 409 : 500);
    }
  });

  router.post('/a/:token/preview', async (req: Request, res: Response) => {
    try {
      const { msg } = await loadDraft(ctx, String(req.params.token));
      res.json(await previewJson(ctx, msg, req.body ?? {}));
    } catch (err) {
      res
        .status(err instanceof AppError ? 409 : 500)
        .json({ error: err instanceof Error ? err.message : 'failed' });
    }
  });

  router.post('/a/:token', async (req: Request, res: Response) => {
    try {
      const token = String(req.params.token);
      const { payload, msg } = await loadDraft(ctx, token);
      const answer = await actOnDraft(ctx, msg, req.body ?? {}, {
        jti: payload.jti,
        at: { path: `/a/${token}` },
      });
      res.status(answer.status).type('html').send(answer.html);
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });

  return router;
}
