/**
 * The hook that carries a next step forward: the outcome recorded for the most recent
 * earlier meeting with the same account becomes the point of the next one.
 */
import type { Db } from '../../db/client.js';
import type { CarriedNextStep } from '../../domain/types.js';

/** The latest recorded next step with this account from a meeting that started before `before`. */
export async function findCarriedNextStep(
  db: Db,
  accountId: string,
  before: Date,
  excludeMeetingId?: string,
): Promise<CarriedNextStep | null> {
  const outcome = await db.outcome.findFirst({
    where: {
      meeting: {
        accountId,
        start: { lt: before },
        ...(excludeMeetingId ? { id: { not: excludeMeetingId } } : {}),
      },
      nextStep: { not: '' },
    },
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
