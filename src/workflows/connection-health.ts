/**
 * A connection's health as the rest of the system sees it: a provider that refused our
 * tokens marks the connection `needs_reauth` and its steps wait (`paused`); reconnecting
 * makes it active again and puts the waiting steps back in the queue, due now.
 */
import type { Db } from '../db/client.js';

/** How the rep is told to fix a connection; shown on the dashboard and by `doctor`. */
export function reconnectHint(provider: string): string {
  return `reconnect at /oauth/${provider}/start (or run: agendum connect ${provider} --email REP --refresh-token TOKEN)`;
}

/** Marks a connection as needing the rep to sign in again; returns false if it is unknown. */
export async function markNeedsReauth(db: Db, connectionId: string, reason: string): Promise<boolean> {
  const res = await db.connection.updateMany({
    where: { id: connectionId },
    data: { status: 'needs_reauth', lastError: reason.slice(0, 500) },
  });
  return res.count === 1;
}

/**
 * Makes the connection active and resumes its paused steps (due `now`); returns how many
 * steps were resumed.
 */
export async function resumeConnection(db: Db, connectionId: string, now: Date): Promise<number> {
  await db.connection.update({ where: { id: connectionId }, data: { status: 'active', lastError: null } });
  const res = await db.step.updateMany({
    where: { status: 'paused', pausedFor: connectionId },
    data: { status: 'pending', pausedFor: null, dueAt: now, lockedUntil: null, attempts: 0 },
  });
  return res.count;
}
