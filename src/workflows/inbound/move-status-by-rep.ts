/**
 * The one way a rep's action moves a meeting's point status (agenda) or its next step's
 * status (recap): checked against the state machine, and written only if the status is
 * still what it was read as, so a prospect's answer landing at the same moment is never
 * overwritten unseen.
 */
import type { Db } from '../../db/client.js';
import { readNextStepStatus, readPointStatus } from '../../domain/point-status.js';
import { type ActionTarget, moveByRep, type RepAction } from '../../domain/rep-actions.js';
import { AppError } from '../../errors.js';

type StatusDb = Pick<Db, 'meeting' | 'outcome'>;

/** The status of the point (agenda) or the next step (recap) of `meetingId` as it stands. */
export async function currentStatus(db: StatusDb, meetingId: string, target: ActionTarget) {
  if (target === 'agenda') {
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    return readPointStatus(meeting.pointStatus);
  }
  const outcome = await db.outcome.findUnique({ where: { meetingId } });
  if (!outcome) throw new AppError('conflict', 'This meeting has no recap yet: record its outcome first.');
  return readNextStepStatus(outcome.nextStepStatus);
}

const MOVED_MEANWHILE = 'The prospect answered a moment ago: open the link again to see their answer.';

/** Moves the status by the rep's `action`; returns from and to. Throws 'conflict' saying why when it does not apply. */
export async function moveStatusByRep(
  db: StatusDb,
  meetingId: string,
  target: ActionTarget,
  action: RepAction,
): Promise<{ from: string; to: string }> {
  const from = await currentStatus(db, meetingId, target);
  const move = moveByRep(target, from, action);
  if (!move.ok) throw new AppError('conflict', move.why);
  const moved =
    target === 'agenda'
      ? await db.meeting.updateMany({
          where: { id: meetingId, pointStatus: from },
          data: { pointStatus: move.to },
        })
      : await db.outcome.updateMany({
          where: { meetingId, nextStepStatus: from },
          data: { nextStepStatus: move.to },
        });
  if (moved.count !== 1) throw new AppError('conflict', MOVED_MEANWHILE);
  return { from, to: move.to };
}
