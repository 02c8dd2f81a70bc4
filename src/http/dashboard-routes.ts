/**
 * What a signed-in viewer reads: the dashboard (`/`) and the JSON API (`/api/…`), both
 * through the viewer's scoped client. The API also takes `Authorization: Bearer KEY`.
 */
import { type Request, type Response, Router } from 'express';
import { scopedDb } from '../auth/scoped-db.js';
import type { Viewer } from '../auth/viewer.js';
import type { AppContext } from '../context.js';
import { readAccountLanguage } from '../domain/email-language.js';
import { AppError } from '../errors.js';
import { setAccountLanguage } from '../workflows/accounts/set-account-language.js';
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

type TimelineExtras = Pick<Parameters<typeof renderAccountTimeline>[0], 'language' | 'saved'>;

/** The account's timeline page as `viewer` may see it; not_found when they have no meeting with it. */
async function accountPage(ctx: AppContext, viewer: Viewer, domain: string, extras: TimelineExtras) {
  const db = scopedDb(ctx.db, viewer);
  const [timeline, rep] = await Promise.all([
    listAccountMeetingViews(db, domain),
    db.rep.findUnique({ where: { id: viewer.repId }, select: { timeZone: true } }),
  ]);
  if (!timeline) throw new AppError('not_found', 'You have no meetings with this account.');
  return renderAccountTimeline({
    viewer,
    ...timeline,
    ...extras,
    zone: readerZone(rep?.timeZone),
    now: ctx.clock(),
  });
}

/** The dashboard and each account's timeline; mount behind requireViewer('page') and requireCsrf. */
export function dashboardRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/accounts/:domain', async (req, res) => {
    try {
      const page = await accountPage(ctx, viewerOf(res), String(req.params.domain), {
        saved: req.query.saved === '1',
      });
      res.type('html').send(page);
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  // The rep with meetings at the account, or an admin: the scoped client finds it only for them.
  router.post('/accounts/:domain/language', async (req, res) => {
    try {
      const viewer = viewerOf(res);
      const domain = String(req.params.domain).toLowerCase();
      const account = await scopedDb(ctx.db, viewer).account.findUnique({ where: { domain } });
      if (!account) throw new AppError('not_found', 'You have no meetings with this account.');
      const sent = (req.body ?? {}) as Record<string, unknown>;
      const choice = readAccountLanguage(sent.language);
      if (!choice.ok) {
        const value = typeof sent.language === 'string' ? sent.language : '';
        const page = await accountPage(ctx, viewer, domain, { language: { value, error: choice.error } });
        res.status(400).type('html').send(page);
        return;
      }
      await setAccountLanguage(ctx, account.id, choice.language);
      res.redirect(303, `/accounts/${encodeURIComponent(domain)}?saved=1`);
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
