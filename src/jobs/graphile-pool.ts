/**
 * The job queue's own PostgreSQL pool. graphile-worker would make one from the connection
 * string, but on stop it takes its error listeners off first and ends the pool without
 * waiting, so a connection the server closes meanwhile (a restart, a failover, a database
 * dropped) becomes an uncaught error that ends the process. Owning the pool keeps the
 * listeners until it has ended, and `stop` waits for that.
 */
import pg from 'pg';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';

/** graphile-worker's own default, with room for the LISTEN connection above the workers. */
const MIN_POOL_SIZE = 10;

export function createJobPool(connectionString: string, concurrency: number, log: Logger): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: Math.max(MIN_POOL_SIZE, concurrency + 2) });
  // pg drops a failed idle client by itself and raises a checked-out one's error on its next
  // query: the listeners only keep the error from being unhandled.
  const warn = (err: Error) =>
    log.warn('job queue: a database connection failed', { error: errorMessage(err) });
  pool.on('error', warn);
  pool.on('connect', (client) => client.on('error', warn));
  return pool;
}
