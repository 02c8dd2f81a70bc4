/**
 * The sync work of one connection: a calendar poll, an inbox poll and push-channel upkeep,
 * each a serial task (never two at once, triggers coalesced). With an open push channel the
 * calendar poll is only a safety net (CALENDAR_SAFETY_SYNC_MINUTES); without one — push off,
 * or the provider refused the channel — the calendar is polled every CALENDAR_POLL_SECONDS.
 */
import type { AppContext } from '../context.js';
import { AppError, errorMessage, isTransientError } from '../errors.js';
import type { ConnectionProviders } from '../providers/types.js';
import { syncCalendar } from '../workflows/calendar/sync-calendar.js';
import { markNeedsReauth } from '../workflows/connections/connection-health.js';
import { ensureChannel, reopenChannel } from '../workflows/connections/manage-channel.js';
import { ingestInbox } from '../workflows/inbound/ingest-inbox.js';
import { type SerialTask, serialTask } from './serial-task.js';
import { withSyncLease } from './sync-lease.js';

/** What the channel task does next; a stronger request wins over a weaker pending one. */
export type ChannelMode = 'ensure' | 'renew' | 'reopen';
const STRENGTH: Record<ChannelMode, number> = { ensure: 0, renew: 1, reopen: 2 };

export interface ConnectionLoop {
  calendar: SerialTask;
  inbox: SerialTask;
  /** Queues channel upkeep; renewals and reopenings never run concurrently with each other. */
  requestChannel(mode: ChannelMode): void;
  /** Resolves when nothing of this connection is running (see SerialTask.idle). */
  idle(): Promise<void>;
  stop(): void;
}

/** How soon a channel request that found another instance at work is tried again. */
const BUSY_RETRY_MS = 30_000;

/** Longest wait for a throttled sync's own retry; the regular poll covers anything later. */
const MAX_RETRY_WAIT_MS = 15 * 60_000;

/**
 * Runs one piece of sync work for a connection, recording failures on the connection. A
 * throttled or unavailable provider gets the work run again at its retry time (`retry`),
 * so a notification's sync is late, never lost until the next poll.
 */
function guarded(
  ctx: AppContext,
  lease: { connectionId: string; owner: string },
  what: string,
  fn: () => Promise<unknown>,
  retry?: (afterMs: number) => void,
  onBusy?: () => void,
) {
  const { connectionId } = lease;
  return async () => {
    try {
      const conn = await ctx.db.connection.findUnique({
        where: { id: connectionId },
        select: { status: true },
      });
      if (conn?.status !== 'active') return;
      // Another instance may be doing this very work: then it runs once more instead of us.
      const outcome = await withSyncLease(ctx.db, { connectionId, kind: what }, lease.owner, async () => {
        const summary = await fn();
        ctx.log.debug(`${what} done`, { connection: connectionId, summary });
      });
      if (outcome === 'busy') {
        ctx.log.debug(`${what} left to the instance running it`, { connection: connectionId });
        onBusy?.();
      }
    } catch (err) {
      const message = errorMessage(err);
      if (err instanceof AppError && err.code === 'needs_reauth') {
        const mark = await markNeedsReauth(ctx.db, ctx.secretKey, connectionId, err).catch(() => 'unknown');
        if (mark === 'stale') {
          // A reconnect replaced the refused tokens meanwhile: run again on the new ones.
          ctx.log.info(`${what}: refusal of replaced tokens ignored`, { connection: connectionId });
          retry?.(1000);
          return;
        }
        ctx.log.warn(`${what}: connection needs to be reconnected`, { connection: connectionId });
        return;
      }
      if (isTransientError(err) && retry) {
        const now = ctx.clock().getTime();
        const wait = (err.details.retryAt?.getTime() ?? now + 60_000) - now;
        retry(Math.min(Math.max(wait, 1000), MAX_RETRY_WAIT_MS));
      }
      ctx.log.error(`${what} failed`, { connection: connectionId, error: message });
      await ctx.db.connection
        .update({ where: { id: connectionId }, data: { lastError: `${what}: ${message}`.slice(0, 500) } })
        .catch(() => {});
    }
  };
}

