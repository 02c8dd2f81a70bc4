/**
 * Every kind of job the queue carries: a name and a zod payload, in one explicit list, the
 * one thing it acts on (its key) and the queue it must run in one at a time. A job only says
 * "run step X" or "sync connection Y": what a step is, and its history, stay in our tables.
 */
import { z } from 'zod';

const onConnection = z.object({ connectionId: z.string() });

export const jobPayloads = {
  /** Run one Step row (draft, send, nudge …): the row says what and records how it went. */
  run_step: z.object({ stepId: z.string() }),
  /** Read a connection's calendar changes since its cursor. */
  sync_calendar: onConnection,
  /** Read a connection's new mail since its cursor. */
  sync_inbox: onConnection,
  /** Open the push channel if there is none, renew it when it is close to expiring. */
  channel_ensure: onConnection,
  /** Renew the push channel now (Graph asked for reauthorization). */
  channel_renew: onConnection,
  /** Open the push channel again (the provider removed it). */
  channel_reopen: onConnection,
  /** Periodic upkeep: polls that are due, channels close to expiring, steps left without a job. */
  sweep: z.object({}),
} as const;

export type JobKind = keyof typeof jobPayloads;
export type JobPayload<K extends JobKind> = z.infer<(typeof jobPayloads)[K]>;

export const JOB_KINDS = Object.keys(jobPayloads) as JobKind[];

const SUBJECT_OF: { [K in JobKind]: (payload: JobPayload<K>) => string } = {
  run_step: (p) => p.stepId,
  sync_calendar: (p) => p.connectionId,
  sync_inbox: (p) => p.connectionId,
  channel_ensure: (p) => p.connectionId,
  channel_renew: (p) => p.connectionId,
  channel_reopen: (p) => p.connectionId,
  sweep: () => 'all',
};

/**
 * Work that must never run twice at once for one connection goes in a queue of its own:
 * a calendar sync waits for the previous one (they share a cursor), channel upkeep for
 * the previous upkeep. Calendar and inbox of one connection may still run side by side.
 */
const QUEUE_OF: { [K in JobKind]: (payload: JobPayload<K>) => string | undefined } = {
  run_step: () => undefined,
  sync_calendar: (p) => `calendar:${p.connectionId}`,
  sync_inbox: (p) => `inbox:${p.connectionId}`,
  channel_ensure: (p) => `channel:${p.connectionId}`,
  channel_renew: (p) => `channel:${p.connectionId}`,
  channel_reopen: (p) => `channel:${p.connectionId}`,
  sweep: () => 'sweep',
};

/**
 * The job's key, from its kind and subject: enqueueing the same work twice while it waits
 * is one job, on any instance. Never built by hand elsewhere.
 */
export function jobKey<K extends JobKind>(kind: K, payload: JobPayload<K>): string {
  return `${kind}:${SUBJECT_OF[kind](payload)}`;
}

/** The queue the job runs in one at a time, or undefined when it may run beside any other. */
export function queueOf<K extends JobKind>(kind: K, payload: JobPayload<K>): string | undefined {
  return QUEUE_OF[kind](payload);
}
