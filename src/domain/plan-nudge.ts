/**
 * When a nudge to the rep is due (the point still unconfirmed, the agenda still awaiting
 * approval): a lead time before the meeting, inside the rep's business hours. A nudge that
 * finds no business time is recorded as skipped with the reason, never silently dropped.
 */
import {
  describeBusinessHours,
  hasBusinessHours,
  isWithinBusinessHours,
  latestBusinessInstantBefore,
  nextBusinessInstant,
} from './business-hours.js';
import { describeLead } from './plan-agenda.js';
import type { BusinessHours } from './types.js';

/**
 * `dueAt`: schedule it. `skip`: record the step as skipped with this reason (`at` is when it
 * would have been due). `none`: there is no nudge to plan at all (switched off, meeting begun).
 */
export type NudgePlan = { dueAt: Date } | { skip: string; at: Date } | { none: string };

type NudgeRep = { timeZone: string; businessHours: BusinessHours };

// A nudge a whole day or more ahead of the meeting is stale by the time the rep reads it.
const MAX_EARLY_MS = 24 * 3_600_000;

/**
 * Plans one nudge, `leadMinutes` before the meeting. Outside business hours it moves to the
 * last business minute before that time (Wed 08:00 → Tue 16:59). When that minute has passed
 * or is more than a day before the meeting, it moves to the first business minute after that
 * time instead, as long as that is still before the meeting (Mon 07:30 → Mon 09:00 for a
 * 09:30 meeting). Otherwise it is skipped, naming the business hours that left no room.
 * A rep with no usable business hours is nudged at the time itself.
 */
export function planNudge(start: Date, leadMinutes: number, rep: NudgeRep, now: Date): NudgePlan {
  if (leadMinutes <= 0) return { none: 'switched off (0 minutes)' };
  if (start.getTime() <= now.getTime()) return { none: 'meeting already started' };
  const ideal = new Date(start.getTime() - leadMinutes * 60_000);
  if (ideal.getTime() <= now.getTime()) {
    // Planned inside the window: the agenda or its approval request is just going out.
    return {
      skip: `less than ${describeLead(leadMinutes)} before the meeting when it was planned`,
      at: ideal,
    };
  }
  const { timeZone: zone, businessHours: hours } = rep;
  if (!hasBusinessHours(hours) || isWithinBusinessHours(ideal, zone, hours)) return { dueAt: ideal };

  // A one-minute margin before the close is the period's last business minute (16:59 of 9–17).
  const earlier = latestBusinessInstantBefore(ideal, zone, hours, 1);
  const earlierLeft = earlier !== null && earlier.getTime() > now.getTime();
  if (earlier && earlierLeft && start.getTime() - earlier.getTime() <= MAX_EARLY_MS)
    return { dueAt: earlier };
  const later = nextBusinessInstant(ideal, zone, hours);
  if (later && later.getTime() < start.getTime()) return { dueAt: later };

  const described = describeBusinessHours(hours, zone);
  return earlierLeft
    ? { skip: `no business hours within a day before the meeting (${described})`, at: ideal }
    : { skip: `no business hours left before the meeting (${described})`, at: ideal };
}
