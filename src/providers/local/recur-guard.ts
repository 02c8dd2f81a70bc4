/**
 * Rejects recurrence rules that would hang ical.js. Its iterator loops inside one `next()`
 * call until a date passes every BY-filter, so an unsatisfiable DAILY/WEEKLY/HOURLY rule
 * ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30") never returns, and SECONDLY/MINUTELY rules can spin
 * for millions of steps. Calendar files are untrusted, so such rules are refused up front.
 * (MONTHLY and YEARLY have their own give-up counters in ical.js.)
 */
import type ICAL from 'ical.js';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DAY_MS = 86_400_000;
// The Gregorian weekday/leap-year pattern repeats every 28 years (within one century).
const SCAN_FROM = Date.UTC(2024, 0, 1);
const SCAN_DAYS = 28 * 366;

function numbers(values: unknown): number[] | undefined {
  return Array.isArray(values) ? values.map(Number).filter(Number.isFinite) : undefined;
}

function weekdays(values: unknown): Set<number> | undefined {
  if (!Array.isArray(values)) return undefined;
  // "1MO" or "-1FR" carry an ordinal; only the weekday matters for this check.
  return new Set(values.map((v) => WEEKDAYS.indexOf(String(v).slice(-2).toUpperCase())));
}

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** True when some day matches BYMONTH, BYMONTHDAY and BYDAY together. */
function someDayMatches(months?: number[], monthDays?: number[], days?: Set<number>): boolean {
  for (let i = 0; i < SCAN_DAYS; i++) {
    const d = new Date(SCAN_FROM + i * DAY_MS);
    const month0 = d.getUTCMonth();
    const mday = d.getUTCDate();
    if (months && !months.includes(month0 + 1)) continue;
    if (days && !days.has(d.getUTCDay())) continue;
    const fromEnd = mday - daysInMonth(d.getUTCFullYear(), month0) - 1;
    if (monthDays && !monthDays.includes(mday) && !monthDays.includes(fromEnd)) continue;
    return true;
  }
  return false;
}

/** Throws an Error naming the problem when `rule` must not be expanded. */
export function assertRuleIsSafe(rule: ICAL.Recur): void {
  const freq = String(rule.freq ?? '').toUpperCase();
  if (freq === 'SECONDLY' || freq === 'MINUTELY') {
    throw new Error(`RRULE FREQ=${freq} is not supported for meetings`);
  }
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'HOURLY') return;
  const parts = rule.parts as Record<string, unknown>;
  if (parts.BYYEARDAY || parts.BYWEEKNO) {
    throw new Error(`RRULE: BYYEARDAY and BYWEEKNO are not allowed with FREQ=${freq} (RFC 5545 3.3.10)`);
  }
  const months = numbers(parts.BYMONTH);
  const monthDays = numbers(parts.BYMONTHDAY);
  if (!months && !monthDays) return;
  if (!someDayMatches(months, monthDays, weekdays(parts.BYDAY))) {
    throw new Error(`RRULE ${rule.toString()} never matches any date`);
  }
}
