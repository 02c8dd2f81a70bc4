/**
 * One VCALENDAR block → its zones and its VEVENTs as ical.js components, each read on its
 * own from its lines (see ics-lines.ts), and grouped by UID into series. Several VEVENTs
 * sharing a UID without RECURRENCE-ID are different events to their producer (exports that
 * list each instance, duplicated invitations): each is kept, under its own id, with a warning.
 */
import ICAL from 'ical.js';
import type { Block } from './ics-blocks.js';
import { readProperties } from './ics-lines.js';
import { type CalendarZones, createCalendarZones, floatingZoneFrom } from './ics-time.js';
import { type EventRef, eventName, type IcsFileError, problem, safeText } from './ics-warnings.js';
import { readZoneRules, type ZoneRules } from './vtimezone-rules.js';

/** One VEVENT as read, with what was left out of it. */
export interface ReadEvent {
  vevent: ICAL.Component;
  ref: EventRef & { uid: string; line: number };
  zones: CalendarZones;
  /** METHOD:CANCEL on its calendar: every event in it is cancelled. */
  methodCancel: boolean;
  /** The calendar's X-WR-CALNAME (what ignore rules by calendar match), if it has one. */
  calendarName?: string;
  /** Problems that change what the meeting says, worded for the meeting's warnings. */
  warnings: IcsFileError[];
}

/** A UID's events: the series master (if any) and its RECURRENCE-ID overrides. */
export interface EventGroup {
  uid: string;
  /** What the events' ids start with: the UID, or `UID#2`… for a second event of the same UID. */
  idBase: string;
  master?: ReadEvent;
  overrides: ReadEvent[];
}

const MAX_EVENTS_PER_FILE = 20_000;

function textOf(props: unknown[][], name: string, max: number): string {
  const value = props.find((p) => p[0] === name)?.[3];
  return typeof value === 'string' ? value.slice(0, max).trim() : '';
}

/** The calendar's VTIMEZONEs by TZID (a broken one is left out: its TZID then resolves as unknown). */
function zoneRulesOf(block: Block): Map<string, ZoneRules> {
  const rules = new Map<string, ZoneRules>();
  for (const child of block.children) {
    if (child.name !== 'VTIMEZONE') continue;
    const zone = readZoneRules(child);
    if (zone && !rules.has(zone.tzid)) rules.set(zone.tzid, zone);
  }
  return rules;
}

/** Where a calendar's problems go; `incomplete` is set when an event could not be read at all. */
export interface ProblemSink {
  errors: IcsFileError[];
  incomplete?: boolean;
}

/** Reads the VEVENTs of one VCALENDAR; problems go to `out`. `nextIndex` numbers VEVENTs across the file. */
export function readCalendar(
  block: Block,
  file: string,
  out: ProblemSink,
  nextIndex: () => number,
): ReadEvent[] {
  const { errors } = out;
  const { props } = readProperties(block.props);
  const zones = createCalendarZones(
    zoneRulesOf(block),
    floatingZoneFrom(textOf(props, 'x-wr-timezone', 100)),
  );
  const methodCancel = textOf(props, 'method', 20).toUpperCase() === 'CANCEL';
  const calendarName = textOf(props, 'x-wr-calname', 200) || undefined;
  const events: ReadEvent[] = [];
  for (const child of block.children) {
    if (child.name !== 'VEVENT') continue;
    const index = nextIndex();
    if (index > MAX_EVENTS_PER_FILE) break;
    const read = readProperties(child.props);
    // A VEVENT without UID is invalid, but producers exist: key it by its place in the file.
    const uid = textOf(read.props, 'uid', 500) || `${file}#${index}`;
    const ref = { uid, summary: textOf(read.props, 'summary', 200), line: child.line };
    if (!child.closed) {
      errors.push(problem(file, ref, 'the event has no END:VEVENT (the file may be cut off); left out'));
      out.incomplete = true;
      continue;
    }
    if (read.garbled !== undefined) {
      // Prose inside an event: its text is damaged (a failed edit), so none of it is trusted.
      errors.push({
        file,
        message: `line ${read.garbled}: invalid line (no ":" or ";"): event ${eventName(ref)} left out`,
      });
      out.incomplete = true;
      continue;
    }
    const warnings: IcsFileError[] = [];
    for (const p of read.problems) {
      const found = problem(file, { ...ref, line: p.line }, p.message);
      errors.push(found);
      if (p.meeting) warnings.push(found);
    }
    // Subcomponents (VALARM) are not read: nothing of a meeting lives there.
    const vevent = new ICAL.Component(['vevent', read.props, []]);
    events.push({ vevent, ref, zones, methodCancel, warnings, ...(calendarName ? { calendarName } : {}) });
  }
  return events;
}

/** Groups events by UID; a second master of a UID gets an id of its own and a warning. */
export function groupByUid(events: ReadEvent[], file: string, errors: IcsFileError[]): EventGroup[] {
  const groups: EventGroup[] = [];
  const byUid = new Map<string, EventGroup[]>();
  for (const ev of events) {
    const same = byUid.get(ev.ref.uid) ?? [];
    byUid.set(ev.ref.uid, same);
    if (ev.vevent.hasProperty('recurrence-id')) {
      const target = same[0] ?? { uid: ev.ref.uid, idBase: ev.ref.uid, overrides: [] };
      if (!same[0]) {
        same.push(target);
        groups.push(target);
      }
      target.overrides.push(ev);
      continue;
    }
    const free = same.find((g) => !g.master);
    if (free) {
      free.master = ev;
      continue;
    }
    if (same.length === 0) {
      const group: EventGroup = { uid: ev.ref.uid, idBase: ev.ref.uid, master: ev, overrides: [] };
      same.push(group);
      groups.push(group);
      continue;
    }
    const idBase = `${ev.ref.uid}#${same.length + 1}`;
    const first = same[0]?.master?.ref.line;
    const found = problem(
      file,
      ev.ref,
      `another event${first ? ` (line ${first})` : ''} has the same UID and no RECURRENCE-ID: both are kept, this one as ${safeText(idBase, 48)}`,
    );
    errors.push(found);
    ev.warnings.push(found);
    const group: EventGroup = { uid: ev.ref.uid, idBase, master: ev, overrides: [] };
    same.push(group);
    groups.push(group);
  }
  return groups;
}
