/**
 * Runs steps: the rows in our Step table that say what is due when (draft, send, nudge …)
 * and keep how each went. The job queue only says "run step X" (`run_step`); this claims
 * the step with a lease (status running + lockedUntil), runs its handler and records the
 * outcome, a retry or a pause. A process that dies mid-step leaves a lease that expires and
 * the sweep runs the step again — so every handler is idempotent (the send handler checks
 * the Sent folder before sending again). The claim is one conditional UPDATE, so a step
 * runs once on any number of instances.
 */
import type { Db } from '../db/client.js';
import { AppError, errorMessage, isTransientError } from '../errors.js';
import type { Logger } from '../log.js';
import { markNeedsReauth } from '../workflows/connections/connection-health.js';
import { STEP_KINDS, type StepKind, type StepResult, stepPayloads } from './step-kinds.js';

export type StepHandlers = {
  [K in StepKind]: (payload: (typeof stepPayloads)[K]['_output'], stepId: string) => Promise<StepResult>;
};

export interface StepRunnerOptions {
  db: Db;
  /** Reads the stored tokens, to tell a current refusal from one a reconnect made stale. */
  secretKey: Buffer;
  handlers: StepHandlers;
  clock: () => Date;
  log: Logger;
  /** This instance (JobQueue.instanceId): written on every step it claims. */
  owner: string;
  /** Gives a step its job again at its new due time (a retry, a postponement, a resume). */
  enqueue: (stepId: string, at: Date) => Promise<void>;
  /** Told when a claimed step starts, `lagMs` after it was due (metrics). */
  onStart?: (kind: StepKind, lagMs: number) => void;
  /** How long a claim lasts before another runner may take the step over. */
  leaseMs?: number;
  maxAttempts?: number;
  batchSize?: number;
}

export interface StepRunner {
  /** Runs one step if it is still there to run (pending and due, or its claim lapsed). */
  runStep(stepId: string): Promise<void>;
  /** Runs every step due now, one after another; returns how many ran (tests, the CLI). */
  runDue(): Promise<number>;
}

