/**
 * The rep settles a prospect's answer without a new email: "Mark confirmed" (they agreed on
 * a call), "Keep as is" (the change is not taken), and after a decline "Keep going" (the
 * meeting goes ahead: its steps are planned again) or "Stop" (what the decline already did).
 * Each move is recorded like a prospect's answer, with `source: rep` and the rep's note.
 */
import type { AppContext } from '../../context.js';
import { carriesForward, readNextStepStatus } from '../../domain/point-status.js';
import type { ActionTarget, RepAction } from '../../domain/rep-actions.js';
import { cancelStep } from '../../jobs/schedule-step.js';
import { consumeActionToken } from '../../messages/action-tokens.js';
import { carryForward } from '../calendar/carry-forward.js';
import { planMeeting } from '../calendar/plan-meeting.js';
import { moveStatusByRep } from './move-status-by-rep.js';

/** An action that sends nothing. */
export type SettleAction = Exclude<RepAction, 'revise'>;

/** Applies the rep's `action` to the point (agenda) or next step (recap); returns the status now. */
export async function settleAnswer(
  ctx: AppContext,
  meetingId: string,
  target: ActionTarget,
  action: SettleAction,
  opts: { jti?: string; note?: string; via?: 'page' | 'reply' } = {},
): Promise<string> {
  const now = ctx.clock();
  const move = await ctx.db.$transaction(async (tx) => {
    if (opts.jti) await consumeActionToken(tx, opts.jti);
    const moved = await moveStatusByRep(tx, meetingId, target, action, now);
    if (action !== 'stop') {
      await tx.confirmation.create({
        data: {
          meetingId,
          target,
          intent: action,
          status: moved.to,
          reply: (opts.note ?? '').trim().slice(0, 2000),
          evidence:
            opts.via === 'reply' ? 'the rep replied to the notice' : 'the rep chose it on the action page',
          source: 'rep',
          createdAt: now,
          updatedAt: now,
        },
      });
    }
    return moved;
  });
  // Counted once the transaction has committed: a refused action wrote no row.
  if (action !== 'stop') ctx.metrics.confirmationRecorded('rep', action);
  if (action === 'keep_going') await planMeeting(ctx, meetingId, 'uncancelled');
  if (action === 'mark_confirmed' && target === 'agenda')
    await cancelStep(ctx.db, 'nudge_unconfirmed', { meetingId }, 'you marked it confirmed');
  if (
    target === 'recap' &&
    carriesForward(readNextStepStatus(move.from)) !== carriesForward(readNextStepStatus(move.to))
  ) {
    await carryForward(ctx, meetingId);
  }
  ctx.log.info('rep settled an answer', { meeting: meetingId, target, action });
  return move.to;
}
