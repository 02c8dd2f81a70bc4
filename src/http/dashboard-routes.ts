/**
 * What a signed-in viewer reads: the dashboard (`/`) and the JSON API (`/api/…`), both
 * through the viewer's scoped client. The API also takes `Authorization: Bearer KEY`.
 */
import { type Request, type Response, Router } from 'express';
import { scopedDb } from '../auth/scoped-db.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { apiError } from './api-error.js';
import { viewerOf } from './auth/authenticate.js';
import { connectableProviders, listConnectionViews } from './connections-view.js';
import { getMeetingView, listAccountMeetingViews, listMeetingViews, pageQuery } from './meetings-view.js';
import { sendPageError } from './page-errors.js';
import { renderAccountTimeline } from './pages/account-timeline-page.js';
import { renderDashboard } from './pages/dashboard-page.js';
import { readerZone } from './pages/dashboard-time.js';
import { suppressionRoutes } from './suppression-routes.js';

/**
 * `/api/meetings`, `/api/meetings/:id`, `/api/connections`, and for admins
 * `/api/suppressions` (suppression-routes.ts); mount at /api behind requireViewer('api').
 */
export function apiRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(suppressionRoutes(ctx));
  router.get('/meetings', async (req: Request, res: Response, next) => {
    try {
      const db = scopedDb(ctx.db, viewerOf(res));
      res.json(await listMeetingViews(db, ctx.clock(), pageQuery(req.query)));
    } catch (err) {
      apiError(res, next, err);
    }
  });
  router.get('/meetings/:id', async (req: Request, res: Response, next) => {
    try {
      const db = scopedDb(ctx.db, viewerOf(res));
      const meeting = await getMeetingView(db, String(req.params.id));
      if (!meeting) throw new AppError('not_found', 'There is no such meeting.');
      res.json({ meeting });
    } catch (err) {
      apiError(res, next, err);
    }
  });
  router.get('/accounts/:domain/meetings', async (req: Request, res: Response, next) => {
    try {
      const timeline = await listAccountMeetingViews(
        scopedDb(ctx.db, viewerOf(res)),
        String(req.params.domain),
      );
      if (!timeline) throw new AppError('not_found', 'You have no meetings with this account.');
      res.json(timeline);
    } catch (err) {
      apiError(res, next, err);
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

/** The dashboard and each account's timeline; mount behind requireViewer('page'). */
export function dashboardRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/accounts/:domain', async (req, res) => {
    try {
      const viewer = viewerOf(res);
      const db = scopedDb(ctx.db, viewer);
      const [timeline, rep] = await Promise.all([
        listAccountMeetingViews(db, String(req.params.domain)),
        db.rep.findUnique({ where: { id: viewer.repId }, select: { timeZone: true } }),
      ]);
      if (!timeline) throw new AppError('not_found', 'You have no meetings with this account.');
      res
        .type('html')
        .send(
          renderAccountTimeline({ viewer, ...timeline, zone: readerZone(rep?.timeZone), now: ctx.clock() }),
        );
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  router.get('/', async (req, res) => {
    try {
      const viewer = viewerOf(res);
      const db = scopedDb(ctx.db, viewer);
      const now = ctx.clock();
      const [page, connections, rep] = await Promise.all([
        listMeetingViews(db, now, pageQuery(req.query)),
        listConnectionViews(db),
        // Times are the viewer's own zone, whoever's meetings they read (an admin reads every rep's).
        db.rep.findUnique({ where: { id: viewer.repId }, select: { timeZone: true } }),
      ]);
      res.type('html').send(
        renderDashboard({
          viewer,
          page,
          connections,
          connectable: connectableProviders(ctx),
          zone: readerZone(rep?.timeZone),
          now,
        }),
      );
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });
  return router;
}
