/** Picks the job queue for a database: embedded for SQLite, graphile-worker for PostgreSQL. */
import type { Config } from '../config.js';
import { type Db, dialectOf } from '../db/client.js';
import type { Logger } from '../log.js';
import { createEmbeddedQueue } from './embedded-queue.js';
import { createGraphileQueue } from './graphile-queue.js';
import type { JobQueue } from './job-queue.js';
import type { Timers } from './timers.js';

export type QueueEngine = JobQueue['engine'];

export function createJobQueue(
  config: Config,
  deps: { db: Db; timers: Timers; clock: () => Date; log: Logger },
  /** Tests that drive one instance in virtual time may run the embedded queue on PostgreSQL. */
  engine: QueueEngine = dialectOf(config.databaseUrl) === 'sqlite' ? 'embedded' : 'graphile-worker',
): JobQueue {
  if (engine === 'embedded') {
    return createEmbeddedQueue({ ...deps, concurrency: config.jobs.concurrency });
  }
  return createGraphileQueue({
    connectionString: config.databaseUrl,
    db: deps.db,
    log: deps.log,
    concurrency: config.jobs.concurrency,
    pollIntervalMs: config.jobs.pollMs,
  });
}
