/**
 * Where a calendar sync stands, told as it goes: to the caller (`agendum sync` draws its bar
 * from it) and, for a first sync (no cursor yet, so the whole calendar is read), to the
 * Connection row, which the connections page and `GET /api/connections/:id/progress` read.
 * One write when the sync starts, one when the listing arrives, one per batch of events;
 * the last one rides on the sync's own final update of the connection.
 */
import type { AppContext } from '../../context.js';
import type { SyncProgress } from '../../domain/sync-progress.js';

/** Called with the progress after each step of the sync (listing, each batch, the end). */
export type ProgressListener = (progress: SyncProgress) => void;

export interface ProgressTracker {
  /** The provider listed `n` changed events. */
  listed(n: number): Promise<void>;
  /** A batch was applied: `read` more events, `found` more prospect meetings among them. */
  batchDone(read: number, found: number): Promise<void>;
  /** The fields the sync's final connection update writes with its own (nothing when not recorded). */
  finish(): Record<string, unknown>;
  /** The sync threw before its final update: the page must not show it running any more. */
  fail(): Promise<void>;
}

/**
 * Starts tracking a sync of `connectionId`. `record` says whether it is a first sync, whose
 * progress is stored on the connection (a later sync reads a few changes: nothing to watch).
 */
export async function trackSyncProgress(
  ctx: AppContext,
  connectionId: string,
  opts: { record: boolean; onProgress?: ProgressListener | undefined },
): Promise<ProgressTracker> {
  const p: SyncProgress = { eventsListed: null, eventsRead: 0, meetingsFound: 0, finished: false };
  const write = async (data: Record<string, unknown>) => {
    if (opts.record) await ctx.db.connection.update({ where: { id: connectionId }, data });
  };
  const tell = () => opts.onProgress?.({ ...p });
  await write({
    firstSyncStartedAt: ctx.clock(),
    firstSyncFinishedAt: null,
    firstSyncEventsListed: null,
    firstSyncEventsRead: 0,
    firstSyncMeetingsFound: 0,
  });
  tell();
  return {
    async listed(n) {
      p.eventsListed = n;
      await write({ firstSyncEventsListed: n });
      tell();
    },
    async batchDone(read, found) {
      p.eventsRead += read;
      p.meetingsFound += found;
      await write({ firstSyncEventsRead: p.eventsRead, firstSyncMeetingsFound: p.meetingsFound });
      tell();
    },
    finish() {
      p.finished = true;
      tell();
      return opts.record ? { firstSyncFinishedAt: ctx.clock() } : {};
    },
    async fail() {
      p.finished = true;
      await write({ firstSyncFinishedAt: ctx.clock() }).catch(() => {});
      tell();
    },
  };
}
