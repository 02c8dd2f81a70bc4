/**
 * Steps the planner decided against, as rows: a nudge with no business time left is stored
 * `skipped` with its reason, so the dashboard shows why nothing will come. The runner counts
 * an attempt on every claim, so a skipped step with no attempts was skipped by the planner,
 * not by its handler; only those are reopened when a later plan finds a time again.
 */
import type { Db } from '../db/client.js';
import type { StepRequest } from './schedule-step.js';
import { type StepKind, type StepPayload, stepPayloads, stepRunKey } from './step-kinds.js';

/**
 * Records the step as skipped with `reason`. A step that ran, is running, or is pending and
 * already due is left to the runner (its handler checks again): returns 'left' then.
 */
export async function skipPlannedStep<K extends StepKind>(
  db: Db,
  req: StepRequest<K>,
  reason: string,
  now: Date,
): Promise<'skipped' | 'left'> {
  const runKey = stepRunKey(req.kind, req.payload);
  const payload = stepPayloads[req.kind].parse(req.payload);
  const existing = await db.step.findUnique({ where: { runKey } });
  if (!existing) {
    try {
      await db.step.create({
        data: {
          kind: req.kind,
          runKey,
          payload,
          dueAt: req.dueAt,
          meetingId: req.meetingId,
          status: 'skipped',
          result: reason,
        },
      });
      return 'skipped';
    } catch (err) {
      // Another instance planned it between our read and write: the unique key did its job.
      if ((err as { code?: string }).code === 'P2002') return 'left';
      throw err;
    }
  }
  const res = await db.step.updateMany({
    where: {
      id: existing.id,
      OR: [
        { status: 'pending', dueAt: { gt: now } },
        { status: 'cancelled' },
        { status: 'skipped', attempts: 0 },
      ],
    },
    data: { status: 'skipped', dueAt: req.dueAt, result: reason },
  });
  return res.count === 1 ? 'skipped' : 'left';
}

/** Makes a step the planner skipped schedulable again (cancelled, which scheduleStep revives). */
export async function reopenPlannedSkip<K extends StepKind>(
  db: Db,
  kind: K,
  payload: StepPayload<K>,
): Promise<void> {
  await db.step.updateMany({
    where: { runKey: stepRunKey(kind, payload), status: 'skipped', attempts: 0 },
    data: { status: 'cancelled' },
  });
}
