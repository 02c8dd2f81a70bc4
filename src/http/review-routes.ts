/**
 * `/messages/:id`: the signed-in rep reviews a draft from the dashboard. The same page as
 * the emailed link, but authenticated by the session (every POST carries its CSRF token)
 * and scoped: another rep's draft is not found. Pages never mint `/a/` tokens.
 */
import { type Request, type Response, Router } from 'express';
import { scopedDb } from '../auth/scoped-db.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { viewerOf } from './auth/authenticate.js';
import { actOnDraft, DRAFT_INCLUDE, previewFrameHtml, previewJson, showDraft } from './draft-review.js';
import { sendPageError } from './page-errors.js';
import { sendEmptyFrame, sendPreviewFrame } from './preview-frame.js';

async function loadDraft(ctx: AppContext, res: Response, id: string) {
  const db = scopedDb(ctx.db, viewerOf(res));
  const msg = await db.message.findUnique({ where: { id }, include: DRAFT_INCLUDE });
  if (!msg) throw new AppError('not_found', 'There is no such draft.');
  return msg;
}

/** Where the signed-in review page is, and the CSRF token its forms carry. */
const pageAt = (req: Request, res: Response) => ({
  path: `/messages/${encodeURIComponent(String(req.params.id))}`,
  csrfToken: viewerOf(res).csrfToken,
});

/** The review routes; mount behind requireViewer and requireCsrf. */
export function reviewRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/messages/:id', async (req: Request, res: Response) => {
    try {
      const msg = await loadDraft(ctx, res, String(req.params.id));
      res.type('html').send(await showDraft(ctx, msg, pageAt(req, res)));
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });

  // The preview frame: GET shows the draft as stored, POST (the live preview) with edits.
  router.all('/messages/:id/frame', async (req: Request, res: Response) => {
    if (req.method !== 'GET' && req.method !== 'POST') return void res.status(405).end();
    try {
      const msg = await loadDraft(ctx, res, String(req.params.id));
      sendPreviewFrame(res, await previewFrameHtml(ctx, msg, req.method === 'POST' ? (req.body ?? {}) : {}));
    } catch (err) {
      sendEmptyFrame(res, err instanceof AppError && err.code === 'not_found' ? 404 : 409);
    }
  });

  router.post('/messages/:id/preview', async (req: Request, res: Response) => {
    try {
      const msg = await loadDraft(ctx, res, String(req.params.id));
      res.json(await previewJson(ctx, msg, req.body ?? {}));
    } catch (err) {
      res
        .status(err instanceof AppError ? (err.code === 'not_found' ? 404 : 409) : 500)
        .json({ error: err instanceof Error ? err.message : 'failed' });
    }
  });

  router.post('/messages/:id', async (req: Request, res: Response) => {
    try {
      const msg = await loadDraft(ctx, res, String(req.params.id));
      const answer = await actOnDraft(ctx, msg, req.body ?? {}, { at: pageAt(req, res) });
      res.status(answer.status).type('html').send(answer.html);
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });

  return router;
}
