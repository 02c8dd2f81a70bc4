/** Past and coming times said the way a person would in an email: "yesterday", "in 3 hours". */
import { DateTime } from 'luxon';
import type { Language } from '../domain/languages.js';
import { wordsFor } from './language-words.js';

/**
 * "today", "yesterday", "on Tuesday" (within the last week) or "on Tuesday, March 3",
 * counted in calendar days in `zone`, in the email's language ("am Dienstag"). Without
 * `now` the email is assumed to go out the same day.
 */
export function relativeDay(date: Date, zone: string, now?: Date, language: Language = 'en'): string {
  const words = wordsFor(language);
  const day = DateTime.fromJSDate(date).setZone(zone).setLocale(words.locale);
  if (!now) return words.day.today;
  const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
  const daysAgo = Math.round(today.diff(day.startOf('day'), 'days').days);
  if (daysAgo <= 0) return words.day.today;
  if (daysAgo === 1) return words.day.yesterday;
  if (daysAgo < 7) return words.day.weekday(day.toFormat('cccc'));
  return words.day.date(day.toFormat(words.datePattern));
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
