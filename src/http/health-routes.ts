/**
 * Liveness and readiness, kept apart so that a slow database never gets the process killed:
 * `GET /healthz` answers from the event loop alone (the process runs and is not stalled);
 * `GET /readyz` proves the database takes a write and that every active connection's
 * calendar is being synced, and answers 503 naming what is wrong otherwise.
 */
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { checkReadiness, type Readiness } from '../workflows/connections/check-readiness.js';

/** Probes come every few seconds: a lasting failure is logged at most this often. */
export const WARN_EVERY_MS = 60_000;

/** The answer of /readyz: ids, provider names and states only (see check-readiness.ts). */
function readinessBody(r: Readiness) {
  return {
    status: r.ready ? 'ok' : 'unavailable',
    database: r.database,
    connections: { checked: r.checkedConnections, stale: r.staleConnections },
    problems: r.problems,
  };
}

/** Logs failed checks at warn, at most once per WARN_EVERY_MS, and the recovery once. */
function createReadinessLog(ctx: AppContext) {
  let lastWarnAt: number | null = null;
  let failing = false;
  return (r: Readiness) => {
    const now = ctx.clock().getTime();
    if (r.ready) {
      if (failing) ctx.log.info('readiness check passes again');
      failing = false;
      lastWarnAt = null;
      return;
    }
    failing = true;
    if (lastWarnAt !== null && now - lastWarnAt < WARN_EVERY_MS) return;
    lastWarnAt = now;
    ctx.log.warn('readiness check failed', { problems: r.problems, errors: r.errors });
  };
}

/** The router with GET /healthz (liveness) and GET /readyz (readiness). */
export function healthRoutes(ctx: AppContext): Router {
  const router = Router();
  const log = createReadinessLog(ctx);
  let inflight: Promise<Readiness> | null = null;
  // Probes that arrive together share one check, so a burst of them writes once.
  const check = () => {
    inflight ??= checkReadiness(ctx).finally(() => {
      inflight = null;
    });
    return inflight;
  };

  // No database, no await: this answers whenever the event loop is free.
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const shared = inflight !== null;
    const report = await check();
    if (!shared) log(report);
    res.status(report.ready ? 200 : 503).json(readinessBody(report));
  });
  return router;
}
