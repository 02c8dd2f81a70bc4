/**
 * Expands one event (a single VEVENT, or a series master with its RECURRENCE-ID overrides)
 * into the concrete occurrences that overlap a window. Expansion stops at the window end and
 * at a fixed number of occurrences and iterator steps: the files are untrusted input.
 */
import ICAL from 'ical.js';
import { type CalendarZones, tzidOf } from './ics-time.js';
import { assertRuleIsSafe } from './recur-guard.js';

export interface TimeWindow {
  from: Date;
  to: Date;
}

/** One concrete occurrence and the VEVENT describing it (the master, or its override). */
export interface Occurrence {
  vevent: ICAL.Component;
  /** Original start of a series occurrence; undefined for a single event. */
  recurrenceId?: Date;
  start: Date;
  end: Date;
  isAllDay: boolean;
  /** TZID of the occurrence's DTSTART, when it has one. */
  tzid?: string;
}

export const MAX_OCCURRENCES = 1_000;
export const MAX_ITERATOR_STEPS = 100_000;
const DAY_MS = 86_400_000;

interface EventTimes {
  startTime: ICAL.Time;
  start: Date;
  end: Date;
  isAllDay: boolean;
  tzid?: string;
}

/** DTSTART and DTEND (or DURATION, or the RFC 5545 defaults) of one VEVENT as instants. */
export function readEventTimes(vevent: ICAL.Component, zones: CalendarZones): EventTimes {
  const startProp = vevent.getFirstProperty('dtstart');
  const startTime = startProp?.getFirstValue();
  if (!startProp || !(startTime instanceof ICAL.Time)) throw new Error('event has no valid DTSTART');
  const tzid = tzidOf(startProp);
  const start = zones.instant(startTime, tzid);
  const endProp = vevent.getFirstProperty('dtend');
  const endTime = endProp?.getFirstValue();
  const duration = vevent.getFirstPropertyValue('duration');
  let end: Date;
  if (endTime instanceof ICAL.Time) end = zones.instant(endTime, tzidOf(endProp));
  else if (duration instanceof ICAL.Duration) end = new Date(start.getTime() + duration.toSeconds() * 1000);
  else if (startTime.isDate) end = zones.instant(startTime.clone().adjust(1, 0, 0, 0), tzid);
  else end = start;
  // A DURATION too long for a date (P999999999999999999W) says nothing usable about the end.
  if (Number.isNaN(end.getTime())) end = start;
  // A DATE event ending on its first day (DTEND = DTSTART, Google holidays) lasts that day.
  if (startTime.isDate && end <= start) end = zones.instant(startTime.clone().adjust(1, 0, 0, 0), tzid);
  // An end before the start is a producer bug; a zero-length event is the least surprising reading.
  if (end < start) end = start;
  return { startTime, start, end, isAllDay: startTime.isDate, tzid };
}

function occurrenceOf(vevent: ICAL.Component, t: EventTimes): Occurrence {
  return { vevent, start: t.start, end: t.end, isAllDay: t.isAllDay, tzid: t.tzid };
}

const overlaps = (start: Date, end: Date, w: TimeWindow) =>
  start < w.to && (end > w.from || (end.getTime() === start.getTime() && start >= w.from));

/** Original starts (ms) excluded by EXDATE; DATE values exclude the whole day. */
function readExclusions(master: ICAL.Component, zones: CalendarZones) {
  const instants = new Set<number>();
  const days = new Set<string>();
  for (const prop of master.getAllProperties('exdate')) {
    for (const value of prop.getValues()) {
      if (!(value instanceof ICAL.Time)) continue;
      if (value.isDate) days.add(value.toString());
      else instants.add(zones.instant(value, tzidOf(prop)).getTime());
    }
  }
  return { has: (t: ICAL.Time, ms: number) => instants.has(ms) || days.has(t.toString().slice(0, 10)) };
}

/** An RDATE's start; a DATE in a timed series (a PERIOD of dates) is that day at the series' time. */
function rdateStart(raw: ICAL.Time, tzid: string | undefined, base: EventTimes) {
  if (!raw.isDate || base.isAllDay) return { time: raw, tzid };
  const time = base.startTime.clone();
  time.year = raw.year;
  time.month = raw.month;
  time.day = raw.day;
  return { time, tzid: base.tzid };
}

