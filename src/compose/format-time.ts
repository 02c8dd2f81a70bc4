/**
 * Dates and times as a prospect reads them, always in an explicit IANA zone (the meeting's),
 * never the process zone, and in the email's language with a fixed locale per language
 * (US English for English) so output does not depend on the host.
 */
import { DateTime } from 'luxon';
import type { Language } from '../domain/languages.js';
import { wordsFor } from './language-words.js';

/** A Date (or ISO string) in `zone`; throws if the zone is not a valid IANA zone. */
function inZone(date: Date | string, zone: string, language: Language = 'en'): DateTime {
  const base = typeof date === 'string' ? DateTime.fromISO(date) : DateTime.fromJSDate(date);
  if (!base.isValid) throw new Error(`not a valid date: ${String(date)}`);
  const dt = base.setZone(zone).setLocale(wordsFor(language).locale);
  if (!dt.isValid) throw new Error(`unknown time zone "${zone}": use an IANA name like America/New_York`);
  return dt;
}

/** True when `zone` is an IANA zone luxon (and Intl) understands. */
export function isValidTimeZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/**
 * Building an Intl.DateTimeFormat costs far more than using one (it was a tenth of all
 * compose time), and a team uses a handful of zones: one formatter per locale and zone.
 */
const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

function zoneNameFormat(locale: string, zone: string): Intl.DateTimeFormat {
  const key = `${locale} ${zone}`;
  let format = zoneNameFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    zoneNameFormats.set(key, format);
  }
  return format;
}

/**
 * The short zone name a reader recognizes: "EST", "CEST", "UTC" ("MEZ" in German). The
 * email's own locale is asked first; US English names only US zones, so British English is
 * tried next; otherwise an offset like "GMT+9" remains.
 */
export function zoneAbbreviation(date: Date | string, zone: string, language: Language = 'en'): string {
  const instant = inZone(date, zone).toJSDate();
  let fallback = '';
  const own = wordsFor(language).locale;
  const locales = language === 'en' ? ['en-US', 'en-GB'] : [own, 'en-US', 'en-GB'];
  for (const locale of locales) {
    const parts = zoneNameFormat(locale, zone).formatToParts(instant);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (name && !/^(GMT|UTC)[+-−]/.test(name)) return name;
    fallback ||= name;
  }
  return fallback || zone;
}

/** "Tuesday, March 3" ("Dienstag, 3. März" in German). */
export function formatDate(date: Date | string, zone: string, language: Language = 'en'): string {
  return inZone(date, zone, language).toFormat(wordsFor(language).datePattern);
}

/** "10:00 AM EST" ("10:00 Uhr MEZ"). */
export function formatTime(date: Date | string, zone: string, language: Language = 'en'): string {
  const time = inZone(date, zone, language).toFormat(wordsFor(language).timePattern);
  return `${time} ${zoneAbbreviation(date, zone, language)}`;
}

/** "Tuesday, March 3 at 10:00 AM EST" ("Dienstag, 3. März um 10:00 Uhr MEZ"). */
export function formatDateTime(date: Date | string, zone: string, language: Language = 'en'): string {
  return wordsFor(language).dateTime(formatDate(date, zone, language), formatTime(date, zone, language));
}

/** "Wed, Dec 9, 11:00 AM EST": a time in a short line to the rep. */
export function formatShortDateTime(date: Date | string, zone: string): string {
  return `${inZone(date, zone).toFormat('ccc, LLL d')}, ${formatTime(date, zone)}`;
}

/** "Tuesday" ("Dienstag"). */
export function weekday(date: Date | string, zone: string, language: Language = 'en'): string {
  return inZone(date, zone, language).toFormat('cccc');
}

/**
 * "30 min", "1 hr", "1 hr 30 min" ("1 Std. 30 Min."); independent of zone (a DST jump does
 * not change it).
 */
export function duration(start: Date | string, end: Date | string, language: Language = 'en'): string {
  const ms = new Date(end).getTime() - new Date(start).getTime();
  const minutes = Math.max(0, Math.round(ms / 60_000));
  return wordsFor(language).duration(Math.floor(minutes / 60), minutes % 60);
}
