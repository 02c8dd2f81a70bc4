/**
 * A rep's business hours: wall-clock times on ISO weekdays in the rep's zone, so "09:00–17:00"
 * means 09:00 local on both sides of a DST change. All instants are plain Dates (UTC);
 * luxon does the zone arithmetic.
 */
import { DateTime } from 'luxon';
import type { BusinessHours } from './types.js';

/** A stretch of business time: [start, end). */
export interface BusinessPeriod {
  start: Date;
  end: Date;
}

/** How far to look for business hours; a week always has one period unless `days` is empty. */
const SEARCH_DAYS = 14;

/** "09:30" → 570; null when malformed. "24:00" is allowed as an end of day. */
function minutesOf(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : null;
}

/** Start/end minutes of the day, or null when the hours cannot describe a period. */
function dailyWindow(hours: BusinessHours): { from: number; to: number } | null {
  const from = minutesOf(hours.start);
  const to = minutesOf(hours.end);
  if (from === null || to === null || from >= to || hours.days.length === 0) return null;
  return { from, to };
}

/** True when the hours describe at least one usable period a week. */
export function hasBusinessHours(hours: BusinessHours): boolean {
  return dailyWindow(hours) !== null && hours.days.some((d) => d >= 1 && d <= 7);
}

/** Is `instant` inside business hours, read on the wall clock of `zone`? */
export function isWithinBusinessHours(instant: Date, zone: string, hours: BusinessHours): boolean {
  const window = dailyWindow(hours);
  if (!window) return false;
  const local = DateTime.fromJSDate(instant, { zone });
  const minute = local.hour * 60 + local.minute;
  return hours.days.includes(local.weekday) && minute >= window.from && minute < window.to;
}

function periodOn(day: DateTime, window: { from: number; to: number }): BusinessPeriod {
  // Set the wall-clock time: adding minutes to local midnight is off by an hour on DST days.
  const wall = (m: number) =>
    (m === 24 * 60
      ? day.startOf('day').plus({ days: 1 })
      : day.set({ hour: Math.floor(m / 60), minute: m % 60, second: 0, millisecond: 0 })
    ).toJSDate();
  return { start: wall(window.from), end: wall(window.to) };
}

/** The latest business period that has ended at or before `instant`; null when there is none. */
export function previousBusinessPeriod(
  instant: Date,
  zone: string,
  hours: BusinessHours,
): BusinessPeriod | null {
  const window = dailyWindow(hours);
  if (!window) return null;
  const local = DateTime.fromJSDate(instant, { zone });
  for (let back = 0; back <= SEARCH_DAYS; back++) {
    const day = local.minus({ days: back });
    if (!hours.days.includes(day.weekday)) continue;
    const period = periodOn(day, window);
    if (period.end.getTime() <= instant.getTime()) return period;
  }
  return null;
}

/** The first business instant at or after `instant` (itself when inside hours); null when none. */
export function nextBusinessInstant(instant: Date, zone: string, hours: BusinessHours): Date | null {
  if (isWithinBusinessHours(instant, zone, hours)) return instant;
  const window = dailyWindow(hours);
  if (!window) return null;
  const local = DateTime.fromJSDate(instant, { zone });
  for (let ahead = 0; ahead <= SEARCH_DAYS; ahead++) {
    const day = local.plus({ days: ahead });
    if (!hours.days.includes(day.weekday)) continue;
    const { start } = periodOn(day, window);
    if (start.getTime() >= instant.getTime()) return start;
  }
  return null;
}

/**
 * The latest business instant at or before `instant`, keeping `marginMinutes` before the end
 * of a period (but not before its start): `instant` itself when inside hours, else e.g. one
 * hour before Friday's close for a Sunday instant with a 60-minute margin. Null when none.
 */
export function latestBusinessInstantBefore(
  instant: Date,
  zone: string,
  hours: BusinessHours,
  marginMinutes = 0,
): Date | null {
  if (isWithinBusinessHours(instant, zone, hours)) return instant;
  const period = previousBusinessPeriod(instant, zone, hours);
  if (!period) return null;
  const withMargin = period.end.getTime() - marginMinutes * 60_000;
  return new Date(Math.max(period.start.getTime(), withMargin));
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "09:00" → "9:00": hours read the way a person writes them. */
const wallTime = (hhmm: string) => hhmm.trim().replace(/^0(\d)/, '$1');

/** [1,2,3,4,5] → "Mon–Fri", [1,3,4,5] → "Mon, Wed–Fri": runs of days joined with a dash. */
function describeDays(days: number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of sorted) {
    const last = runs.at(-1);
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  const name = (d: number) => DAY_NAMES[d - 1] ?? String(d);
  return runs.map(([a, b]) => (a === b ? name(a) : `${name(a)}–${name(b)}`)).join(', ');
}

/** "Mon–Fri 9:00–17:00 America/New_York": the hours as a skip reason quotes them. */
export function describeBusinessHours(hours: BusinessHours, zone: string): string {
  return `${describeDays(hours.days)} ${wallTime(hours.start)}–${wallTime(hours.end)} ${zone}`;
}
