/**
 * Turns iCalendar times into instants. A TZID is resolved in this order: an IANA name (also
 * Mozilla-prefixed), a Windows zone id (CLDR), the file's own VTIMEZONE of that name (its
 * rules evaluated here, see vtimezone-rules.ts), and else the zone is unknown: the time is
 * kept as wall-clock time (written as if UTC) and the event says so, so the sync reads it in
 * the rep's zone with a warning rather than silently in UTC. Nothing is registered in ical.js'
 * global TimezoneService: one untrusted file must not redefine a zone for the others.
 */
import type ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { ianaZoneFor } from '../../domain/time-zones.js';
import { ianaForWindowsZone } from '../../domain/windows-zones.js';
import { safeText } from './ics-warnings.js';
import { wallMs, type ZoneRules } from './vtimezone-rules.js';
import { zoneMatching } from './zone-match.js';

/** What the sync must still do about an event's zone (see ProviderCalendarEvent.repZone). */
export type ZoneGuess = 'wall-clock' | 'label';

/** The zone an event is shown in, and the guess behind it, if one was needed. */
export interface ZoneLabel {
  zone: string;
  guess?: ZoneGuess;
  warning?: string;
}

type Resolution =
  | { kind: 'floating' }
  | { kind: 'iana'; zone: string }
  | { kind: 'rules'; rules: ZoneRules }
  | { kind: 'unknown'; tzid: string };

/** The zones of one VCALENDAR: its VTIMEZONEs and the zone its floating times are read in. */
export interface CalendarZones {
  /** The zone DATE values and floating times are read in (X-WR-TIMEZONE, else UTC). */
  floating: string;
  /** The instant of an iCalendar time; `tzid` is its property's TZID parameter. */
  instant(time: ICAL.Time, tzid: string | undefined): Date;
  /** The zone an event starting at `at` with DTSTART TZID `tzid` is shown in. */
  label(tzid: string | undefined, at: Date): ZoneLabel;
}

/** A property's TZID parameter, if any. */
export function tzidOf(prop: ICAL.Property | null | undefined): string | undefined {
  const tzid = prop?.getParameter('tzid');
  const value = typeof tzid === 'string' ? tzid : Array.isArray(tzid) ? tzid[0] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim().replace(/^"|"$/g, '') : undefined;
}

/** The zone floating times and dates are read in: the X-WR-TIMEZONE value given, else UTC. */
export function floatingZoneFrom(xWrTimezone: unknown): string {
  return ianaZoneFor(typeof xWrTimezone === 'string' ? xWrTimezone : undefined) ?? 'UTC';
}

/** floatingZoneFrom for a whole ical.js calendar (the demo seeder reads files that way). */
export function floatingZoneOf(calendar: ICAL.Component): string {
  return floatingZoneFrom(calendar.getFirstPropertyValue('x-wr-timezone'));
}

/**
 * The instant of a time in a calendar ical.js parsed whole (the demo's own, trusted files):
 * a zone ical.js resolved from the file, else an IANA or Windows TZID, else `floatingZone`.
 */
export function toInstant(time: ICAL.Time, tzid: string | undefined, floatingZone: string): Date {
  const resolved = time.zone && time.zone.tzid !== 'floating';
  if (!time.isDate && resolved) return new Date(time.toUnixTime() * 1000);
  return inZone(
    time,
    time.isDate ? floatingZone : (ianaZoneFor(tzid) ?? ianaForWindowsZone(tzid) ?? floatingZone),
  );
}

function inZone(time: ICAL.Time, zone: string): Date {
  const local = DateTime.fromMillis(wallMs(time), { zone: 'UTC' }).setZone(zone, { keepLocalTime: true });
  if (!local.isValid) throw new Error(`invalid date ${time.toString()} in zone ${zone}`);
  return local.toJSDate();
}

/** Creates the zone reader of one calendar from its VTIMEZONE rules (by TZID). */
export function createCalendarZones(rules: Map<string, ZoneRules>, floating: string): CalendarZones {
  const resolved = new Map<string, Resolution>();
  const resolve = (tzid: string | undefined): Resolution => {
    if (!tzid) return { kind: 'floating' };
    let r = resolved.get(tzid);
    if (!r) {
      const iana = ianaZoneFor(tzid) ?? ianaForWindowsZone(tzid);
      const own = rules.get(tzid);
      r = iana
        ? { kind: 'iana', zone: iana }
        : own
          ? { kind: 'rules', rules: own }
          : { kind: 'unknown', tzid };
      resolved.set(tzid, r);
    }
    return r;
  };

  return {
    floating,
    instant(time, tzid) {
      if (time.isDate) return inZone(time, floating);
      if (time.zone?.tzid === 'UTC') return new Date(time.toUnixTime() * 1000);
      const r = resolve(tzid);
      if (r.kind === 'iana') return inZone(time, r.zone);
      if (r.kind === 'rules') return new Date(r.rules.toUtc(wallMs(time)));
      // Unknown: wall-clock time as if UTC, placed in the rep's zone by the sync.
      return inZone(time, r.kind === 'unknown' ? 'UTC' : floating);
    },
    label(tzid, at) {
      const r = resolve(tzid);
      if (r.kind === 'floating') return { zone: floating };
      if (r.kind === 'iana') return { zone: r.zone };
      const name = `TZID "${safeText(tzid ?? '', 60)}"`;
      if (r.kind === 'unknown') {
        return {
          zone: 'UTC',
          guess: 'wall-clock',
          warning: `${name} is neither an IANA nor a Windows zone and the file has no VTIMEZONE for it: the times are read in the rep's zone`,
        };
      }
      const zone = zoneMatching(r.rules, at);
      if (zone) return { zone };
      return {
        zone: 'UTC',
        guess: 'label',
        warning: `${name}: its VTIMEZONE matches no known zone; the times follow its rules but are shown in the rep's zone`,
      };
    },
  };
}
