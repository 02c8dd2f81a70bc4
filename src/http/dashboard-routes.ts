/**
 * What a signed-in viewer reads: the dashboard (`/`) and the JSON API (`/api/…`), both
 * through the viewer's scoped client. The API also takes `Authorization: Bearer KEY`.
 */
import { type Request, type Response, Router } from 'express';
import { scopedDb } from '../auth/scoped-db.js';
import type { AppContext } from '../context.js';
import { AppError, httpStatusFor } from '../errors.js';
import { viewerOf } from './auth/authenticate.js';
import { connectableProviders, listConnectionViews } from './connections-view.js';
import { getMeetingView, listMeetingViews, pageQuery } from './meetings-view.js';
import { sendPageError } from './page-errors.js';
import { renderDashboard } from './pages/dashboard-page.js';

function apiError(res: Response, err: unknown): void {
  if (err instanceof AppError) {
    res.status(httpStatusFor(err.code)).json({ error: err.code, message: err.message });
    return;
  }
  throw err;
}

/** `/api/meetings`, `/api/meetings/:id`, `/api/connections`; mount at /api behind requireViewer('api'). */
export function apiRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/meetings', async (req: Request, res: Response, next) => {
    try {
      const db = scopedDb(ctx.db, viewerOf(res));
      res.json(await listMeetingViews(db, ctx.clock(), pageQuery(req.query)));
    } catch (err) {
      try {
        apiError(res, err);
      } catch (e) {
        next(e);
      }
    }
  });
  router.get('/meetings/:id', async (req: Request, res: Response, next) => {
    try {
      const db = scopedDb(ctx.db, viewerOf(res));
      const meeting = await getMeetingView(db, String(req.params.id));
      if (!meeting) throw new AppError('not_found', 'There is no such meeting.');
      res.json({ meeting });
    } catch (err) {
      try {
        apiError(res, err);
      } catch (e) {
        next(e);
      }
    }
  });
  router.get('/connections', async (_req, res, next) => {
    try {
      res.json({ connections: await listConnectionViews(scopedDb(ctx.db, viewerOf(res))) });
    } catch (err) {
      next(err);
    }
  });
  return router;
}

/** The dashboard; mount behind requireViewer('page'). */
export function dashboardRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    try {
      const viewer = viewerOf(res);
      const db = scopedDb(ctx.db, viewer);
      const [page, connections] = await Promise.all([
        listMeetingViews(db, ctx.clock(), pageQuery(req.query)),
        listConnectionViews(db),
      ]);
      res.type('html').send(renderDashboard(viewer, page, connections, connectableProviders(ctx)));
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });
  return router;
}
