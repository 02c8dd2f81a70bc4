/**
 * When the steps around a prospect meeting are due, besides the agenda: the nudge when
 * the point is still unconfirmed close to the meeting (in business hours only), and the
 * recap prompt after it ends.
 */
import { latestBusinessInstantBefore } from './business-hours.js';
import type { BusinessHours } from './types.js';

export interface FollowUpPlan {
  /** When to tell the rep the point is unconfirmed; null when it would be pointless or off-hours only. */
  nudgeAt: Date | null;
  /** When to ask the rep for the outcome. */
  recapPromptAt: Date;
}

/**
 * The nudge is due `nudgeMinutes` before the start; outside business hours it moves
 * earlier into the last business hour before, and it is dropped when that is already past
 * or more than a day before the meeting (a stale nudge helps nobody). 0 minutes: no nudge.
 */
export function planFollowUps(
  meeting: { start: Date; end: Date },
  rep: {
    timeZone: string;
    businessHours: BusinessHours;
    recapDelayMinutes: number;
    unconfirmedNudgeMinutes: number;
  },
  now: Date,
): FollowUpPlan {
  const recapPromptAt = new Date(meeting.end.getTime() + rep.recapDelayMinutes * 60_000);
  if (rep.unconfirmedNudgeMinutes <= 0 || meeting.start <= now) return { nudgeAt: null, recapPromptAt };
  const ideal = new Date(meeting.start.getTime() - rep.unconfirmedNudgeMinutes * 60_000);
  const inHours = latestBusinessInstantBefore(ideal, rep.timeZone, rep.businessHours, 30);
  const tooEarly = inHours && meeting.start.getTime() - inHours.getTime() > 24 * 3_600_000;
  const nudgeAt = !inHours || tooEarly || inHours <= now ? null : inHours;
  return { nudgeAt, recapPromptAt };
}
