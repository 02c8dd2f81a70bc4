/**
 * Analytics for a signed-in viewer, through their scoped client (a rep counts their own
 * meetings, an admin every rep's): `GET /api/analytics` (JSON, also with an API key), the
 * page at `/analytics` and its CSV at `/analytics.csv`, all taking `from`, `to` (or the
 * page's inclusive `until`) and `groupBy`.
 */
import { type NextFunction, type Request, type Response, Router } from 'express';
import { analyticsCsv } from '../analytics/analytics-csv.js';
import { parseAnalyticsQuery } from '../analytics/analytics-query.js';
import { analyticsReport } from '../analytics/analytics-report.js';
import { scopedDb } from '../auth/scoped-db.js';
import type { AppContext } from '../context.js';
import { apiError } from './api-error.js';
import { viewerOf } from './auth/authenticate.js';
import { sendPageError } from './page-errors.js';
import { renderAnalytics } from './pages/analytics-page.js';

function reportFor(ctx: AppContext, req: Request, res: Response) {
  const now = ctx.clock();
  const query = parseAnalyticsQuery(req.query as Record<string, unknown>, now);
  return analyticsReport(scopedDb(ctx.db, viewerOf(res)), query, now);
}

/** The request's own query string, to carry the same filter to the CSV and JSON links. */
function queryString(req: Request): string {
  const at = req.originalUrl.indexOf('?');
  return at === -1 ? '' : req.originalUrl.slice(at);
}

/** `GET /analytics`; mount at /api behind requireViewer('api'). */
export function analyticsApiRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/analytics', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { rows, totals, from, to, groupBy } = await reportFor(ctx, req, res);
      res.json({ from, to, groupBy, rows, totals });
    } catch (err) {
      apiError(res, next, err);
    }
  });
  return router;
}

/** The page and its CSV; mount behind requireViewer('page'). */
export function analyticsPageRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/analytics', async (req, res) => {
    try {
      const report = await reportFor(ctx, req, res);
      res.type('html').send(renderAnalytics(viewerOf(res), report, queryString(req)));
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  router.get('/analytics.csv', async (req, res) => {
    try {
      const report = await reportFor(ctx, req, res);
      const name = `agendum-analytics-${report.groupBy}-${report.from.slice(0, 10)}.csv`;
      res.type('text/csv').attachment(name).send(analyticsCsv(report));
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  return router;
}
