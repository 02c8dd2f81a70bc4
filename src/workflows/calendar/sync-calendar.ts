/**
 * One incremental calendar sync of a connection: read changes since the stored cursor,
 * mirror each into a Meeting, and only then store the new cursor (a crash in between
 * re-reads the same changes, which apply idempotently). Events are applied in batches and
 * the loop yields to the event loop as it goes, so a first sync of thousands of events does
 * not stall the HTTP server in the same process.
 */
import type { AppContext } from '../../context.js';
import type { CalendarEvent, RepProfile } from '../../domain/types.js';
import { createPacer, type Pacer } from '../../event-loop.js';
import type { CalendarChanges } from '../../providers/types.js';
import { toRepProfile } from '../reps/rep-profile.js';
import { applyCalendarEvent, meetingContentHash, UNPLANNED } from './apply-event.js';
import { planMeeting } from './plan-meeting.js';
import { type ProgressListener, type ProgressTracker, trackSyncProgress } from './sync-progress-tracker.js';

const DAY_MS = 86_400_000;
/** Events per read of stored hashes: few queries, and well under any bind-parameter limit. */
const BATCH_SIZE = 100;
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

/** One sync's shared state: counts, the events it handled, and its error handling and pacing. */
interface SyncRun {
  ctx: AppContext;
  conn: { id: string; rep: { id: string; language: string } & RepProfile };
  summary: SyncSummary;
  /** Provider event ids this sync applied or removed. */
  touched: Set<string>;
  /** Runs `fn`; a failure is counted and logged, never thrown. */
  attempt(what: string, event: string, fn: () => Promise<void>): Promise<void>;
  /** Called after each event, so a big calendar does not hold the event loop (see event-loop.ts). */
  pace: Pacer;
  /** Told after each batch (sync-progress-tracker.ts). */
  progress: ProgressTracker;
}

/** The stored contentHash (and prospect flag) of each of `ids` that has a meeting: one read per batch. */
async function storedHashes(ctx: AppContext, connectionId: string, ids: string[]) {
  const rows = await ctx.db.meeting.findMany({
    where: { connectionId, providerEventId: { in: ids } },
    select: { providerEventId: true, contentHash: true, isProspect: true },
  });
  return new Map(rows.map((r) => [r.providerEventId, r]));
}

/**
 * Applies changed events in batches. An event whose stored hash already matches is
 * unchanged and costs no query of its own (a full resync is mostly these); any other is
 * applied from a fresh read, so an edit made on the dashboard while the batch runs is kept.
 */
async function applyChangedEvents(run: SyncRun, events: CalendarEvent[]): Promise<void> {
  const { ctx, conn, summary } = run;
  for (let i = 0; i < events.length; i += BATCH_SIZE) {
    const batch = events.slice(i, i + BATCH_SIZE);
    const ids = batch.map((e) => e.id);
    const stored = await storedHashes(ctx, conn.id, ids);
    let found = 0;
    for (const event of batch) {
      run.touched.add(event.id);
      const held = stored.get(event.id);
      if (held?.contentHash === meetingContentHash(event)) {
        summary.unchanged++;
        if (held.isProspect) found++;
      } else
        await run.attempt('event', event.id, async () => {
          const applied = await applyCalendarEvent(ctx, conn.rep, conn.id, event);
          summary[applied.change]++;
          if (applied.isProspect) found++;
        });
      await run.pace();
    }
    await run.progress.batchDone(batch.length, found);
  }
}

async function removeEvent(run: SyncRun, id: string): Promise<void> {
  await run.attempt('removed event', id, async () => {
    run.touched.add(id);
    if (await removeMeeting(run.ctx, run.conn.id, id)) run.summary.removed++;
  });
  await run.pace();
}

/**
 * Mirrors one listing into meetings. A failure of one event is counted and logged, never
 * thrown: the others still apply, and the caller keeps the old cursor so it comes again.
 */
