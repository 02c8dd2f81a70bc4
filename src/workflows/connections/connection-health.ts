/**
 * A connection's health as the rest of the system sees it: a provider that refused our
 * tokens marks the connection `needs_reauth` and its steps wait (`paused`); reconnecting
 * makes it active again and puts the waiting steps back in the queue, due now.
 */

import type { Db } from '../../db/client.js';
import type { AppError } from '../../errors.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { fingerprintSealed } from '../../providers/token-store.js';

/** How the rep is told to fix a connection; shown on the dashboard and by `doctor`. */
export function reconnectHint(provider: string): string {
  return `reconnect at /oauth/${provider}/start (or run: agendum connect ${provider} --email REP --refresh-token TOKEN)`;
}

/**
 * What `markNeedsReauth` did: `marked`; `stale` when the refused tokens are no longer the
 * stored ones (a reconnect replaced them after the provider judged them); `unknown` when
 * there is no such connection.
 */
export type ReauthMark = 'marked' | 'stale' | 'unknown';

/**
 * Marks a connection as needing the rep to sign in again, because of `err` (a
 * `needs_reauth`). When the error names the token set it was judged on
 * (`details.tokensFingerprint`), only while that set is still stored: a refusal that was
 * in flight while `agendum connect` stored new tokens (from another process) must not undo
 * the reconnect. The update is conditional on the ciphertext read, so a reconnect landing
 * between the read and the write wins too.
 */
export async function markNeedsReauth(
  db: Db,
  secretKey: Buffer,
  connectionId: string,
  err: AppError,
): Promise<ReauthMark> {
  const row = await db.connection.findUnique({
    where: { id: connectionId },
    select: { encryptedTokens: true },
  });
  if (!row) return 'unknown';
  const judged = err.details.tokensFingerprint;
  const stored = fingerprintSealed(secretKey, row.encryptedTokens);
  // Undecryptable tokens (stored === null) need a reconnect whoever judged them.
  if (judged !== undefined && stored !== null && stored !== judged) return 'stale';
  const res = await db.connection.updateMany({
    where: { id: connectionId, ...(judged !== undefined ? { encryptedTokens: row.encryptedTokens } : {}) },
    data: { status: 'needs_reauth', lastError: err.message.slice(0, 500) },
  });
  if (res.count === 1) return 'marked';
  return judged !== undefined ? 'stale' : 'unknown';
}

/**
 * Makes the connection active and resumes its paused steps (due `now`); returns how many
 * steps were resumed.
 */
export async function resumeConnection(
  ctx: { db: Db; jobs: JobQueue },
  connectionId: string,
  now: Date,
): Promise<number> {
  const { db } = ctx;
  await db.connection.update({ where: { id: connectionId }, data: { status: 'active', lastError: null } });
  const paused = await db.step.findMany({
    where: { status: 'paused', pausedFor: connectionId },
    select: { id: true },
  });
  let resumed = 0;
  for (const { id } of paused) {
    const res = await db.step.updateMany({
      where: { id, status: 'paused' },
      data: { status: 'pending', pausedFor: null, dueAt: now, lockedUntil: null, attempts: 0 },
    });
    if (res.count === 0) continue;
    resumed++;
    await ctx.jobs.enqueue('run_step', { stepId: id }, { runAt: now });
  }
  return resumed;
}
