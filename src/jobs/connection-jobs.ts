/**
 * The jobs of one connection: calendar sync, inbox sync and push-channel upkeep. The queue
 * runs each in its connection's own queue, so two never share a cursor. A handler records
 * a failure on the connection and decides what comes next itself: a refused token marks
 * the connection for a reconnect, a throttled provider gets the work enqueued again at its
 * retry time (late, never lost); anything else waits for the next poll.
 */
import type { AppContext } from '../context.js';
import { AppError, errorMessage, isTransientError } from '../errors.js';
import { syncCalendar } from '../workflows/calendar/sync-calendar.js';
import { markNeedsReauth } from '../workflows/connections/connection-health.js';
import { ensureChannel, reopenChannel } from '../workflows/connections/manage-channel.js';
import { ingestInbox } from '../workflows/inbound/ingest-inbox.js';
import type { JobKind } from './job-kinds.js';
import type { JobHandlers } from './job-queue.js';

type ConnectionJob = Extract<
  JobKind,
  'sync_calendar' | 'sync_inbox' | 'channel_ensure' | 'channel_renew' | 'channel_reopen'
>;

/** Longest wait for a throttled job's own retry; the regular poll covers anything later. */
const MAX_RETRY_WAIT_MS = 15 * 60_000;

const WHAT: Record<ConnectionJob, string> = {
  sync_calendar: 'calendar sync',
  sync_inbox: 'inbox sync',
  channel_ensure: 'push channel',
  channel_renew: 'push channel',
  channel_reopen: 'push channel',
};

/** The time each sync writes as it starts, so a failing one is polled on schedule, not at every sweep. */
const POLLED_AT: Partial<Record<ConnectionJob, 'calendarPolledAt' | 'inboxPolledAt'>> = {
  sync_calendar: 'calendarPolledAt',
  sync_inbox: 'inboxPolledAt',
};

async function runGuarded(
  ctx: AppContext,
  kind: ConnectionJob,
  connectionId: string,
  work: () => Promise<unknown>,
): Promise<void> {
  const what = WHAT[kind];
  const conn = await ctx.db.connection.findUnique({ where: { id: connectionId }, select: { status: true } });
  if (conn?.status !== 'active') return;
  const polled = POLLED_AT[kind];
  if (polled) {
    await ctx.db.connection.update({ where: { id: connectionId }, data: { [polled]: ctx.clock() } });
  }
  try {
    const summary = await work();
    ctx.log.debug(`${what} done`, { connection: connectionId, summary });
  } catch (err) {
    await onFailure(ctx, kind, connectionId, err);
  }
}

async function onFailure(ctx: AppContext, kind: ConnectionJob, connectionId: string, err: unknown) {
  const what = WHAT[kind];
  const again = (afterMs: number) =>
    ctx.jobs.enqueue(kind, { connectionId }, { runAt: new Date(ctx.clock().getTime() + afterMs) });
  if (err instanceof AppError && err.code === 'needs_reauth') {
    const mark = await markNeedsReauth(ctx.db, ctx.secretKey, connectionId, err).catch(() => 'unknown');
    if (mark === 'stale') {
      // A reconnect replaced the refused tokens meanwhile: run again on the new ones.
      ctx.log.info(`${what}: refusal of replaced tokens ignored`, { connection: connectionId });
      await again(1000);
      return;
    }
    ctx.log.warn(`${what}: connection needs to be reconnected`, { connection: connectionId });
    return;
  }
  const message = errorMessage(err);
  if (isTransientError(err)) {
    const now = ctx.clock().getTime();
    const wait = (err.details.retryAt?.getTime() ?? now + 60_000) - now;
    await again(Math.min(Math.max(wait, 1000), MAX_RETRY_WAIT_MS));
  }
  ctx.log.error(`${what} failed`, { connection: connectionId, error: message });
  await ctx.db.connection
    .update({ where: { id: connectionId }, data: { lastError: `${what}: ${message}`.slice(0, 500) } })
    .catch(() => {});
}

/** After a calendar sync, a provider with push gets its channel checked (opened, renewed). */
async function syncThenEnsureChannel(ctx: AppContext, connectionId: string) {
  const summary = await syncCalendar(ctx, connectionId);
  if (ctx.config.push.enabled) {
    const conn = await ctx.db.connection.findUnique({ where: { id: connectionId }, include: { rep: true } });
    if (conn && ctx.providers.forConnection(conn).push) {
      await ctx.jobs.enqueue('channel_ensure', { connectionId });
    }
  }
  return summary;
}

/** The queue handlers for a connection's jobs. */
export function connectionJobHandlers(ctx: AppContext): Pick<JobHandlers, ConnectionJob> {
  return {
    sync_calendar: ({ connectionId }) =>
      runGuarded(ctx, 'sync_calendar', connectionId, () => syncThenEnsureChannel(ctx, connectionId)),
    sync_inbox: ({ connectionId }) =>
      runGuarded(ctx, 'sync_inbox', connectionId, () => ingestInbox(ctx, connectionId)),
    channel_ensure: ({ connectionId }) =>
      runGuarded(ctx, 'channel_ensure', connectionId, () => ensureChannel(ctx, connectionId)),
    channel_renew: ({ connectionId }) =>
      runGuarded(ctx, 'channel_renew', connectionId, () => ensureChannel(ctx, connectionId, true)),
    channel_reopen: ({ connectionId }) =>
      runGuarded(ctx, 'channel_reopen', connectionId, () => reopenChannel(ctx, connectionId)),
  };
}
