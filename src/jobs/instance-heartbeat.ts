/**
 * Which graphile-worker instances are alive. Each running instance writes its worker ids
 * and the database's time every HEARTBEAT_MS; one not seen for LOST_AFTER_MS is taken for
 * dead. graphile-worker would wait four hours before taking over a dead worker's locked
 * jobs and queues, and a connection's queue stays blocked meanwhile, so its own
 * `force_unlock_workers` is called for the dead instance at once. Times are the database's,
 * so instances' clocks need not agree.
 */
import type { JobDb } from './job-queue.js';

const HEARTBEAT_MS = 15_000;
export const LOST_AFTER_MS = 60_000;

export interface Heartbeat {
  /** Adds an id jobs may be locked by: graphile-worker's pool id and each worker's. */
  add(workerId: string): void;
  stop(): Promise<void>;
}

async function beat(db: JobDb, instanceId: string, workerIds: Set<string>): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO "WorkerInstance" (id, "workerIds", "seenAt") VALUES ($1, $2, now())
     ON CONFLICT (id) DO UPDATE SET "workerIds" = EXCLUDED."workerIds", "seenAt" = now()`,
    instanceId,
    [...workerIds].join(','),
  );
}

export function startHeartbeat(db: JobDb, instanceId: string, onError: (err: unknown) => void): Heartbeat {
  const workerIds = new Set<string>();
  let pending: Promise<void> = beat(db, instanceId, workerIds).catch(onError);
  const timer = setInterval(() => {
    pending = beat(db, instanceId, workerIds).catch(onError);
  }, HEARTBEAT_MS);
  timer.unref();
  return {
    add(workerId) {
      workerIds.add(workerId);
      pending = beat(db, instanceId, workerIds).catch(onError);
    },
    async stop() {
      clearInterval(timer);
      await pending;
      await db.$executeRawUnsafe(`DELETE FROM "WorkerInstance" WHERE id = $1`, instanceId).catch(onError);
    },
  };
}

/** Unlocks the jobs and queues of every instance not seen for LOST_AFTER_MS; returns their ids. */
export async function releaseLostInstances(db: JobDb): Promise<string[]> {
  const lost = await db.$queryRawUnsafe<{ id: string; workerIds: string }[]>(
    `DELETE FROM "WorkerInstance" WHERE "seenAt" < now() - ($1::int * interval '1 millisecond')
     RETURNING id, "workerIds"`,
    LOST_AFTER_MS,
  );
  const workerIds = lost.flatMap((l) => l.workerIds.split(',').filter(Boolean));
  if (workerIds.length > 0) {
    await db.$executeRawUnsafe('SELECT graphile_worker.force_unlock_workers($1::text[])', workerIds);
  }
  return lost.map((l) => l.id);
}
