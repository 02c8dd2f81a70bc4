/**
 * The connections page and what it asks of the server: `GET /connections`, `POST
 * /connections/:id/sync` (enqueues a calendar sync; the page's form carries the CSRF token)
 * and `GET /api/connections/:id/progress` (the running first sync, for the page's script).
 * Every lookup goes through the viewer's scoped client: another rep's connection is a 404.
 */
import { Router } from 'express';
import { scopedDb } from '../auth/scoped-db.js';
import type { AppContext } from '../context.js';
import { progressLine, progressShare } from '../domain/sync-progress.js';
import { AppError } from '../errors.js';
import { apiError } from './api-error.js';
import { viewerOf } from './auth/authenticate.js';
import { connectableProviders, getConnectionProgress, listConnectionViews } from './connections-view.js';
import { sendPageError } from './page-errors.js';
import { providerWords } from './pages/connection-card.js';
import { renderConnectionsPage } from './pages/connections-page.js';
import { readerZone } from './pages/dashboard-time.js';

const NO_SUCH_CONNECTION = 'You have no such connection. Open /connections to see yours.';

/** `GET /api/connections/:id/progress`; mount at /api behind requireViewer('api'). */
export function connectionsApiRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/connections/:id/progress', async (req, res, next) => {
    try {
      const found = await getConnectionProgress(scopedDb(ctx.db, viewerOf(res)), String(req.params.id));
      if (!found) throw new AppError('not_found', NO_SUCH_CONNECTION);
      const { firstSync } = found;
      res.json({
        ...found,
        line: firstSync ? progressLine(firstSync) : 'No first sync has run.',
        share: firstSync ? progressShare(firstSync) : 0,
      });
    } catch (err) {
      apiError(res, next, err);
    }
  });
  return router;
}

/** The page and its "Sync now" form; mount behind requireViewer('page') and requireCsrf. */
export function connectionsPageRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/connections', async (req, res) => {
    try {
      const viewer = viewerOf(res);
      const db = scopedDb(ctx.db, viewer);
      const [connections, rep] = await Promise.all([
        listConnectionViews(db),
        db.rep.findUnique({ where: { id: viewer.repId }, select: { timeZone: true } }),
      ]);
      const queued = connections.find((c) => c.id === req.query.synced);
      res.type('html').send(
        renderConnectionsPage({
          viewer,
          connections,
          connectable: connectableProviders(ctx),
          zone: readerZone(rep?.timeZone),
          now: ctx.clock(),
          ...(queued
            ? {
                notice: `A calendar sync of ${queued.rep}'s ${providerWords(queued.provider)} is queued; its last sync time changes when it is done.`,
              }
            : {}),
        }),
      );
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  router.post('/connections/:id/sync', async (req, res) => {
    try {
      const db = scopedDb(ctx.db, viewerOf(res));
      const conn = await db.connection.findFirst({
        where: { id: String(req.params.id) },
        select: { id: true, status: true, provider: true },
      });
      if (!conn) throw new AppError('not_found', NO_SUCH_CONNECTION);
      if (conn.status !== 'active') {
        throw new AppError(
          'conflict',
          `This ${providerWords(conn.provider)} connection needs to be reconnected before it can sync: use its Reconnect button on /connections.`,
        );
      }
      await ctx.jobs.enqueue('sync_calendar', { connectionId: conn.id });
      res.redirect(303, `/connections?synced=${encodeURIComponent(conn.id)}`);
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  return router;
}
