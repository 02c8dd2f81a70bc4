/**
 * Whether the method works, in numbers: how often a meeting's point is confirmed before it,
 * how often the next step is re-confirmed after it, and what that does to meetings taking
 * place. Pure: the facts of each meeting come from its recorded transitions (sends,
 * confirmations, the outcome, calendar moves), read in analytics/read-meeting-facts.ts.
 */

export const GROUP_BYS = ['rep', 'stage', 'account', 'week'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** How a meeting that had an agenda turned out, as the calendar tells it. */
export type Attendance = 'as_planned' | 'moved' | 'cancelled' | 'ahead';

/** What one prospect meeting's history says. */
export interface MeetingFacts {
  rep: string;
  stage: string;
  /** The account's domain. */
  account: string;
  start: Date;
  /** When its first agenda went out; null when none did. */
  agendaSentAt: Date | null;
  /** When the point was first confirmed (by the prospect, or marked by the rep) before the meeting. */
  confirmedAt: Date | null;
  changeRequests: number;
  reschedules: number;
  declines: number;
  /** Whether the prospect answered the agenda at all (by reply or on the page). */
  answered: boolean;
  /** A revised agenda went out and the point was confirmed after it. */
  revisedAndReconfirmed: boolean;
  recapSent: boolean;
  nextStepConfirmed: boolean;
  /** The account's next meeting took its point from this meeting's next step. */
  nextMeetingBooked: boolean;
  attendance: Attendance;
}

/** Attendance of meetings that had an agenda, split by whether the point was confirmed first. */
export interface AttendanceSplit {
  asPlanned: number;
  moved: number;
  cancelled: number;
}

export interface AnalyticsRow {
  key: string;
  meetings: number;
  agendasSent: number;
  pointsConfirmed: number;
  /** pointsConfirmed / agendasSent, 0–1; null with no agenda sent. */
  confirmedShare: number | null;
  changeRequests: number;
  reschedules: number;
  declines: number;
  unanswered: number;
  revisedAndReconfirmed: number;
  recapsSent: number;
  nextStepsConfirmed: number;
  nextMeetingsBooked: number;
  /** Median hours from the agenda sent to the point confirmed; null when none was. */
  medianHoursToConfirm: number | null;
  confirmedAttendance: AttendanceSplit;
  unconfirmedAttendance: AttendanceSplit;
}

export interface AnalyticsReport {
  rows: AnalyticsRow[];
  totals: AnalyticsRow;
}

const HOUR_MS = 3_600_000;

/** ISO 8601 week of a UTC instant, as `2026-W49` (weeks start on Monday; week 1 holds a Thursday). */
export function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function groupKey(facts: MeetingFacts, groupBy: GroupBy): string {
  if (groupBy === 'week') return isoWeek(facts.start);
  return facts[groupBy];
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] as number;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

function emptySplit(): AttendanceSplit {
  return { asPlanned: 0, moved: 0, cancelled: 0 };
}

function addAttendance(split: AttendanceSplit, attendance: Attendance): void {
  if (attendance === 'as_planned') split.asPlanned++;
  else if (attendance === 'moved') split.moved++;
  else if (attendance === 'cancelled') split.cancelled++;
}

/** One row over a group of meetings. */
export function summarize(key: string, meetings: MeetingFacts[]): AnalyticsRow {
  const sent = meetings.filter((m) => m.agendaSentAt);
  const confirmed = sent.filter((m) => m.confirmedAt);
  const hours = confirmed.map(
    (m) => ((m.confirmedAt as Date).getTime() - (m.agendaSentAt as Date).getTime()) / HOUR_MS,
  );
  const confirmedAttendance = emptySplit();
  const unconfirmedAttendance = emptySplit();
  for (const m of sent)
    addAttendance(m.confirmedAt ? confirmedAttendance : unconfirmedAttendance, m.attendance);
  const count = (pick: (m: MeetingFacts) => boolean | number) =>
    meetings.reduce((n, m) => n + Number(pick(m)), 0);
  const middle = median(hours);
  return {
    key,
    meetings: meetings.length,
    agendasSent: sent.length,
    pointsConfirmed: confirmed.length,
    confirmedShare: sent.length ? round(confirmed.length / sent.length, 4) : null,
    changeRequests: count((m) => m.changeRequests),
    reschedules: count((m) => m.reschedules),
    declines: count((m) => m.declines),
    unanswered: sent.filter((m) => !m.answered).length,
    revisedAndReconfirmed: count((m) => m.revisedAndReconfirmed),
    recapsSent: count((m) => m.recapSent),
    nextStepsConfirmed: count((m) => m.nextStepConfirmed),
    nextMeetingsBooked: count((m) => m.nextMeetingBooked),
    medianHoursToConfirm: middle === null ? null : round(middle, 1),
    confirmedAttendance,
    unconfirmedAttendance,
  };
}

/** Rows per group, in key order, and the totals over every meeting. */
export function buildReport(meetings: MeetingFacts[], groupBy: GroupBy): AnalyticsReport {
  const groups = new Map<string, MeetingFacts[]>();
  for (const m of meetings) {
    const key = groupKey(m, groupBy);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const rows = [...groups.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((key) => summarize(key, groups.get(key) as MeetingFacts[]));
  return { rows, totals: summarize('total', meetings) };
}
