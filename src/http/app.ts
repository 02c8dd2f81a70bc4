/**
 * The express app, in the order a request meets it: host check and headers, the public
 * surface (health, webhooks, sign-in, and the emailed `/a/` and `/c/` links), then
 * everything else behind sign-in (dashboard, review, JSON API) with CSRF on every form.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AppContext } from '../context.js';
import type { SyncTriggers } from '../jobs/sync-triggers.js';
import { actionRoutes } from './action-routes.js';
import { analyticsApiRoutes, analyticsPageRoutes } from './analytics-routes.js';
import { approvalRoutes } from './approval-routes.js';
import { authenticate, requireViewer } from './auth/authenticate.js';
import { requireCsrf } from './auth/csrf.js';
import { answerBodyErrors } from './body-errors.js';
import { confirmationRoutes } from './confirmation-routes.js';
import { connectionsApiRoutes, connectionsPageRoutes } from './connections-routes.js';
import { apiRoutes, dashboardRoutes } from './dashboard-routes.js';
import { googleWebhookRoutes } from './google-webhook.js';
import { healthRoutes } from './health-routes.js';
import { requireKnownHost } from './host-check.js';
import { messagePage } from './html.js';
import { metricsRoutes } from './metrics-routes.js';
import { microsoftWebhookRoutes } from './microsoft-webhook.js';
import { oauthRoutes } from './oauth-routes.js';
import { oidcRoutes } from './oidc-routes.js';
import { outcomeRoutes } from './outcome-routes.js';
import { createRateLimits } from './rate-limits.js';
import { requestId } from './request-id.js';
import { reviewRoutes } from './review-routes.js';
import { securityHeaders } from './security-headers.js';
import { settingsApiRoutes, settingsPageRoutes } from './settings-routes.js';
import { signinRoutes } from './signin-routes.js';
import { templatesApiRoutes, templatesPageRoutes } from './templates-routes.js';

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
  app.set('trust proxy', ctx.config.http.trustProxy);
  app.use(requestId(ctx));
  app.use(securityHeaders(ctx.config));
  // Probes first: orchestrators call them by the instance's own address (Kubernetes sends
  // Host: <pod ip>), and they reveal nothing a rebinding page could use.
  const limits = createRateLimits(ctx);
  app.use('/readyz', limits.probes);
  app.use(healthRoutes(ctx));
  app.use(requireKnownHost(ctx.config));

  // Per-address limits (rate-limits.ts), each before the body parsers and the sign-in
  // lookup, so a refused request costs neither.
  app.use('/webhooks', limits.webhooks);
  app.use(microsoftWebhookRoutes(ctx, opts.triggers));
  app.use(googleWebhookRoutes(ctx, opts.triggers));
  app.use('/a', limits.approvalLinks);
  app.use('/c', limits.confirmationLinks);
  app.use('/signin', limits.signin);
  app.use('/oauth', limits.oauth);
  app.use('/api', limits.api);
  app.use(limits.pages);
  app.use(express.urlencoded({ extended: false, limit: '64kb' }));
  app.use(express.json({ limit: '256kb' }));

  // Public: the emailed links work without signing in; their tokens are the credential.
  app.use(outcomeRoutes(ctx));
  app.use(actionRoutes(ctx));
  app.use(approvalRoutes(ctx));
  app.use(confirmationRoutes(ctx));

  app.use(authenticate(ctx));
  app.use(signinRoutes(ctx));
  app.use(oidcRoutes(ctx));
  app.use(oauthRoutes(ctx, opts.onConnected));
  app.use(metricsRoutes(ctx));

  app.use(
    '/api',
    requireViewer('api'),
    apiRoutes(ctx),
    analyticsApiRoutes(ctx),
    connectionsApiRoutes(ctx),
    settingsApiRoutes(ctx),
    templatesApiRoutes(ctx),
  );
  app.use(requireViewer('page'), requireCsrf);
  app.use(dashboardRoutes(ctx));
  app.use(analyticsPageRoutes(ctx));
  app.use(connectionsPageRoutes(ctx));
  app.use(settingsPageRoutes(ctx));
  app.use(templatesPageRoutes(ctx));
  app.use(reviewRoutes(ctx));

  app.use((_req, res) => {
    res
      .status(404)
      .type('html')
      .send(messagePage('Not found', 'There is nothing at this address.', 'error'));
  });
  app.use(answerBodyErrors(ctx)); // 413/400 for refused bodies, the webhooks' own included
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    ctx.log.error('request failed', { error: err instanceof Error ? err.message : String(err) });
    res
      .status(500)
      .type('html')
      .send(messagePage('Something went wrong', 'Try again in a minute.', 'error'));
  });
  return app;
}
