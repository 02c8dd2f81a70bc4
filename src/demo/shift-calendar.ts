/**
 * Moves every event of an iCalendar file by whole days in local time: DTSTART, DTEND,
 * RECURRENCE-ID, EXDATE, RDATE and RRULE UNTIL. ical.js adds days to the wall-clock fields,
 * so 10:00 in New York stays 10:00 across a DST change and the weekday is kept.
 */
import ICAL from 'ical.js';
import { floatingZoneOf, toInstant, tzidOf } from '../providers/local/ics-time.js';

const DATE_PROPERTIES = ['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate'];

function shiftValue(value: unknown, days: number): unknown {
  if (value instanceof ICAL.Time) return value.clone().adjust(days, 0, 0, 0);
  if (value instanceof ICAL.Period) {
    const period = value.clone();
    period.start = period.start.clone().adjust(days, 0, 0, 0);
    if (period.end) period.end = period.end.clone().adjust(days, 0, 0, 0);
    return period;
  }
  return value;
}

function shiftEvent(vevent: ICAL.Component, days: number): void {
  for (const name of DATE_PROPERTIES) {
    for (const prop of vevent.getAllProperties(name)) {
      const values = prop.getValues().map((v) => shiftValue(v, days));
      if (values.length === 1) prop.setValue(values[0] as ICAL.Time);
      else prop.setValues(values);
    }
  }
  for (const prop of vevent.getAllProperties('rrule')) {
    const rule = prop.getFirstValue();
    if (!(rule instanceof ICAL.Recur) || !rule.until) continue;
    rule.until = rule.until.clone().adjust(days, 0, 0, 0);
    prop.setValue(rule);
  }
}

/** The start of the file's first series master or single event, as an instant. */
export function firstStartOf(calendar: ICAL.Component): Date | undefined {
  const zone = floatingZoneOf(calendar);
  const master = calendar.getAllSubcomponents('vevent').find((v) => !v.hasProperty('recurrence-id'));
  const prop = master?.getFirstProperty('dtstart');
  const value = prop?.getFirstValue();
  return value instanceof ICAL.Time ? toInstant(value, tzidOf(prop), zone) : undefined;
}

/** A new UID per seeding, so a re-seeded demo creates new meetings instead of moving old ones. */
function seededUid(uid: string, tag: string): string {
  const at = uid.lastIndexOf('@');
  return at > 0 ? `${uid.slice(0, at)}-${tag}${uid.slice(at)}` : `${uid}-${tag}`;
}

/** Shifts every VEVENT of `calendar` (in place) by `days` and tags its UID with `tag`. */
export function shiftCalendar(calendar: ICAL.Component, days: number, tag: string): void {
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    shiftEvent(vevent, days);
    const uid = vevent.getFirstPropertyValue('uid');
    if (typeof uid === 'string') vevent.updatePropertyWithValue('uid', seededUid(uid, tag));
  }
}
