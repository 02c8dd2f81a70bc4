/**
 * The hook that carries a next step forward: the outcome recorded for the most recent
 * earlier meeting with the same account becomes the point of the next one.
 */
import type { Db } from '../../db/client.js';
import type { Prisma } from '../../db/types.js';
import { carriesForward, NEXT_STEP_STATUSES } from '../../domain/point-status.js';
import type { CarriedNextStep } from '../../domain/types.js';

/**
 * Which recorded outcomes may be carried: a next step was written down, at an earlier
 * meeting with the account. Every rule on which next steps carry (for example, leaving out
 * one the prospect disputed) belongs in this one filter.
 */
function carriableOutcomes(
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
    // Only as the rep last sent it: not before the recap went out, not while disputed.
    nextStepStatus: { in: NEXT_STEP_STATUSES.filter(carriesForward) },
  };
}

/** The latest recorded next step with this account from a meeting that started before `before`. */
export async function findCarriedNextStep(
  db: Db,
  accountId: string,
  before: Date,
  excludeMeetingId?: string,
): Promise<CarriedNextStep | null> {
  const outcome = await db.outcome.findFirst({
    where: carriableOutcomes(accountId, before, excludeMeetingId),
    orderBy: { meeting: { start: 'desc' } },
    include: { meeting: { select: { title: true } } },
  });
  if (!outcome) return null;
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
