/**
 * Dates and times as a prospect reads them, always in an explicit IANA zone (the meeting's),
 * never the process zone, and always in US English so output does not depend on the host.
 */
import { DateTime } from 'luxon';

const LOCALE = 'en-US';

/** A Date (or ISO string) in `zone`; throws if the zone is not a valid IANA zone. */
function inZone(date: Date | string, zone: string): DateTime {
  const base = typeof date === 'string' ? DateTime.fromISO(date) : DateTime.fromJSDate(date);
  if (!base.isValid) throw new Error(`not a valid date: ${String(date)}`);
  const dt = base.setZone(zone).setLocale(LOCALE);
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
 * The short zone name a reader recognizes: "EST", "CEST", "UTC". US English names only
 * US zones, so British English is tried next; otherwise an offset like "GMT+9" remains.
 */
export function zoneAbbreviation(date: Date | string, zone: string): string {
  const instant = inZone(date, zone).toJSDate();
  let fallback = '';
  for (const locale of ['en-US', 'en-GB']) {
    const parts = zoneNameFormat(locale, zone).formatToParts(instant);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (name && !/^(GMT|UTC)[+-−]/.test(name)) return name;
    fallback ||= name;
  }
  return fallback || zone;
}

/** "Tuesday, March 3" */
export function formatDate(date: Date | string, zone: string): string {
  return inZone(date, zone).toFormat('cccc, LLLL d');
}

/** "10:00 AM EST" */
export function formatTime(date: Date | string, zone: string): string {
  return `${inZone(date, zone).toFormat('h:mm a')} ${zoneAbbreviation(date, zone)}`;
}

/** "Tuesday, March 3 at 10:00 AM EST" */
export function formatDateTime(date: Date | string, zone: string): string {
  return `${formatDate(date, zone)} at ${formatTime(date, zone)}`;
}

/** "Wed, Dec 9, 11:00 AM EST": a time in a short line to the rep. */
export function formatShortDateTime(date: Date | string, zone: string): string {
  return `${inZone(date, zone).toFormat('ccc, LLL d')}, ${formatTime(date, zone)}`;
}

/** "Tuesday" */
export function weekday(date: Date | string, zone: string): string {
  return inZone(date, zone).toFormat('cccc');
}

/** "30 min", "1 hr", "1 hr 30 min"; independent of zone (a DST jump does not change it). */
export function duration(start: Date | string, end: Date | string): string {
  const ms = new Date(end).getTime() - new Date(start).getTime();
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} hr` : `${hours} hr ${rest} min`;
}