async function applyChanges(run: SyncRun, changes: CalendarChanges, window: { from: Date; to: Date }) {
  await applyChangedEvents(run, changes.changed);
  for (const id of changes.removed) await removeEvent(run, id);
  if (!changes.fullResync) return;
  // A full listing is the whole truth for the window: anything upcoming we hold that it
  // did not list is gone.
  const listed = new Set(changes.changed.map((e) => e.id));
  const held = await run.ctx.db.meeting.findMany({
    where: {
      connectionId: run.conn.id,
      start: { gte: window.from, lte: window.to },
      status: { not: 'cancelled' },
    },
    select: { providerEventId: true },
  });
  for (const m of held) if (!listed.has(m.providerEventId)) await removeEvent(run, m.providerEventId);
}

/**
 * Finishes plans an earlier sync could not (a draft call was refused) for meetings this
 * sync did not touch: a removed event is never listed again, so nothing else would.
 */
async function finishInterruptedPlans(run: SyncRun): Promise<void> {
  const { ctx, conn } = run;
  const stuck = await ctx.db.meeting.findMany({
    where: { connectionId: conn.id, contentHash: { startsWith: UNPLANNED } },
    select: { id: true, providerEventId: true, contentHash: true },
  });
  for (const m of stuck) {
    if (run.touched.has(m.providerEventId)) continue;
    const change = m.contentHash.slice(UNPLANNED.length) as Parameters<typeof planMeeting>[2];
    try {
      await planMeeting(ctx, m.id, change);
      // Not the event's hash (we do not have the event): its next listing re-applies, harmlessly.
      await ctx.db.meeting.update({
        where: { id: m.id },
        data: { contentHash: change === 'cancelled' ? REMOVED : 'replanned' },
      });
    } catch (err) {
      run.summary.errors++;
      ctx.log.error('interrupted plan could not be finished', {
        connection: conn.id,
        meeting: m.id,
        error: String(err),
      });
    }
    await run.pace();
  }
}

function startRun(
  ctx: AppContext,
  conn: SyncRun['conn'],
  fullResync: boolean,
  progress: ProgressTracker,
): SyncRun {
  const summary: SyncSummary = { created: 0, updated: 0, unchanged: 0, removed: 0, fullResync, errors: 0 };
  return {
    ctx,
    conn,
    summary,
    touched: new Set(),
    async attempt(what, event, fn) {
      try {
        await fn();
      } catch (err) {
        summary.errors++;
        ctx.log.error(`${what} could not be applied`, { connection: conn.id, event, error: String(err) });
      }
    },
    pace: createPacer(),
    progress,
  };
}

/**
 * Syncs one connection's calendar; returns counts for logs, the CLI and tests. A first sync
 * (no cursor yet) records its progress on the connection; `onProgress` hears every sync's.
 */
export async function syncCalendar(
  ctx: AppContext,
  connectionId: string,
  opts: { onProgress?: ProgressListener } = {},
): Promise<SyncSummary> {
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
  const record = conn.calendarCursor === null;
  const progress = await trackSyncProgress(ctx, conn.id, { record, onProgress: opts.onProgress });
  try {
    const changes = await calendar.listChanges(conn.calendarCursor, window);
    await progress.listed(changes.changed.length);
    const rep = { id: conn.rep.id, language: conn.rep.language, ...toRepProfile(conn.rep) };
    const run = startRun(ctx, { id: conn.id, rep }, changes.fullResync, progress);
    await applyChanges(run, changes, window);
    await finishInterruptedPlans(run);
    const { summary } = run;
    // Keep the old cursor when an event failed, so the next sync sees it again.
    await ctx.db.connection.update({
      where: { id: conn.id },
      data: {
        ...(summary.errors === 0 ? { calendarCursor: changes.cursor, calendarCursorAt: now } : {}),
        lastSyncedAt: now,
        lastError: summary.errors ? `${summary.errors} event(s) could not be applied; see the log` : null,
        ...progress.finish(),
      },
    });
    return summary;
  } catch (err) {
    await progress.fail();
    throw err;
  }
}
