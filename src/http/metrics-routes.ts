/**
 * `GET /metrics`: this process's registry (src/metrics/) in the Prometheus text format. On
 * the main port it needs `Authorization: Bearer` with METRICS_TOKEN or an admin's API key
 * (or an admin's session); `metricsApp` serves it without credentials on METRICS_PORT,
 * which listens on loopback only.
 */
import express, { type Request, type Response, Router } from 'express';
import type { AppContext } from '../context.js';
import { sameSecret } from '../security/same-secret.js';
import { bearerToken } from './auth/authenticate.js';
import { requireKnownHost } from './host-check.js';

async function sendMetrics(ctx: AppContext, res: Response): Promise<void> {
  const metrics = ctx.metrics;
  const text = await metrics.render();
  res.setHeader('Content-Type', metrics.contentType);
  res.send(text);
}

function mayReadMetrics(ctx: AppContext, req: Request, res: Response): boolean {
  const token = ctx.config.metrics.token;
  const bearer = bearerToken(req);
  if (token && bearer && sameSecret(bearer, token)) return true;
  return res.locals.viewer?.isAdmin === true;
}

/** The guarded route on the main app; mount after authenticate(). */
export function metricsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/metrics', async (req, res, next) => {
    try {
      if (!mayReadMetrics(ctx, req, res)) {
        res
          .status(401)
          .setHeader('WWW-Authenticate', 'Bearer realm="agendum-metrics"')
          .type('text/plain')
          .send(
            'Send Authorization: Bearer with METRICS_TOKEN or an admin API key, or scrape METRICS_PORT.\n',
          );
        return;
      }
      await sendMetrics(ctx, res);
    } catch (err) {
      next(err);
    }
  });
  return router;
}

/** The app behind METRICS_PORT (bound to 127.0.0.1): /metrics only, no credentials. */
export function metricsApp(ctx: AppContext): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Loopback-only, but a rebinding page could still reach it through a browser on this host.
  app.use(requireKnownHost(ctx.config));
  app.get('/metrics', (_req, res, next) => sendMetrics(ctx, res).catch(next));
  app.use((_req, res) => res.status(404).type('text/plain').send('Only /metrics is served here.\n'));
  return app;
}