/** Backoff for a failed attempt: 30 s, 2 min, 8 min … capped at 1 h, with ±20 % jitter. */
export function retryDelayMs(attempt: number): number {
  const base = Math.min(30_000 * 4 ** Math.max(0, attempt - 1), 3_600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** Creates a runner; fails at once if a step kind has no handler. */
export function createStepRunner(opts: StepRunnerOptions): StepRunner {
  const missing = STEP_KINDS.filter((k) => typeof opts.handlers[k] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for step kinds: ${missing.join(', ')}`);
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const maxAttempts = opts.maxAttempts ?? 8;
  const { db, log } = opts;

  async function claim(id: string, now: Date): Promise<boolean> {
    const res = await db.step.updateMany({
      where: {
        id,
        OR: [
          { status: 'pending', dueAt: { lte: now } },
          { status: 'running', lockedUntil: { lt: now } },
        ],
      },
      data: {
        status: 'running',
        lockedUntil: new Date(now.getTime() + leaseMs),
        lockedBy: opts.owner,
        attempts: { increment: 1 },
      },
    });
    return res.count === 1;
  }

  async function runOne(step: { id: string; kind: string; payload: unknown; dueAt: Date }): Promise<void> {
    const now = opts.clock();
    if (!(await claim(step.id, now))) return;
    const kind = step.kind as StepKind;
    opts.onStart?.(kind, now.getTime() - step.dueAt.getTime());
    try {
      const schema = stepPayloads[kind];
      if (!schema) throw new Error(`unknown step kind "${step.kind}"`);
      const payload = schema.parse(step.payload);
      const handler = opts.handlers[kind] as (p: unknown, id: string) => Promise<StepResult>;
      const result = await handler(payload, step.id);
      await finish(step.id, result);
      log.info('step finished', { step: step.id, kind, outcome: result.outcome, detail: result.detail });
    } catch (err) {
      await fail(step.id, kind, err);
    }
  }

  async function finish(id: string, result: StepResult): Promise<void> {
    if (result.outcome === 'retry') {
      await db.step.update({
        where: { id },
        data: {
          status: 'pending',
          dueAt: result.at,
          lockedUntil: null,
          lastError: result.detail,
          attempts: 0,
        },
      });
      await opts.enqueue(id, result.at);
      return;
    }
    await db.step.update({
      where: { id },
      data: { status: result.outcome, result: result.detail, lockedUntil: null, lastError: null },
    });
  }

  /**
   * The rep must reconnect: the step waits, unretried, until the connection is active again.
   * It is paused before the connection is marked, so a reconnect landing after the mark
   * finds it and resumes it. When the refused tokens were replaced meanwhile (`stale`), the
   * reconnect has already resumed what it found paused: this step goes back itself, due now.
   */
  async function pause(id: string, kind: string, err: AppError, connectionId: string): Promise<void> {
    await db.step.update({
      where: { id },
      data: { status: 'paused', pausedFor: connectionId, lastError: err.message, lockedUntil: null },
    });
    if ((await markNeedsReauth(db, opts.secretKey, connectionId, err)) === 'stale') {
      await db.step.updateMany({
        where: { id, status: 'paused' },
        data: { status: 'pending', pausedFor: null, dueAt: opts.clock(), lockedUntil: null },
      });
      await opts.enqueue(id, opts.clock());
      log.info('step retried: the refused tokens were replaced by a reconnect', {
        step: id,
        kind,
        connection: connectionId,
      });
      return;
    }
    log.warn('step paused until the connection is reconnected', {
      step: id,
      kind,
      connection: connectionId,
    });
  }

  /** The provider said "later": reschedule without counting toward giving up. */
  async function postpone(id: string, kind: string, err: AppError, attempts: number): Promise<void> {
    const backoff = new Date(opts.clock().getTime() + retryDelayMs(attempts));
    const at = err.details.retryAt && err.details.retryAt > backoff ? err.details.retryAt : backoff;
    // attempts stays below maxAttempts so a long outage delays the step, never drops it.
    await db.step.update({
      where: { id },
      data: {
        status: 'pending',
        dueAt: at,
        lastError: err.message,
        lockedUntil: null,
        attempts: Math.min(attempts, maxAttempts - 1),
      },
    });
    await opts.enqueue(id, at);
    log.warn('step postponed: provider busy or unavailable', {
      step: id,
      kind,
      dueAt: at.toISOString(),
      errorCode: err.code,
    });
  }

  async function fail(id: string, kind: string, err: unknown): Promise<void> {
    // Without a connection id nothing could resume it: such a step takes the normal retries.
    if (err instanceof AppError && err.code === 'needs_reauth' && err.details.connectionId) {
      return pause(id, kind, err, err.details.connectionId);
    }
    const message = errorMessage(err);
    const step = await db.step.findUnique({ where: { id } });
    if (isTransientError(err)) return postpone(id, kind, err, step?.attempts ?? 1);
    const attempts = step?.attempts ?? maxAttempts;
    if (attempts >= maxAttempts) {
      await db.step.update({
        where: { id },
        data: { status: 'failed', lastError: message, lockedUntil: null },
      });
      log.error('step failed for good', { step: id, kind, attempts, error: message });
      return;
    }
    const dueAt = new Date(opts.clock().getTime() + retryDelayMs(attempts));
    await db.step.update({
      where: { id },
      data: { status: 'pending', dueAt, lastError: message, lockedUntil: null },
    });
    await opts.enqueue(id, dueAt);
    log.warn('step will be retried', {
      step: id,
      kind,
      attempts,
      dueAt: dueAt.toISOString(),
      error: message,
    });
  }

  async function runDue(): Promise<number> {
    const now = opts.clock();
    const due = await db.step.findMany({
      where: {
        OR: [
          { status: 'pending', dueAt: { lte: now } },
          { status: 'running', lockedUntil: { lt: now } },
        ],
      },
      orderBy: { dueAt: 'asc' },
      take: opts.batchSize ?? 25,
      select: { id: true, kind: true, payload: true, dueAt: true },
    });
    for (const step of due) await runOne(step);
    return due.length;
  }

  return {
    async runStep(stepId) {
      const step = await db.step.findUnique({
        where: { id: stepId },
        select: { id: true, kind: true, payload: true, dueAt: true },
      });
      if (step) await runOne(step);
    },
    runDue,
  };
}
