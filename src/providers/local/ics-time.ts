/**
 * Turns iCalendar times into instants. ical.js resolves a TZID against the VTIMEZONE blocks
 * of the same file (Component#getTimeZoneByID), so nothing is registered in its global
 * TimezoneService: one untrusted file must not redefine a zone for the others. A TZID with no
 * VTIMEZONE (common: Google, Fastmail and hand-written files use bare IANA names) comes back
 * from ical.js as a floating time, which is converted here with luxon.
 */
import type ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { ianaZoneFor } from '../../domain/time-zones.js';

/** True when ical.js attached a real zone (UTC or a VTIMEZONE from the file). */
function hasResolvedZone(time: ICAL.Time): boolean {
  return time.zone !== undefined && time.zone !== null && time.zone.tzid !== 'floating';
}

/** A property's TZID parameter, if any. */
export function tzidOf(prop: ICAL.Property | null | undefined): string | undefined {
  const tzid = prop?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : Array.isArray(tzid) ? tzid[0] : undefined;
}

/**
 * The instant of an iCalendar time. `tzid` is the property's TZID parameter; `floatingZone`
 * is used for DATE values, floating times and TZIDs nobody knows (the file's X-WR-TIMEZONE
 * or UTC).
 */
export function toInstant(time: ICAL.Time, tzid: string | undefined, floatingZone: string): Date {
  if (!time.isDate && hasResolvedZone(time)) return new Date(time.toUnixTime() * 1000);
  const zone = time.isDate ? floatingZone : (ianaZoneFor(tzid) ?? floatingZone);
  const local = DateTime.fromObject(
    {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.isDate ? 0 : time.hour,
      minute: time.isDate ? 0 : time.minute,
      second: time.isDate ? 0 : time.second,
    },
    { zone },
  );
  if (!local.isValid) throw new Error(`invalid date ${time.toString()} in zone ${zone}`);
  return local.toJSDate();
}

/** The zone floating times and dates are read in: the calendar's X-WR-TIMEZONE, else UTC. */
export function floatingZoneOf(calendar: ICAL.Component): string {
  const wr = calendar.getFirstPropertyValue('x-wr-timezone');
  return ianaZoneFor(typeof wr === 'string' ? wr : undefined) ?? 'UTC';
}

/**
 * The zone an event was scheduled in: its DTSTART TZID when that names a real zone, else the
 * calendar's zone (X-WR-TIMEZONE), else UTC.
 */
export function eventZoneOf(tzid: string | undefined, floatingZone: string): string {
  return ianaZoneFor(tzid) ?? floatingZone;
}
