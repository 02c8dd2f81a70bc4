/**
 * The one way a rep's action moves a meeting's point status (agenda) or its next step's
 * status (recap): only an action offered now (domain/rep-actions.ts: the state machine
 * allows it, and the meeting is neither cancelled nor, for an agenda revision, started),
 * and written only if the status is still what it was read as, so a prospect's answer
 * landing at the same moment is never overwritten unseen. The page, the notices and
 * replies to them all go through here.
 */
import type { Db } from '../../db/client.js';
import {
  type NextStepStatus,
  type PointStatus,
  readNextStepStatus,
  readPointStatus,
} from '../../domain/point-status.js';
import { type ActionTarget, moveByRep, offeredActions, type RepAction } from '../../domain/rep-actions.js';
import { AppError } from '../../errors.js';

type StatusDb = Pick<Db, 'meeting' | 'outcome'>;

/** The status of the point (agenda) or the next step (recap) of `meetingId`, and the actions offered now. */
export async function actionsNow(db: StatusDb, meetingId: string, target: ActionTarget, now: Date) {
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  let status: PointStatus | NextStepStatus;
  if (target === 'agenda') status = readPointStatus(meeting.pointStatus);
  else {
    const outcome = await db.outcome.findUnique({ where: { meetingId } });
    if (!outcome) throw new AppError('conflict', 'This meeting has no recap yet: record its outcome first.');
    status = readNextStepStatus(outcome.nextStepStatus);
  }
  const offered = offeredActions(target, status, {
    cancelled: meeting.status === 'cancelled',
    started: meeting.start <= now,
  });
  return { status, offered, cancelled: meeting.status === 'cancelled' };
}

const MOVED_MEANWHILE = 'The prospect answered a moment ago: open the link again to see their answer.';

/** Why an action is not offered, in words the rep can act on. */
function notOffered(action: RepAction, now: Awaited<ReturnType<typeof actionsNow>>, target: ActionTarget) {
  if (now.cancelled) return 'This meeting was cancelled: there is nothing to do about it here.';
  const what = target === 'agenda' ? 'point' : 'next step';
  const name = action.replace('_', ' ');
  return `The ${what} is ${now.status.replace('_', ' ')}: "${name}" does not apply to it now. Open the meeting to see where it stands.`;
}

/** Moves the status by the rep's `action`; returns from and to. Throws 'conflict' saying why when it is not offered. */
export async function moveStatusByRep(
  db: StatusDb,
  meetingId: string,
  target: ActionTarget,
  action: RepAction,
  now: Date,
): Promise<{ from: string; to: string }> {
  const state = await actionsNow(db, meetingId, target, now);
  if (!state.offered.includes(action)) throw new AppError('conflict', notOffered(action, state, target));
  const from = state.status;
  const move = moveByRep(target, from, action);
  if (!move.ok) throw new AppError('conflict', move.why);
  const to = move.to;
  const moved =
    target === 'agenda'
      ? await db.meeting.updateMany({
          where: { id: meetingId, pointStatus: from },
          data: { pointStatus: to },
        })
      : await db.outcome.updateMany({
          where: { meetingId, nextStepStatus: from },
          data: { nextStepStatus: to },
        });
  if (moved.count !== 1) throw new AppError('conflict', MOVED_MEANWHILE);
  return { from, to };
}
