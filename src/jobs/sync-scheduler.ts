/**
 * Keeps every connection in sync. Cursor polls run on timers (the source of truth); push
 * (a local folder watch, Google channels, Graph subscriptions) only makes them run sooner,
 * debounced and coalesced per connection. Connections created while the service runs are
 * picked up by `add` (OAuth callback) or by the periodic rescan (the CLI in another process).
 */
import type { AppContext } from '../context.js';
import { AppError, isTransientError } from '../errors.js';
import type { ConnectionProviders } from '../providers/types.js';
import { markNeedsReauth } from '../workflows/connection-health.js';
import { ingestInbox } from '../workflows/ingest-inbox.js';
import { ensureChannel, reopenChannel } from '../workflows/manage-channel.js';
import { syncCalendar } from '../workflows/sync-calendar.js';
import { type SerialTask, serialTask } from './serial-task.js';
import type { SyncTriggers } from './sync-triggers.js';

export interface SyncScheduler extends SyncTriggers {
  /** Starts the loops of a connection (no-op if already running). */
  add(connectionId: string): Promise<void>;
  /** Syncs every connection's calendar and inbox now and waits for it. */
  syncAllNow(): Promise<void>;
  /** Waits until no sync or debounced trigger is pending. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

interface Loop {
  calendar: SerialTask;
  inbox: SerialTask;
  channel: SerialTask;
  timers: NodeJS.Timeout[];
  /** One-off re-runs of throttled syncs. */
  retryTimers: Set<NodeJS.Timeout>;
  unwatch?: () => void;
}

const RESCAN_MS = 30_000;

/** Poll intervals: local folders are cheap; with push the calendar poll is only a safety net. */
function intervals(
  ctx: AppContext,
  provider: string,
  hasPush: boolean,
): { calendarMs: number; inboxMs: number } {
  const s = ctx.config.sync;
  if (provider === 'local')
    return { calendarMs: s.localPollSeconds * 1000, inboxMs: s.localPollSeconds * 1000 };
  const calendarMs =
    hasPush && ctx.config.push.enabled
      ? ctx.config.push.safetySyncMinutes * 60_000
      : s.calendarPollSeconds * 1000;
  return { calendarMs, inboxMs: s.inboxPollSeconds * 1000 };
}

/** Longest wait for a throttled sync's own retry; the regular poll covers anything later. */
const MAX_RETRY_WAIT_MS = 15 * 60_000;

/**
 * Runs one piece of sync work for a connection, recording failures on the connection. A
 * throttled or unavailable provider gets the work run again at its retry time (`retry`),
 * so a notification's sync is late, never lost until the next safety poll.
 */
function guarded(
  ctx: AppContext,
  connectionId: string,
  what: string,
  fn: () => Promise<unknown>,
  retry?: (afterMs: number) => void,
) {
  return async () => {
    try {
      const conn = await ctx.db.connection.findUnique({
        where: { id: connectionId },
        select: { status: true },
      });
      if (conn?.status !== 'active') return;
      const summary = await fn();
      ctx.log.debug(`${what} done`, { connection: connectionId, summary });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof AppError && err.code === 'needs_reauth') {
        await markNeedsReauth(ctx.db, connectionId, message).catch(() => {});
        ctx.log.warn(`${what}: connection needs to be reconnected`, { connection: connectionId });
        return;
      }
      if (isTransientError(err) && retry) {
        const wait = (err.details.retryAt?.getTime() ?? Date.now() + 60_000) - Date.now();
        retry(Math.min(Math.max(wait, 1000), MAX_RETRY_WAIT_MS));
      }
      ctx.log.error(`${what} failed`, { connection: connectionId, error: message });
      await ctx.db.connection
        .update({ where: { id: connectionId }, data: { lastError: `${what}: ${message}`.slice(0, 500) } })
        .catch(() => {});
    }
  };
}

