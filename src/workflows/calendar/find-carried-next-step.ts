/**
 * The hook that carries a next step forward: the outcome recorded for the most recent
 * earlier meeting with the same account becomes the point of the next one.
 */
import type { Db } from '../../db/client.js';
import type { Prisma } from '../../db/types.js';
import { heldBackNextStep, standsToCarry } from '../../domain/held-back-next-step.js';
import { carriesForward, NEXT_STEP_STATUSES, readNextStepStatus } from '../../domain/point-status.js';
import type { CarriedNextStep } from '../../domain/types.js';

/**
 * Which recorded outcomes stand in line to be carried: a next step was written down at an
 * earlier meeting with the account, and its recap went out (a disputed one is in line too:
 * it holds the line until the rep settles it). Every rule on which next steps carry belongs
 * here and in `carriesForward`.
 */
function outcomesInLine(
  accountId: string,
  before: Date,
  excludeMeetingId?: string,
): Prisma.OutcomeWhereInput {
  return {
    meeting: {
      accountId,
      start: { lt: before },
      ...(excludeMeetingId ? { id: { not: excludeMeetingId } } : {}),
    },
    nextStep: { not: '' },
    nextStepStatus: { in: NEXT_STEP_STATUSES.filter(standsToCarry) },
  };
}

/** The latest recorded next step in line with this account, from a meeting that started before `before`. */
function latestInLine(db: Db, accountId: string, before: Date, excludeMeetingId?: string) {
  return db.outcome.findFirst({
    where: outcomesInLine(accountId, before, excludeMeetingId),
    orderBy: { meeting: { start: 'desc' } },
    include: { meeting: { select: { id: true, title: true, start: true } } },
  });
}

/**
 * The next step that becomes the point of the next meeting: the latest one in line, only as
 * the rep last sent it. While the prospect disputes it, nothing carries — not an older
 * step either, which the disputed one replaced.
 */
export async function findCarriedNextStep(
  db: Db,
  accountId: string,
  before: Date,
  excludeMeetingId?: string,
): Promise<CarriedNextStep | null> {
  const outcome = await latestInLine(db, accountId, before, excludeMeetingId);
  if (!outcome || !carriesForward(readNextStepStatus(outcome.nextStepStatus))) return null;
  const owner = ['rep', 'prospect', 'both'].includes(outcome.nextStepOwner)
    ? (outcome.nextStepOwner as CarriedNextStep['owner'])
    : 'both';
  return {
    what: outcome.nextStep,
    owner,
    due: outcome.nextStepDue ?? undefined,
    meetingTitle: outcome.meeting.title,
  };
}

/** The earlier meeting whose next step is held back from the next meeting, and that step. */
export interface HeldBackNextStep {
  meetingId: string;
  meetingTitle: string;
  meetingStart: Date;
  nextStep: string;
}

/**
 * The next step `findCarriedNextStep` would have taken, had the prospect not disputed it:
 * the latest one in line with this account, when it is disputed and unrevised; null when
 * the latest in line carries or none is.
 */
export async function findHeldBackNextStep(
  db: Db,
  accountId: string,
  before: Date,
  excludeMeetingId?: string,
): Promise<HeldBackNextStep | null> {
  const outcome = await latestInLine(db, accountId, before, excludeMeetingId);
  const held = heldBackNextStep(
    outcome ? [{ status: readNextStepStatus(outcome.nextStepStatus), nextStep: outcome.nextStep }] : [],
  );
  if (!outcome || !held) return null;
  return {
    meetingId: outcome.meeting.id,
    meetingTitle: outcome.meeting.title,
    meetingStart: outcome.meeting.start,
    nextStep: outcome.nextStep,
  };
}
