/**
 * Leases for sync work across instances sharing one database. A run claims the lease of
 * (connection, kind) with one conditional write, like steps are claimed; an instance that
 * finds it held records a request instead, and the holder runs once more when it finishes,
 * so a webhook that reached the "wrong" instance is still acted on. The holder renews the
 * lease while it works; a crashed holder's lease lapses after LEASE_MS.
 */
import type { Db } from '../db/client.js';

const LEASE_MS = 10 * 60_000;
const HEARTBEAT_MS = LEASE_MS / 3;

export type LeaseOutcome = 'ran' | 'busy';
type Key = { connectionId: string; kind: string };

const leaseEnd = () => new Date(Date.now() + LEASE_MS);

async function claim(db: Db, key: Key, owner: string): Promise<boolean> {
  const taken = await db.syncLease.updateMany({
    where: { ...key, OR: [{ until: { lt: new Date() } }, { owner }] },
    data: { owner, until: leaseEnd(), requestedAt: null },
  });
  if (taken.count === 1) return true;
  try {
    await db.syncLease.create({ data: { ...key, owner, until: leaseEnd() } });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') return false; // someone else holds it
    throw err;
  }
}

/**
 * Frees the lease unless someone asked for a run meanwhile — one conditional write, so a
 * request can never fall between reading and releasing. Returns true when the holder must
 * run again (it keeps the lease and the request is taken).
 */
async function releaseOrContinue(db: Db, key: Key, owner: string): Promise<boolean> {
  const freed = await db.syncLease.updateMany({
    where: { ...key, owner, requestedAt: null },
    data: { until: new Date(0) },
  });
  if (freed.count === 1) return false;
  const kept = await db.syncLease.updateMany({
    where: { ...key, owner },
    data: { requestedAt: null, until: leaseEnd() },
  });
  // kept.count 0: our lease lapsed and another instance took it; it does the work now.
  return kept.count === 1;
}

/** Keeps the lease alive while `fn` runs (a full resync of a big calendar can take long). */
function heartbeat(db: Db, key: Key, owner: string): () => void {
  const timer = setInterval(() => {
    void db.syncLease.updateMany({ where: { ...key, owner }, data: { until: leaseEnd() } }).catch(() => {});
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Runs `fn` under the lease of (connection, kind) for `owner` (one id per process), again
 * while others asked for a run during it. Returns 'busy' when another instance holds it.
 */
export async function withSyncLease(
  db: Db,
  key: Key,
  owner: string,
  fn: () => Promise<void>,
): Promise<LeaseOutcome> {
  if (!(await claim(db, key, owner))) {
    await db.syncLease.updateMany({ where: key, data: { requestedAt: new Date() } });
    // The holder may have released between our claim and our request: then run it ourselves.
    if (!(await claim(db, key, owner))) return 'busy';
  }
  for (let round = 0; round < 5; round++) {
    const stop = heartbeat(db, key, owner);
    try {
      await fn();
    } catch (err) {
      // Freed at once, so the next poll (here or elsewhere) may try again.
      stop();
      await db.syncLease.updateMany({ where: { ...key, owner }, data: { until: new Date(0) } });
      throw err;
    }
    stop();
    if (!(await releaseOrContinue(db, key, owner))) break;
  }
  return 'ran';
}