/** Original starts of the series before the window end, keyed by instant. */
function collectStarts(master: ICAL.Component, base: EventTimes, w: TimeWindow, zones: CalendarZones) {
  const starts = new Map<number, ICAL.Time>([[base.start.getTime(), base.startTime]]);
  // Starts this early cannot reach the window (a day of slack covers all-day DST shifts).
  const earliest = w.from.getTime() - (base.end.getTime() - base.start.getTime()) - DAY_MS;
  let truncated: string | undefined;
  for (const prop of master.getAllProperties('rrule')) {
    const rule = prop.getFirstValue();
    if (!(rule instanceof ICAL.Recur)) continue;
    assertRuleIsSafe(rule);
    try {
      const iterator = rule.iterator(base.startTime);
      for (let steps = 0; ; steps++) {
        if (steps >= MAX_ITERATOR_STEPS || starts.size >= MAX_OCCURRENCES * 2) {
          truncated = `recurrence expansion stopped after ${steps} steps; shorten the RRULE or add UNTIL`;
          break;
        }
        const next = iterator.next();
        if (!next) break;
        const ms = zones.instant(next, base.tzid).getTime();
        if (ms >= w.to.getTime()) break;
        if (ms > earliest) starts.set(ms, next.clone());
      }
    } catch (err) {
      // ical.js gives up on some valid-looking rules: keep what it listed so far.
      truncated = `RRULE could not be expanded (${err instanceof Error ? err.message.slice(0, 80) : err}); later occurrences are missing`;
    }
  }
  for (const prop of master.getAllProperties('rdate')) {
    for (const value of prop.getValues()) {
      const raw = value instanceof ICAL.Period ? value.start : value;
      if (!(raw instanceof ICAL.Time)) continue;
      const { time, tzid } = rdateStart(raw, tzidOf(prop), base);
      const ms = zones.instant(time, tzid).getTime();
      if (ms < w.to.getTime() && ms > earliest) starts.set(ms, time);
    }
  }
  return { starts, truncated };
}

/** The end of one generated occurrence: same length as the master (whole days for all-day). */
function occurrenceEnd(time: ICAL.Time, start: Date, base: EventTimes, zones: CalendarZones): Date {
  if (!base.isAllDay) return new Date(start.getTime() + base.end.getTime() - base.start.getTime());
  const days = Math.round((base.end.getTime() - base.start.getTime()) / DAY_MS);
  return zones.instant(time.clone().adjust(days, 0, 0, 0), base.tzid);
}

/**
 * Occurrences of `master` (with its `overrides`) overlapping `window`, sorted by start.
 * `truncated` says why expansion stopped early, when it did.
 */
export function expandOccurrences(
  master: ICAL.Component,
  overrides: ICAL.Component[],
  window: TimeWindow,
  zones: CalendarZones,
): { occurrences: Occurrence[]; truncated?: string } {
  const base = readEventTimes(master, zones);
  const recurring = master.hasProperty('rrule') || master.hasProperty('rdate');
  if (!recurring) {
    return { occurrences: overlaps(base.start, base.end, window) ? [occurrenceOf(master, base)] : [] };
  }
  const overridden = new Map<number, ICAL.Component>();
  for (const override of overrides) overridden.set(readRecurrenceId(override, zones).getTime(), override);
  const excluded = readExclusions(master, zones);
  const { starts, truncated } = collectStarts(master, base, window, zones);

  const occurrences: Occurrence[] = [];
  for (const [ms, time] of starts) {
    if (overridden.has(ms) || excluded.has(time, ms)) continue;
    const start = new Date(ms);
    const end = occurrenceEnd(time, start, base, zones);
    if (!overlaps(start, end, window)) continue;
    occurrences.push({
      vevent: master,
      recurrenceId: start,
      start,
      end,
      isAllDay: base.isAllDay,
      tzid: base.tzid,
    });
  }
  for (const [ms, override] of overridden) {
    const times = readEventTimes(override, zones);
    if (!overlaps(times.start, times.end, window)) continue;
    occurrences.push({ ...occurrenceOf(override, times), recurrenceId: new Date(ms) });
  }
  occurrences.sort((a, b) => a.start.getTime() - b.start.getTime());
  const capped = occurrences.length > MAX_OCCURRENCES;
  return {
    occurrences: capped ? occurrences.slice(0, MAX_OCCURRENCES) : occurrences,
    truncated: capped ? `only the first ${MAX_OCCURRENCES} occurrences in the window are listed` : truncated,
  };
}

/** The RECURRENCE-ID of an override as an instant. */
export function readRecurrenceId(vevent: ICAL.Component, zones: CalendarZones): Date {
  const prop = vevent.getFirstProperty('recurrence-id');
  const value = prop?.getFirstValue();
  if (!(value instanceof ICAL.Time)) throw new Error('override has no valid RECURRENCE-ID');
  return zones.instant(value, tzidOf(prop));
}
