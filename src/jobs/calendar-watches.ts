/**
 * In-process calendar watches (the local provider's folder watch): each change triggers a
 * calendar sync like a webhook would. Connections added by another process (the CLI) are
 * found by a rescan; a connection's provider that cannot be built is logged once.
 */
import type { AppContext } from '../context.js';
import { errorMessage } from '../errors.js';
import type { SyncTriggers } from './sync-triggers.js';

const RESCAN_MS = 30_000;

export interface CalendarWatches {
  /** Starts watching a connection now (no-op if watched already or it has no watch). */
  add(connectionId: string): Promise<void>;
  stop(): void;
}

export async function startCalendarWatches(
  ctx: AppContext,
  triggers: SyncTriggers,
): Promise<CalendarWatches> {
  const stops = new Map<string, () => void>();
  const reported = new Set<string>();
  let stopped = false;

  async function add(connectionId: string): Promise<void> {
    if (stopped || stops.has(connectionId)) return;
    const conn = await ctx.db.connection.findUnique({ where: { id: connectionId }, include: { rep: true } });
    if (!conn || stops.has(connectionId)) return;
    try {
      const watch = ctx.providers.forConnection(conn).watchCalendar;
      stops.set(connectionId, watch ? watch(() => triggers.calendarChanged(connectionId)) : () => {});
    } catch (err) {
      if (reported.has(connectionId)) return;
      reported.add(connectionId);
      ctx.log.error('calendar watch could not start', { connection: connectionId, error: errorMessage(err) });
    }
  }

  const rescan = async () => {
    // Only the local provider watches in-process; the others push through webhooks.
    const all = await ctx.db.connection
      .findMany({ where: { provider: 'local' }, select: { id: true } })
      .catch(() => []);
    for (const c of all) await add(c.id);
  };
  await rescan();
  const stopRescan = ctx.timers.every(RESCAN_MS, rescan);
  return {
    add,
    stop() {
      stopped = true;
      stopRescan();
      for (const stop of stops.values()) stop();
      stops.clear();
    },
  };
}
