/**
 * When the steps around a prospect meeting are due, besides the agenda: the nudges to the
 * rep before it (the point still unconfirmed, the agenda still awaiting approval; see
 * plan-nudge.ts for the business-hours rule) and the recap prompt after it ends.
 */
import { type NudgePlan, planNudge } from './plan-nudge.js';
import type { BusinessHours, RepProfile } from './types.js';

export interface FollowUpPlan {
  /** Tell the rep the point is still unconfirmed. */
  unconfirmedNudge: NudgePlan;
  /** Remind the rep, once, of an agenda still waiting for their approval. */
  approvalReminder: NudgePlan;
  /** When to ask the rep for the outcome. */
  recapPromptAt: Date;
}

/** The rep's settings the follow-ups depend on. */
export interface FollowUpRep {
  timeZone: string;
  businessHours: BusinessHours;
  approvalMode: RepProfile['approvalMode'];
  recapDelayMinutes: number;
  unconfirmedNudgeMinutes: number;
  approvalReminderMinutes: number;
}

/**
 * Plans the follow-ups of one meeting at `now`. A rep on auto-send approves nothing, so
 * they get no approval reminder. 0 minutes switches a nudge off.
 */
export function planFollowUps(
  meeting: { start: Date; end: Date },
  rep: FollowUpRep,
  now: Date,
): FollowUpPlan {
  return {
    unconfirmedNudge: planNudge(meeting.start, rep.unconfirmedNudgeMinutes, rep, now),
    approvalReminder:
      rep.approvalMode === 'auto'
        ? { none: 'agendas go out without approval (auto-send)' }
        : planNudge(meeting.start, rep.approvalReminderMinutes, rep, now),
    recapPromptAt: new Date(meeting.end.getTime() + rep.recapDelayMinutes * 60_000),
  };
}
