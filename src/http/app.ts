/** The express app: health, dashboard, JSON API, and the link pages for reps and prospects. */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AppContext } from '../context.js';
import type { SyncTriggers } from '../jobs/sync-triggers.js';
import { approvalRoutes } from './approval-routes.js';
import { confirmationRoutes } from './confirmation-routes.js';
import { connectableProviders, listConnectionViews } from './connections-view.js';
import { googleWebhookRoutes } from './google-webhook.js';
import { messagePage } from './html.js';
import { listMeetingViews } from './meetings-view.js';
import { renderMetrics } from './metrics.js';
import { microsoftWebhookRoutes } from './microsoft-webhook.js';
import { oauthRoutes } from './oauth-routes.js';
import { outcomeRoutes } from './outcome-routes.js';
import { renderDashboard } from './pages/dashboard-page.js';
import { rateLimit } from './rate-limit.js';

/** Headers every page gets; the links carry secrets in their path, so no Referer leaves. */
function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cache-Control', 'no-store');
  next();
}

export interface AppOptions {
  /**
   * The sync loop's triggers, for webhooks. Absent in a process that runs no sync loop
   * (and in page-only tests): webhooks then answer 503 so the provider retries elsewhere.
   */
  triggers?: SyncTriggers;
  /** Called after an OAuth sign-in connected an account, so its sync loops start at once. */
  onConnected?: (connectionId: string) => void;
}

/** Builds the app for a context. */
export function createApp(ctx: AppContext, opts: AppOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  app.use(microsoftWebhookRoutes(ctx, opts.triggers));
  app.use(googleWebhookRoutes(ctx, opts.triggers));
  app.use(express.urlencoded({ extended: false, limit: '64kb' }));
  app.use(express.json({ limit: '256kb' }));

  app.get('/healthz', async (_req, res) => {
    try {
      await ctx.db.$queryRawUnsafe('SELECT 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch (err) {
      ctx.log.error('health check: database unreachable', { error: String(err) });
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });

  app.get('/metrics', async (_req, res, next) => {
    try {
      res.type('text/plain; version=0.0.4').send(await renderMetrics(ctx));
    } catch (err) {
      next(err);
    }
  });

  app.get('/api/meetings', async (_req, res, next) => {
    try {
      res.json({ meetings: await listMeetingViews(ctx) });
    } catch (err) {
      next(err);
    }
  });

  app.get('/api/connections', async (_req, res, next) => {
    try {
      res.json({ connections: await listConnectionViews(ctx) });
    } catch (err) {
      next(err);
    }
  });

  app.get('/', async (_req, res, next) => {
    try {
      const [meetings, connections] = await Promise.all([listMeetingViews(ctx), listConnectionViews(ctx)]);
      res.type('html').send(renderDashboard(ctx, meetings, connections, connectableProviders(ctx)));
    } catch (err) {
      next(err);
    }
  });

  app.use('/a', rateLimit(60, 60_000));
  app.use('/c', rateLimit(30, 60_000));
  app.use('/oauth', rateLimit(30, 60_000));
  app.use(oauthRoutes(ctx, opts.onConnected));
  app.use(outcomeRoutes(ctx));
  app.use(approvalRoutes(ctx));
  app.use(confirmationRoutes(ctx));

  app.use((_req, res) => {
    res
      .status(404)
      .type('html')
      .send(messagePage('Not found', 'There is nothing at this address.', 'error'));
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    ctx.log.error('request failed', { error: err instanceof Error ? err.message : String(err) });
    res
      .status(500)
      .type('html')
      .send(messagePage('Something went wrong', 'Try again in a minute.', 'error'));
  });
  return app;
}
