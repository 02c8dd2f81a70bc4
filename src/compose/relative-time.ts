/** Past and coming times said the way a person would in an email: "yesterday", "in 3 hours". */
import { DateTime } from 'luxon';

/**
 * "today", "yesterday", "on Tuesday" (within the last week) or "on Tuesday, March 3",
 * counted in calendar days in `zone`. Without `now` the email is assumed to go out the same day.
 */
export function relativeDay(date: Date, zone: string, now?: Date): string {
  const day = DateTime.fromJSDate(date).setZone(zone).setLocale('en-US');
  if (!now) return 'today';
  const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
  const daysAgo = Math.round(today.diff(day.startOf('day'), 'days').days);
  if (daysAgo <= 0) return 'today';
  if (daysAgo === 1) return 'yesterday';
  if (daysAgo < 7) return `on ${day.toFormat('cccc')}`;
  return `on ${day.toFormat('cccc, LLLL d')}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "in 45 minutes", "in 3 hours", "in 2 days" (rounded down); "now" once `start` has come. */
export function timeUntil(start: Date, now: Date): string {
  // Rounded, not cut: a nudge sent at 10:45:01 for 12:45 says "in 2 hours", not "in 1 hour".
  const minutes = Math.round((start.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${plural(minutes, 'minute')}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes - hours * 60;
  // Under three hours the minutes matter ("in 1 hour 30 minutes"); beyond, the nearest hour.
  if (hours < 3 && rest >= 5 && rest <= 55) return `in ${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
  const nearest = Math.round(minutes / 60);
  if (nearest < 48) return `in ${plural(nearest, 'hour')}`;
  return `in ${plural(Math.floor(nearest / 24), 'day')}`;
}
