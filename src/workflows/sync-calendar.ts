/**
 * One incremental calendar sync of a connection: read changes since the stored cursor,
 * mirror each into a Meeting, and only then store the new cursor (a crash in between
 * re-reads the same changes, which apply idempotently).
 */
import type { AppContext } from '../context.js';
import type { RepProfile } from '../domain/types.js';
import type { CalendarChanges } from '../providers/types.js';
import { applyCalendarEvent, UNPLANNED } from './apply-event.js';
import { planMeeting } from './plan-meeting.js';
import { toRepProfile } from './rep-profile.js';

const DAY_MS = 86_400_000;
/** contentHash of a meeting whose event is gone and whose retraction is done. */
const REMOVED = 'removed';

export interface SyncSummary {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  fullResync: boolean;
  errors: number;
}

/** Marks a meeting gone from the calendar as cancelled and retracts what it had planned. */
async function removeMeeting(
  ctx: AppContext,
  connectionId: string,
  providerEventId: string,
): Promise<boolean> {
  const meeting = await ctx.db.meeting.findUnique({
    where: { connectionId_providerEventId: { connectionId, providerEventId } },
  });
  if (!meeting || meeting.contentHash === REMOVED) return false;
  await ctx.db.meeting.update({
    where: { id: meeting.id },
    data: {
      status: 'cancelled',
      reason: 'removed from the calendar',
      isProspect: false,
      contentHash: `${UNPLANNED}cancelled`,
    },
  });
  // Retracting drafts may fail (provider busy): the marker above makes the next sync retry.
  await planMeeting(ctx, meeting.id, 'cancelled');
  await ctx.db.meeting.update({ where: { id: meeting.id }, data: { contentHash: REMOVED } });
  return true;
}

/**
 * Mirrors one listing into meetings. A failure of one event is counted and logged, never
 * thrown: the others still apply, and the caller keeps the old cursor so it comes again.
 */
async function applyChanges(
  ctx: AppContext,
  conn: { id: string; rep: { id: string } & RepProfile },
  changes: CalendarChanges,
  window: { from: Date; to: Date },
  summary: SyncSummary,
): Promise<Set<string>> {
  const touched = new Set<string>();
  const attempt = async (what: string, event: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      summary.errors++;
      ctx.log.error(`${what} could not be applied`, { connection: conn.id, event, error: String(err) });
    }
  };
  const remove = (id: string) =>
    attempt('removed event', id, async () => {
      touched.add(id);
      if (await removeMeeting(ctx, conn.id, id)) summary.removed++;
    });
  for (const event of changes.changed) {
    touched.add(event.id);
    await attempt('event', event.id, async () => {
      summary[await applyCalendarEvent(ctx, conn.rep, conn.id, event)]++;
    });
  }
  for (const id of changes.removed) await remove(id);
  if (!changes.fullResync) return touched;
  // A full listing is the whole truth for the window: anything upcoming we hold that it
  // did not list is gone.
  const listed = new Set(changes.changed.map((e) => e.id));
  const held = await ctx.db.meeting.findMany({
    where: {
      connectionId: conn.id,
      start: { gte: window.from, lte: window.to },
      status: { not: 'cancelled' },
    },
    select: { providerEventId: true },
  });
  for (const m of held) if (!listed.has(m.providerEventId)) await remove(m.providerEventId);
  return touched;
}

/**
 * Finishes plans an earlier sync could not (a draft call was refused) for meetings this
 * sync did not touch: a removed event is never listed again, so nothing else would.
 */
async function finishInterruptedPlans(
  ctx: AppContext,
  connectionId: string,
  touched: Set<string>,
  summary: SyncSummary,
): Promise<void> {
  const stuck = await ctx.db.meeting.findMany({
    where: { connectionId, contentHash: { startsWith: UNPLANNED } },
    select: { id: true, providerEventId: true, contentHash: true },
  });
  for (const m of stuck) {
    if (touched.has(m.providerEventId)) continue;
    const change = m.contentHash.slice(UNPLANNED.length) as Parameters<typeof planMeeting>[2];
    try {
      await planMeeting(ctx, m.id, change);
      // Not the event's hash (we do not have the event): its next listing re-applies, harmlessly.
      await ctx.db.meeting.update({
        where: { id: m.id },
        data: { contentHash: change === 'cancelled' ? REMOVED : 'replanned' },
      });
    } catch (err) {
      summary.errors++;
      ctx.log.error('interrupted plan could not be finished', {
        connection: connectionId,
        meeting: m.id,
        error: String(err),
      });
    }
  }
}

/** Syncs one connection's calendar; returns counts for logs, the CLI and tests. */
export async function syncCalendar(ctx: AppContext, connectionId: string): Promise<SyncSummary> {
  const conn = await ctx.db.connection.findUniqueOrThrow({
    where: { id: connectionId },
    include: { rep: true },
  });
  const { calendar } = ctx.providers.forConnection(conn);
  const now = ctx.clock();
  const window = {
    from: new Date(now.getTime() - DAY_MS),
    to: new Date(now.getTime() + ctx.config.sync.windowDays * DAY_MS),
  };
  const changes = await calendar.listChanges(conn.calendarCursor, window);
  const rep = { id: conn.rep.id, ...toRepProfile(conn.rep) };
  const summary: SyncSummary = {
    created: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    fullResync: changes.fullResync,
    errors: 0,
  };

  const touched = await applyChanges(ctx, { id: conn.id, rep }, changes, window, summary);
  await finishInterruptedPlans(ctx, conn.id, touched, summary);
  // Keep the old cursor when an event failed, so the next sync sees it again.
  await ctx.db.connection.update({
    where: { id: conn.id },
    data: {
      ...(summary.errors === 0 ? { calendarCursor: changes.cursor } : {}),
      lastSyncedAt: now,
      lastError: summary.errors ? `${summary.errors} event(s) could not be applied; see the log` : null,
    },
  });
  return summary;
}