/** The tasks and timers of one connection: calendar and inbox polls, channel upkeep. */
function createLoop(
  ctx: AppContext,
  conn: { id: string; provider: string },
  providers: ConnectionProviders,
): Loop {
  const debounce = ctx.config.push.debounceMs;
  const retryTimers = new Set<NodeJS.Timeout>();
  const later = (task: () => SerialTask) => (afterMs: number) => {
    const t = setTimeout(() => {
      retryTimers.delete(t);
      void task().run();
    }, afterMs);
    retryTimers.add(t);
  };
  const channel = serialTask(
    guarded(ctx, conn.id, 'push channel', () => ensureChannel(ctx, conn.id)),
    debounce,
  );
  const syncOnce = async () => {
    const summary = await syncCalendar(ctx, conn.id);
    if (providers.push) void channel.run();
    return summary;
  };
  const calendar: SerialTask = serialTask(
    guarded(
      ctx,
      conn.id,
      'calendar sync',
      syncOnce,
      later(() => calendar),
    ),
    debounce,
  );
  const inbox: SerialTask = serialTask(
    guarded(
      ctx,
      conn.id,
      'inbox sync',
      () => ingestInbox(ctx, conn.id),
      later(() => inbox),
    ),
    debounce,
  );
  const { calendarMs, inboxMs } = intervals(ctx, conn.provider, providers.push !== null);
  return {
    calendar,
    inbox,
    channel,
    retryTimers,
    timers: [
      setInterval(() => void calendar.run(), calendarMs),
      setInterval(() => void inbox.run(), inboxMs),
    ],
    unwatch: providers.watchCalendar?.(() => calendar.soon()),
  };
}

/** Starts the loops for all connections that exist now. */
export async function startSyncScheduler(ctx: AppContext): Promise<SyncScheduler> {
  const loops = new Map<string, Loop>();
  let stopped = false;

  async function add(connectionId: string): Promise<void> {
    if (stopped || loops.has(connectionId)) return;
    const conn = await ctx.db.connection.findUnique({ where: { id: connectionId }, include: { rep: true } });
    if (!conn || loops.has(connectionId)) return;
    const loop = createLoop(ctx, conn, ctx.providers.forConnection(conn));
    loops.set(conn.id, loop);
    void loop.calendar.run().then(() => loop.inbox.run());
  }

  // Connections whose provider cannot be built (e.g. its OAuth client is no longer
  // configured): logged once, retried by every rescan.
  const reported = new Set<string>();
  /** Starts a connection's loops, logging (not throwing) when its provider cannot be built. */
  const addQuietly = (connectionId: string) =>
    add(connectionId).catch((err: unknown) => {
      if (reported.has(connectionId)) return;
      reported.add(connectionId);
      ctx.log.error('sync loops could not start', {
        connection: connectionId,
        error: err instanceof Error ? err.message : String(err),
      });
    });

  const withLoop = (connectionId: string, fn: (loop: Loop) => void) => {
    const loop = loops.get(connectionId);
    if (loop) fn(loop);
    else void addQuietly(connectionId);
  };

  const rescan = async () => {
    const all = await ctx.db.connection.findMany({ select: { id: true } }).catch(() => []);
    for (const c of all) if (!loops.has(c.id)) await addQuietly(c.id);
  };
  await rescan();
  const rescanTimer = setInterval(() => void rescan(), RESCAN_MS);

  const idle = async () => {
    await Promise.all(
      [...loops.values()].flatMap((l) => [l.calendar.idle(), l.inbox.idle(), l.channel.idle()]),
    );
  };

  return {
    add,
    calendarChanged: (id) => withLoop(id, (l) => l.calendar.soon()),
    inboxChanged: (id) => withLoop(id, (l) => l.inbox.soon()),
    renewChannel: (id) => void guarded(ctx, id, 'push channel renewal', () => ensureChannel(ctx, id, true))(),
    reopenChannel: (id) => void guarded(ctx, id, 'push channel reopen', () => reopenChannel(ctx, id))(),
    async syncAllNow() {
      await Promise.all([...loops.values()].map((l) => l.calendar.run()));
      await Promise.all([...loops.values()].map((l) => l.inbox.run()));
    },
    idle,
    async stop() {
      stopped = true;
      clearInterval(rescanTimer);
      for (const loop of loops.values()) {
        for (const t of loop.timers) clearInterval(t);
        for (const t of loop.retryTimers) clearTimeout(t);
        loop.unwatch?.();
        loop.calendar.cancel();
        loop.inbox.cancel();
      }
      await idle();
    },
  };
}
