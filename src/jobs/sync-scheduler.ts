/**
 * Keeps every connection in sync. Cursor polls run on timers (the source of truth); push
 * (a local folder watch, Google channels, Graph subscriptions) only makes them run sooner,
 * debounced and coalesced per connection. Connections created while the service runs are
 * picked up by `add` (OAuth callback) or by the periodic rescan (the CLI in another process).
 */

import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { AppContext } from '../context.js';
import { errorMessage } from '../errors.js';
import { type ConnectionLoop, createConnectionLoop } from './connection-loop.js';
import type { SyncTriggers } from './sync-triggers.js';

export interface SyncScheduler extends SyncTriggers {
  /** Starts the loops of a connection (no-op if already running). */
  add(connectionId: string): Promise<void>;
  /** Syncs every connection's calendar and inbox now and waits for it. */
  syncAllNow(): Promise<void>;
  /** Waits until no sync is running (a debounced trigger not yet fired does not count). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const RESCAN_MS = 30_000;

/** Starts the loops for all connections that exist now. */
export async function startSyncScheduler(ctx: AppContext): Promise<SyncScheduler> {
  const loops = new Map<string, ConnectionLoop>();
  // This process, as the holder of sync leases shared with other instances.
  const owner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let stopped = false;
  // First syncs of connections just added: idle() waits for them too.
  const starting = new Set<Promise<void>>();

  async function add(connectionId: string): Promise<void> {
    if (stopped || loops.has(connectionId)) return;
    const conn = await ctx.db.connection.findUnique({ where: { id: connectionId }, include: { rep: true } });
    if (!conn || loops.has(connectionId)) return;
    const loop = createConnectionLoop(ctx, conn, ctx.providers.forConnection(conn), owner);
    loops.set(conn.id, loop);
    const first = loop.calendar.run().then(() => loop.inbox.run());
    starting.add(first);
    void first.finally(() => starting.delete(first));
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
        error: errorMessage(err),
      });
    });

  const withLoop = (connectionId: string, fn: (loop: ConnectionLoop) => void) => {
    const loop = loops.get(connectionId);
    if (loop) fn(loop);
    else void addQuietly(connectionId);
  };

  const rescan = async () => {
    const all = await ctx.db.connection.findMany({ select: { id: true } }).catch(() => []);
    for (const c of all) if (!loops.has(c.id)) await addQuietly(c.id);
  };
  await rescan();
  const stopRescan = ctx.timers.every(RESCAN_MS, rescan);

  const idle = async () => {
    await Promise.all(starting);
    await Promise.all([...loops.values()].map((l) => l.idle()));
  };

  return {
    add,
    calendarChanged: (id) => withLoop(id, (l) => l.calendar.soon()),
    inboxChanged: (id) => withLoop(id, (l) => l.inbox.soon()),
    renewChannel: (id) => withLoop(id, (l) => l.requestChannel('renew')),
    reopenChannel: (id) => withLoop(id, (l) => l.requestChannel('reopen')),
    async syncAllNow() {
      await Promise.all([...loops.values()].map((l) => l.calendar.run()));
      await Promise.all([...loops.values()].map((l) => l.inbox.run()));
    },
    idle,
    async stop() {
      stopped = true;
      stopRescan();
      for (const loop of loops.values()) loop.stop();
      await idle();
    },
  };
}
