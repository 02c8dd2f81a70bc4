/**
 * Leases for sync work across instances sharing one database. A run claims the lease of
 * (connection, kind) with one conditional write, like steps are claimed; an instance that
 * finds it held records a request instead, and the holder runs once more when it finishes,
 * so a webhook that reached the "wrong" instance is still acted on. A crashed holder's lease
 * lapses after LEASE_MS.
 */
import type { Db } from '../db/client.js';

const LEASE_MS = 10 * 60_000;

export type LeaseOutcome = 'ran' | 'busy';

async function claim(db: Db, key: { connectionId: string; kind: string }, owner: string): Promise<boolean> {
  const now = new Date();
  const until = new Date(now.getTime() + LEASE_MS);
  const taken = await db.syncLease.updateMany({
    where: { ...key, OR: [{ until: { lt: now } }, { owner }] },
    data: { owner, until, requestedAt: null },
  });
  if (taken.count === 1) return true;
  try {
    await db.syncLease.create({ data: { ...key, owner, until } });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') return false; // someone else holds it
    throw err;
  }
}

/** Releases the lease; true when another instance asked for a run meanwhile. */
async function release(db: Db, key: { connectionId: string; kind: string }, owner: string, since: Date) {
  const row = await db.syncLease.findUnique({ where: { connectionId_kind: key } });
  await db.syncLease.updateMany({ where: { ...key, owner }, data: { until: new Date(0) } });
  return Boolean(row?.owner === owner && row.requestedAt && row.requestedAt >= since);
}

/**
 * Runs `fn` under the lease of (connection, kind) for `owner` (one id per process), again
 * while others asked for a run during it. Returns 'busy' when another instance holds it.
 */
export async function withSyncLease(
  db: Db,
  key: { connectionId: string; kind: string },
  owner: string,
  fn: () => Promise<void>,
): Promise<LeaseOutcome> {
  if (!(await claim(db, key, owner))) {
    await db.syncLease.updateMany({ where: key, data: { requestedAt: new Date() } });
    // The holder may have released between our claim and our request: then run it ourselves.
    if (!(await claim(db, key, owner))) return 'busy';
  }
  for (let round = 0; round < 5; round++) {
    const since = new Date();
    let again = false;
    try {
      await fn();
    } finally {
      // Released even when fn failed, so the next poll (here or elsewhere) may try again.
      again = await release(db, key, owner, since);
    }
    if (!again || !(await claim(db, key, owner))) break;
  }
  return 'ran';
}
