/**
 * Keeps every connection in sync: calendar and inbox polls on timers, plus immediate
 * calendar syncs when a provider signals a change (a local folder watch now; push
 * channels later). Syncs of one connection never overlap; triggers that arrive during a
 * sync coalesce into one more run.
 */
import type { AppContext } from '../context.js';
import { ingestInbox } from '../workflows/ingest-inbox.js';
import { syncCalendar } from '../workflows/sync-calendar.js';

export interface SyncScheduler {
  /** Syncs every connection's calendar and inbox now and waits for it. */
  syncAllNow(): Promise<void>;
  stop(): Promise<void>;
}

/** A serial, coalescing runner for one task. */
function serial(task: () => Promise<void>) {
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
  return { run, idle: () => running ?? Promise.resolve() };
}

/** Starts the loops for all connections that exist now. */
export async function startSyncScheduler(ctx: AppContext): Promise<SyncScheduler> {
  const connections = await ctx.db.connection.findMany({ include: { rep: true } });
  const timers: NodeJS.Timeout[] = [];
  const unwatch: (() => void)[] = [];
  const loops = connections.map((conn) => {
    const guard = (what: string, fn: () => Promise<unknown>) => async () => {
      try {
        const summary = await fn();
        ctx.log.debug(`${what} done`, { connection: conn.id, summary });
      } catch (err) {
        ctx.log.error(`${what} failed`, {
          connection: conn.id,
          error: err instanceof Error ? err.message : String(err),
        });
        await ctx.db.connection
          .update({ where: { id: conn.id }, data: { lastError: `${what}: ${String(err)}`.slice(0, 500) } })
          .catch(() => {});
      }
    };
    const calendar = serial(guard('calendar sync', () => syncCalendar(ctx, conn.id)));
    const inbox = serial(guard('inbox sync', () => ingestInbox(ctx, conn.id)));
    const providers = ctx.providers.forConnection(conn);
    const calendarSeconds =
      conn.provider === 'local' ? ctx.config.sync.localPollSeconds : ctx.config.sync.calendarPollSeconds;
    const inboxSeconds =
      conn.provider === 'local' ? ctx.config.sync.localPollSeconds : ctx.config.sync.inboxPollSeconds;
    timers.push(setInterval(() => void calendar.run(), calendarSeconds * 1000));
    timers.push(setInterval(() => void inbox.run(), inboxSeconds * 1000));
    if (providers.watchCalendar) unwatch.push(providers.watchCalendar(() => void calendar.run()));
    return { calendar, inbox };
  });
  const syncAllNow = async () => {
    await Promise.all(loops.map((l) => l.calendar.run()));
    await Promise.all(loops.map((l) => l.inbox.run()));
  };
  void syncAllNow();
  return {
    syncAllNow,
    async stop() {
      for (const t of timers) clearInterval(t);
      for (const u of unwatch) u();
      await Promise.all(loops.flatMap((l) => [l.calendar.idle(), l.inbox.idle()]));
    },
  };
}
