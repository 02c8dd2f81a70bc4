/**
 * What a rep may do about a prospect's answer, on the action page or by replying to the
 * notice: revise and send, mark it confirmed (agreed on a call), keep it as it is, and after
 * a decline stop or keep going. What is offered follows from the state machine: an action
 * whose move the table refuses, or that would change nothing, is not offered.
 */
import {
  moveNextStep,
  movePoint,
  type NextStepStatus,
  type PointStatus,
  type StatusEvent,
  type Transition,
} from './point-status.js';

export const REP_ACTIONS = ['revise', 'mark_confirmed', 'keep', 'stop', 'keep_going'] as const;
export type RepAction = (typeof REP_ACTIONS)[number];

/** What the rep's action is about: the meeting's point, or its recap's next step. */
export type ActionTarget = 'agenda' | 'recap';

/** The state-machine event of each action; `stop` moves nothing (a decline already stopped everything). */
const EVENTS: Record<Exclude<RepAction, 'stop'>, StatusEvent> = {
  revise: 'rep_revises',
  mark_confirmed: 'rep_marks_confirmed',
  keep: 'rep_keeps',
  keep_going: 'rep_keeps_going',
};

/** The status after the rep's `action`, or why it does not apply. `stop` keeps the status. */
export function moveByRep(
  target: ActionTarget,
  status: PointStatus | NextStepStatus,
  action: RepAction,
): Transition<string> {
  if (action === 'stop') {
    return status === 'declined'
      ? { ok: true, to: status }
      : { ok: false, why: 'Only a declined meeting can be stopped here.' };
  }
  const event = EVENTS[action];
  return target === 'agenda'
    ? movePoint(status as PointStatus, event)
    : moveNextStep(status as NextStepStatus, event);
}

/** Where the meeting stands: a cancelled one takes no action; an agenda is not revised once it started. */
export interface MeetingNow {
  cancelled: boolean;
  started: boolean;
}

/**
 * The actions worth offering for a point (or next step) in `status`, in the page's order;
 * the only ones the page and a reply to a notice may take.
 */
export function offeredActions(
  target: ActionTarget,
  status: PointStatus | NextStepStatus,
  meeting: MeetingNow,
): RepAction[] {
  if (meeting.cancelled) return [];
  if (target === 'agenda' && status === 'declined') return meeting.started ? [] : ['stop', 'keep_going'];
  return (['revise', 'mark_confirmed', 'keep'] as const).filter((action) => {
    // An agenda revised after the meeting started would ask to confirm a plan already past.
    if (action === 'revise' && target === 'agenda' && meeting.started) return false;
    const move = moveByRep(target, status, action);
    // Revising always sends something; the others are only worth it when they move the status.
    return move.ok && (action === 'revise' || move.to !== status);
  });
}

/** Reads a posted or parsed action name; anything else is undefined. */
export function readRepAction(value: unknown): RepAction | undefined {
  return (REP_ACTIONS as readonly unknown[]).includes(value) ? (value as RepAction) : undefined;
}
