/**
 * The nudge that tells the rep no meeting is booked for the agreed next step: due
 * BOOK_NEXT_GRACE_DAYS after the step's date. A next step without a date has no such nudge.
 */
import type { AppContext } from '../../context.js';
import { cancelStep, scheduleStep } from '../../jobs/schedule-step.js';

const DAY_MS = 86_400_000;

/** Plans (or moves, or cancels) the book-next nudge for the meeting's next step as it stands now. */
export async function planBookNextNudge(
  ctx: AppContext,
  meetingId: string,
  step: { nextStep: string; nextStepDue: Date | null },
): Promise<void> {
  if (step.nextStepDue && step.nextStep.trim()) {
    await scheduleStep(ctx, {
      kind: 'nudge_book_next',
      payload: { meetingId },
      dueAt: new Date(step.nextStepDue.getTime() + ctx.config.bookNextGraceDays * DAY_MS),
      meetingId,
    });
    return;
  }
  await cancelStep(ctx.db, 'nudge_book_next', { meetingId }, 'the next step has no date');
}
