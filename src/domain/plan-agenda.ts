/**
 * When should the agenda draft for a meeting be made? `agendaLeadMinutes` before the start,
 * moved earlier into the rep's business hours so the approval request arrives while the rep
 * is working, and never in the past. Every answer comes with a note for the dashboard.
 */
import { DateTime } from 'luxon';
import { hasBusinessHours, isWithinBusinessHours, latestBusinessInstantBefore } from './business-hours.js';
import type { RepProfile } from './types.js';

type PlanRep = Pick<RepProfile, 'timeZone' | 'agendaLeadMinutes' | 'businessHours'>;

/** When the draft is due and why, or why there is no draft. */
export type AgendaDraftPlan = { dueAt: Date; note: string } | { skip: string };

/** Moved drafts land this long before the end of the working day, leaving time to approve. */
const MARGIN_BEFORE_CLOSE_MINUTES = 60;

/** 1440 → "24 h", 90 → "1 h 30 min", 45 → "45 min". */
export function describeLead(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** "Fri, Mar 6, 4:00 PM EST" in the rep's zone. */
function formatLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale('en-US').toFormat('ccc, LLL d, h:mm a ZZZZ');
}

/**
 * Plans the agenda draft for a meeting. Due = start − lead; when that instant falls outside
 * the rep's business hours (wall clock in the rep's zone) it moves earlier, to one hour before
 * the end of the last business period before it (Mon 10:00 meeting, 24 h lead → Fri 16:00).
 * A due time already past means "now". A meeting that has started is skipped.
 */
export function planAgendaDraft(meeting: { start: Date }, rep: PlanRep, now: Date): AgendaDraftPlan {
  if (meeting.start.getTime() <= now.getTime()) return { skip: 'meeting already started' };
  const lead = describeLead(rep.agendaLeadMinutes);
  const zone = rep.timeZone;
  const ideal = new Date(meeting.start.getTime() - rep.agendaLeadMinutes * 60_000);

  if (ideal.getTime() <= now.getTime()) {
    return {
      dueAt: now,
      note: `drafted at once: booked inside the lead window (${lead} before the meeting)`,
    };
  }
  if (!hasBusinessHours(rep.businessHours)) {
    return { dueAt: ideal, note: `${lead} before the meeting (no business hours set)` };
  }
  if (isWithinBusinessHours(ideal, zone, rep.businessHours)) {
    return { dueAt: ideal, note: `${lead} before the meeting, inside business hours` };
  }

  const moved = latestBusinessInstantBefore(ideal, zone, rep.businessHours, MARGIN_BEFORE_CLOSE_MINUTES);
  const outside = `${lead} before the meeting is ${formatLocal(ideal, zone)}, outside business hours`;
  if (!moved) return { dueAt: ideal, note: `${outside}; no earlier business hours found, so kept` };
  if (moved.getTime() <= now.getTime()) {
    return { dueAt: now, note: `drafted at once: ${outside}, and the business hours before it have passed` };
  }
  return {
    dueAt: moved,
    note: `${outside}: moved earlier to ${formatLocal(moved, zone)}, an hour before the end of that working day`,
  };
}
