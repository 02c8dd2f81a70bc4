/**
 * The service: HTTP server + calendar/inbox sync + the step runner, in one process.
 * `startService` is also what the integration tests run, in-process, on a temp folder.
 */
import type { Server } from 'node:http';
import { purgeExpiredSessions } from './auth/sessions.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { type ContextOptions, createContext } from './create-context.js';
import { createApp } from './http/app.js';
import { metricsApp } from './http/metrics-routes.js';
import { createStepRunner, type StepRunner } from './jobs/step-runner.js';
import { type SyncScheduler, startSyncScheduler } from './jobs/sync-scheduler.js';
import type { SyncTriggers } from './jobs/sync-triggers.js';
import { draftAgenda } from './workflows/outbound/draft-agenda.js';
import { nudgeBookNext, nudgeUnconfirmed } from './workflows/outbound/nudges.js';
import { promptRecap } from './workflows/outbound/prompt-recap.js';
import { remindApproval } from './workflows/outbound/remind-approval.js';
import { sendMessage } from './workflows/outbound/send-message.js';
import { bootstrapDemo } from './workflows/reps/bootstrap-demo.js';

export interface Service {
  ctx: AppContext;
  server: Server;
  /** The bound port (useful with PORT=0). */
  port: number;
  runner: StepRunner;
  sync: SyncScheduler;
  /** Resolves when no sync, debounced trigger or step run is in progress. */
  quiet(): Promise<void>;
  stop(): Promise<void>;
}

/** The step runner wired to the workflows. */
export function createRunner(ctx: AppContext): StepRunner {
  return createStepRunner({
    db: ctx.db,
    secretKey: ctx.secretKey,
    clock: ctx.clock,
    timers: ctx.timers,
    log: ctx.log,
    pollMs: ctx.config.jobs.pollMs,
    handlers: {
      draft_agenda: (p) => draftAgenda(ctx, p.meetingId),
      send_message: (p) => sendMessage(ctx, p.messageId),
      recap_prompt: (p) => promptRecap(ctx, p.meetingId),
      nudge_unconfirmed: (p) => nudgeUnconfirmed(ctx, p.meetingId),
      nudge_approval: (p) => remindApproval(ctx, p.meetingId),
      nudge_book_next: (p) => nudgeBookNext(ctx, p.meetingId),
    },
  });
}

/**
 * Webhook triggers that forward to the scheduler once it runs. The server listens first
 * (Graph validates a subscription's URL while it is being created); a notification that
 * arrives before the scheduler is up is dropped, which is safe: start-up syncs everything.
 */
function forwardTriggers(get: () => SyncScheduler | undefined): SyncTriggers {
  return {
    calendarChanged: (id) => get()?.calendarChanged(id),
    inboxChanged: (id) => get()?.inboxChanged(id),
    renewChannel: (id) => get()?.renewChannel(id),
    reopenChannel: (id) => get()?.reopenChannel(id),
  };
}

const SESSION_PURGE_MS = 3_600_000;

/** /metrics without credentials on its own port, reachable from this machine only. */
function listenMetrics(ctx: AppContext, port: number): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const s = metricsApp(ctx).listen(port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
}

/** Starts everything; resolves once the HTTP server listens and the sync loops run. */
export async function startService(config: Config, opts: ContextOptions = {}): Promise<Service> {
  const ctx = await createContext(config, opts);
  if (config.demo) await bootstrapDemo(ctx);
  const runner = createRunner(ctx);
  let scheduler: SyncScheduler | undefined;
  const app = createApp(ctx, {
    triggers: forwardTriggers(() => scheduler),
    onConnected: (id) =>
      void scheduler
        ?.add(id)
        .catch((err: unknown) =>
          ctx.log.error('sync loops could not start', { connection: id, error: String(err) }),
        ),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.http.port, config.http.host, () => resolve(s));
    s.once('error', reject);
  });
  const metricsServer = config.metrics.port ? await listenMetrics(ctx, config.metrics.port) : null;
  const stopPurge = ctx.timers.every(SESSION_PURGE_MS, () =>
    purgeExpiredSessions(ctx).catch((err: unknown) =>
      ctx.log.warn('session purge failed', { error: String(err) }),
    ),
  );
  const sync = await startSyncScheduler(ctx);
  scheduler = sync;
  runner.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  ctx.log.info('agendum started', {
    url: config.http.publicUrl,
    port,
    database: config.databaseUrl.split(':')[0],
  });
  return {
    ctx,
    server,
    port,
    runner,
    sync,
    async quiet() {
      await Promise.all([sync.idle(), runner.idle()]);
    },
    async stop() {
      stopPurge();
      if (metricsServer) {
        await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      }
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await sync.stop();
      await runner.stop();
      await ctx.db.$disconnect();
    },
  };
}
