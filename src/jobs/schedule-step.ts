/**
 * Creating and cancelling steps. Planning twice adds nothing: the run key is unique. A step
 * created or moved gets its `run_step` job at its due time; a cancelled one keeps its job,
 * which finds the step no longer pending and does nothing.
 */
import type { Db } from '../db/client.js';
import type { JobDb, JobQueue } from './job-queue.js';
import { type StepKind, type StepPayload, stepPayloads, stepRunKey } from './step-kinds.js';

export interface StepRequest<K extends StepKind> {
  kind: K;
  /** Also the step's subject: its run key is derived from kind and payload (stepRunKey). */
  payload: StepPayload<K>;
  dueAt: Date;
  meetingId?: string;
}

/**
 * Schedules a step, or moves a still-pending one to the new due time. A step that already
 * ran (done, skipped, failed) is left alone and reported as such.
 */
export async function scheduleStep<K extends StepKind>(
  ctx: { db: Db; jobs: JobQueue },
  req: StepRequest<K>,
  /** The transaction to plan it in (its job is enqueued in it too); the context's client by default. */
  tx: Pick<Db, 'step'> & JobDb = ctx.db,
): Promise<'created' | 'rescheduled' | 'unchanged' | 'already_ran'> {
  const db = tx;
  const payload = stepPayloads[req.kind].parse(req.payload);
  const runKey = stepRunKey(req.kind, req.payload);
  const enqueue = (stepId: string) => ctx.jobs.enqueue('run_step', { stepId }, { runAt: req.dueAt, db });
  const existing = await db.step.findUnique({ where: { runKey } });
  if (!existing) {
    try {
      const created = await db.step.create({
        data: { kind: req.kind, runKey, payload, dueAt: req.dueAt, meetingId: req.meetingId },
      });
      await enqueue(created.id);
      return 'created';
    } catch (err) {
      // Another instance created it between our read and write: the unique key did its job.
      if ((err as { code?: string }).code === 'P2002') return 'unchanged';
      throw err;
    }
  }
  if (existing.status === 'pending' || existing.status === 'cancelled') {
    if (existing.status === 'pending' && existing.dueAt.getTime() === req.dueAt.getTime()) return 'unchanged';
    await db.step.update({
      where: { id: existing.id },
      data: { status: 'pending', dueAt: req.dueAt, payload, attempts: 0, lastError: null, result: null },
    });
    await enqueue(existing.id);
    return 'rescheduled';
  }
  return 'already_ran';
}

/** Cancels every pending step of a meeting; returns how many. */
export async function cancelPendingSteps(db: Db, meetingId: string, reason: string): Promise<number> {
  const res = await db.step.updateMany({
    where: { meetingId, status: 'pending' },
    data: { status: 'cancelled', result: reason },
  });
  return res.count;
}

/** Cancels one step (by kind and subject) if it is still pending: nothing is left for it to do. */
export async function cancelStep<K extends StepKind>(
  db: Db,
  kind: K,
  payload: StepPayload<K>,
  reason: string,
): Promise<void> {
  await db.step.updateMany({
    where: { runKey: stepRunKey(kind, payload), status: 'pending' },
    data: { status: 'cancelled', result: reason },
  });
}
