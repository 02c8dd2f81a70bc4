/**
 * The service, by role: `web` serves HTTP (pages, API, webhooks that enqueue), `worker`
 * runs the job queue (steps, syncs, channel upkeep, the sweep). One process is both by
 * default. `startService` is also what the integration tests run, in-process.
 */
import type { Server } from 'node:http';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { type ContextOptions, createContext } from './create-context.js';
import { createApp } from './http/app.js';
import { metricsApp } from './http/metrics-routes.js';
import { type CalendarWatches, startCalendarWatches } from './jobs/calendar-watches.js';
import { createRunner } from './jobs/job-handlers.js';
import type { StepRunner } from './jobs/step-runner.js';
import { queueTriggers } from './jobs/sync-triggers.js';
import { type ServiceSync, startWorker, type Worker } from './jobs/worker.js';
import { bootstrapDemo } from './workflows/reps/bootstrap-demo.js';
import { followSavedTemplates } from './workflows/templates/follow-saved-templates.js';

export { createRunner } from './jobs/job-handlers.js';

export interface Service {
  ctx: AppContext;
  /** The HTTP server (null on a worker-only instance). */
  server: Server | null;
  /** The bound port (useful with PORT=0); 0 on a worker-only instance. */
  port: number;
  runner: StepRunner;
  sync: ServiceSync;
  /** Resolves when no job is running and none is due now. */
  quiet(): Promise<void>;
  /** Stops taking jobs, lets running ones finish (SHUTDOWN_TIMEOUT_SECONDS), closes the server. */
  stop(): Promise<void>;
}

function listen(
  app: ReturnType<typeof createApp> | ReturnType<typeof metricsApp>,
  port: number,
  host: string,
) {
  return new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host, () => resolve(s));
    s.once('error', reject);
  });
}

function closeServer(server: Server | null): Promise<void> {
  if (!server) return Promise.resolve();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  return closed;
}

/** Starts the roles this instance has; resolves once the server listens and the worker runs. */
export async function startService(config: Config, opts: ContextOptions = {}): Promise<Service> {
  const ctx = await createContext(config, opts);
  if (config.demo) await bootstrapDemo(ctx);
  const runner = createRunner(ctx);
  const stopFollowingTemplates = followSavedTemplates(ctx);
  const triggers = queueTriggers(ctx);
  let watches: CalendarWatches | undefined;
  const onConnected = (connectionId: string) => {
    void sync
      .add(connectionId)
      .catch((err: unknown) =>
        ctx.log.error('first sync could not be queued', { connection: connectionId, error: String(err) }),
      );
  };
  const sync: ServiceSync = {
    ...triggers,
    async add(connectionId) {
      await ctx.jobs.enqueue('sync_calendar', { connectionId });
      await ctx.jobs.enqueue('sync_inbox', { connectionId });
      await watches?.add(connectionId);
    },
    async syncAllNow() {
      const all = await ctx.db.connection.findMany({ where: { status: 'active' }, select: { id: true } });
      for (const c of all) await ctx.jobs.enqueue('sync_calendar', { connectionId: c.id });
      await ctx.jobs.idle();
      for (const c of all) await ctx.jobs.enqueue('sync_inbox', { connectionId: c.id });
      await ctx.jobs.idle();
    },
    idle: () => ctx.jobs.idle(),
  };
  const server = config.roles.web
    ? await listen(createApp(ctx, { triggers, onConnected }), config.http.port, config.http.host)
    : null;
  const metricsServer = config.metrics.port
    ? await listen(metricsApp(ctx), config.metrics.port, '127.0.0.1')
    : null;
  let worker: Worker | undefined;
  if (config.roles.worker) {
    worker = await startWorker(ctx, runner);
    watches = await startCalendarWatches(ctx, triggers);
  }
  const address = server?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  ctx.log.info('agendum started', {
    url: config.http.publicUrl,
    port,
    roles: Object.keys(config.roles).filter((r) => config.roles[r as keyof typeof config.roles]),
    database: config.databaseUrl.split(':')[0],
    queue: ctx.jobs.engine,
  });
  return {
    ctx,
    server,
    port,
    runner,
    sync,
    quiet: () => ctx.jobs.idle(),
    async stop() {
      watches?.stop();
      stopFollowingTemplates();
      // No new requests; those in flight may finish while running jobs do.
      const closing = Promise.all([closeServer(server), closeServer(metricsServer)]);
      await worker?.stop(config.shutdownTimeoutMs);
      server?.closeAllConnections();
      metricsServer?.closeAllConnections();
      await closing;
      await ctx.db.$disconnect();
    },
  };
}