/** True when a poll tick may be skipped: a live channel, and a sync within the safety interval. */
async function pushCovers(ctx: AppContext, connectionId: string): Promise<boolean> {
  const c = await ctx.db.connection.findUnique({
    where: { id: connectionId },
    select: { channelExpiresAt: true, lastSyncedAt: true },
  });
  const now = ctx.clock().getTime();
  const safetyMs = ctx.config.push.safetySyncMinutes * 60_000;
  return Boolean(
    c?.channelExpiresAt &&
      c.channelExpiresAt.getTime() > now &&
      c.lastSyncedAt &&
      now - c.lastSyncedAt.getTime() < safetyMs,
  );
}

type Later = (task: () => SerialTask) => (afterMs: number) => void;

/**
 * The channel queue of a connection: one run at a time, a renew or reopen request never
 * downgraded by a weaker one, and kept (and retried here) when it failed or when another
 * instance held the channel lease.
 */
function createChannelQueue(ctx: AppContext, lease: { connectionId: string; owner: string }, later: Later) {
  let mode: ChannelMode = 'ensure';
  let running: ChannelMode = 'ensure';
  const keepRequested = () => {
    if (STRENGTH[running] > STRENGTH[mode]) mode = running;
  };
  const work = async () => {
    running = mode;
    mode = 'ensure';
    try {
      return running === 'reopen'
        ? await reopenChannel(ctx, lease.connectionId)
        : await ensureChannel(ctx, lease.connectionId, running === 'renew');
    } catch (err) {
      keepRequested();
      throw err;
    }
  };
  const task: SerialTask = serialTask(
    guarded(
      ctx,
      lease,
      'push channel',
      work,
      later(() => task),
      () => {
        // The other instance only runs its own (weaker) request: ours is tried again shortly.
        if (STRENGTH[mode] > 0) later(() => task)(BUSY_RETRY_MS);
      },
    ),
    ctx.config.push.debounceMs,
    undefined,
    { timers: ctx.timers, now: () => ctx.clock().getTime() },
  );
  const request = (m: ChannelMode) => {
    if (STRENGTH[m] > STRENGTH[mode]) mode = m;
    void task.run();
  };
  return { task, request };
}

/** Builds and starts the loop of one connection. */
export function createConnectionLoop(
  ctx: AppContext,
  conn: { id: string; provider: string },
  providers: ConnectionProviders,
  owner: string,
): ConnectionLoop {
  const lease = { connectionId: conn.id, owner };
  const debounce = ctx.config.push.debounceMs;
  const time = { timers: ctx.timers, now: () => ctx.clock().getTime() };
  const cancels = new Set<() => void>();
  const later: Later = (task) => (afterMs) => {
    const cancel = ctx.timers.after(afterMs, () => {
      cancels.delete(cancel);
      return task().run();
    });
    cancels.add(cancel);
  };
  const { task: channel, request: requestChannel } = createChannelQueue(ctx, lease, later);
  const syncOnce = async () => {
    const summary = await syncCalendar(ctx, conn.id);
    if (providers.push) requestChannel('ensure');
    return summary;
  };
  const calendar: SerialTask = serialTask(
    guarded(
      ctx,
      lease,
      'calendar sync',
      syncOnce,
      later(() => calendar),
    ),
    debounce,
    undefined,
    time,
  );
  const inbox: SerialTask = serialTask(
    guarded(
      ctx,
      lease,
      'inbox sync',
      () => ingestInbox(ctx, conn.id),
      later(() => inbox),
    ),
    debounce,
    undefined,
    time,
  );
  const s = ctx.config.sync;
  const local = conn.provider === 'local';
  const pollCalendar = async () => {
    if (providers.push && (await pushCovers(ctx, conn.id).catch(() => false))) return;
    await calendar.run();
  };
  const polls = [
    ctx.timers.every((local ? s.localPollSeconds : s.calendarPollSeconds) * 1000, pollCalendar),
    ctx.timers.every((local ? s.localPollSeconds : s.inboxPollSeconds) * 1000, () => inbox.run()),
  ];
  const unwatch = providers.watchCalendar?.(() => calendar.soon());
  return {
    calendar,
    inbox,
    requestChannel,
    idle: async () => {
      // A calendar sync may start channel upkeep as it ends: wait until all three rest.
      const tasks = [calendar, inbox, channel];
      do await Promise.all(tasks.map((t) => t.idle()));
      while (tasks.some((t) => t.busy()));
    },
    stop() {
      for (const cancel of polls) cancel();
      for (const cancel of cancels) cancel();
      unwatch?.();
      calendar.cancel();
      inbox.cancel();
      channel.cancel();
    },
  };
}
