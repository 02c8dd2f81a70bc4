/**
 * The one job queue every workflow enqueues on (`ctx.jobs`). Two engines behind it: the
 * embedded one (in this process, the SQLite default) and graphile-worker (PostgreSQL,
 * several instances). Both pass test/contract/job-queue-contract.ts. A job carries only
 * "run step X" or "sync connection Y"; its key comes from kind and subject (`jobKey`).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/client.js';
import type { JobKind, JobPayload } from './job-kinds.js';

/** A database handle a job may be enqueued through: the client or an open transaction. */
export type JobDb = Pick<Db, '$executeRawUnsafe' | '$queryRawUnsafe'>;

export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /**
   * What a job of the same key that is still waiting does: `replace` (default) takes the new
   * time and payload; `keep_earlier` keeps its time, so a burst of notifications runs once,
   * at the first one's time. A job already running is never changed: a new one waits.
   */
  timing?: 'replace' | 'keep_earlier';
  /**
   * Enqueue inside this transaction: on PostgreSQL the job exists exactly when the
   * transaction commits. The embedded queue only wakes on it (its jobs live in memory).
   */
  db?: JobDb;
}

export type JobHandlers = { [K in JobKind]: (payload: JobPayload<K>) => Promise<void> };

export interface JobQueue {
  readonly engine: 'embedded' | 'graphile-worker';
  /** This instance, as the holder of the steps its runner claims (Step.lockedBy). */
  readonly instanceId: string;
  enqueue<K extends JobKind>(kind: K, payload: JobPayload<K>, opts?: EnqueueOptions): Promise<void>;
  /** Starts running jobs (the worker role). Fails at once if a kind has no handler. */
  start(handlers: JobHandlers): Promise<void>;
  /**
   * Stops taking jobs and waits up to `timeoutMs` for the running ones; jobs still running
   * then are released to run again (elsewhere or after a restart).
   */
  stop(timeoutMs?: number): Promise<void>;
  /** Resolves when no job is running and none is due now (tests). */
  idle(): Promise<void>;
  /**
   * Instances that stopped being seen (killed, machine lost): their jobs are unlocked to run
   * again and their ids returned, so the caller frees the steps they held. Embedded: none.
   */
  releaseLost(): Promise<string[]>;
}

/** A fresh id for this process among the instances sharing a database. */
export function newInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** The handlers a queue needs, or an error naming the kinds that have none. */
export function checkHandlers(kinds: readonly JobKind[], handlers: Partial<JobHandlers>): JobHandlers {
  const missing = kinds.filter((k) => typeof handlers[k] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for job kinds: ${missing.join(', ')}`);
  return handlers as JobHandlers;
}

/** Backoff for a job whose handler threw: 2 s, 8 s, 32 s … capped at 10 min. */
export function jobRetryDelayMs(attempt: number): number {
  return Math.min(2_000 * 4 ** Math.max(0, attempt - 1), 600_000);
}

/** How often a job whose handler keeps throwing is tried before it is dropped (and logged). */
export const JOB_MAX_ATTEMPTS = 10;
