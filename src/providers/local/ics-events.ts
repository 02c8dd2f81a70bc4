/**
 * One iCalendar file → normalized CalendarEvents within a window. A broken event is reported
 * and skipped; the rest of the file still loads. Ids: the UID for a single event,
 * `${UID}::${original start as UTC ISO}` for an occurrence of a series, so an occurrence
 * keeps its id when the series is edited or the occurrence is moved.
 */
import ICAL from 'ical.js';
import type { CalendarEvent } from '../../domain/types.js';
import { runToEnd } from '../../event-loop.js';
import {
  expandOccurrences,
  type Occurrence,
  readRecurrenceId,
  type TimeWindow,
} from './expand-occurrences.js';
import { readAttendees } from './ics-attendees.js';
import { readConferenceUrl } from './ics-conference.js';
import { describeParseError, lineOf } from './ics-errors.js';
import { eventZoneOf, floatingZoneOf } from './ics-time.js';

const MAX_TITLE = 1_000;
const MAX_DESCRIPTION = 50_000;
const MAX_EVENTS_PER_FILE = 5_000;

/** A problem with one file, for the rep or operator: `${file}: ${message}`. */
export interface IcsFileError {
  file: string;
  message: string;
}

export interface IcsParseResult {
  events: CalendarEvent[];
  errors: IcsFileError[];
  /** UIDs defined by this file (also those with no occurrence in the window). */
  uids: string[];
}

function text(vevent: ICAL.Component, name: string, max: number): string {
  const value = vevent.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.slice(0, max).trim() : '';
}

function statusOf(vevent: ICAL.Component, seriesCancelled: boolean): CalendarEvent['status'] {
  const status = text(vevent, 'status', 20).toUpperCase();
  if (seriesCancelled || status === 'CANCELLED') return 'cancelled';
  return status === 'TENTATIVE' ? 'tentative' : 'confirmed';
}

function toCalendarEvent(
  uid: string,
  occ: Occurrence,
  floatingZone: string,
  cancelled: boolean,
): CalendarEvent {
  const { vevent } = occ;
  const description = text(vevent, 'description', MAX_DESCRIPTION);
  const location = text(vevent, 'location', MAX_TITLE);
  const { attendees, organizerEmail } = readAttendees(vevent);
  const event: CalendarEvent = {
    id: occ.recurrenceId ? `${uid}::${occ.recurrenceId.toISOString()}` : uid,
    iCalUid: uid,
    title: text(vevent, 'summary', MAX_TITLE) || '(no title)',
    description,
    start: occ.start,
    end: occ.end,
    timeZone: eventZoneOf(occ.tzid, floatingZone),
    isAllDay: occ.isAllDay,
    status: statusOf(vevent, cancelled),
    attendees,
  };
  if (location) event.location = location;
  const conferenceUrl = readConferenceUrl(vevent, location, description);
  if (conferenceUrl) event.conferenceUrl = conferenceUrl;
  if (organizerEmail) event.organizerEmail = organizerEmail;
  return event;
}

/** VEVENTs grouped by UID: the series master (if any) and its overrides. */
function groupByUid(calendar: ICAL.Component, file: string) {
  const groups = new Map<string, { master?: ICAL.Component; overrides: ICAL.Component[] }>();
  calendar.getAllSubcomponents('vevent').forEach((vevent, i) => {
    // A VEVENT without UID is invalid, but producers exist: key it by its place in the file.
    const uid = text(vevent, 'uid', 500) || `${file}#${i + 1}`;
    const group = groups.get(uid) ?? { overrides: [] };
    if (vevent.hasProperty('recurrence-id')) group.overrides.push(vevent);
    else group.master ??= vevent;
    groups.set(uid, group);
  });
  return groups;
}

function occurrencesOf(
  group: { master?: ICAL.Component; overrides: ICAL.Component[] },
  w: TimeWindow,
  zone: string,
) {
  if (group.master) return expandOccurrences(group.master, group.overrides, w, zone);
  // Invited to single instances only: each override stands alone, keyed by its original start.
  const occurrences = group.overrides.flatMap((o) =>
    expandOccurrences(o, [], w, zone).occurrences.map((occ) => ({
      ...occ,
      recurrenceId: readRecurrenceId(o, zone),
    })),
  );
  return { occurrences, truncated: undefined };
}

/** The file's VCALENDAR, or null with the parse error recorded in `result`. */
function openCalendar(source: string, file: string, result: IcsParseResult): ICAL.Component | null {
  try {
    const parsed = ICAL.parse(source);
    const calendar = new ICAL.Component(Array.isArray(parsed[0]) ? parsed[0] : parsed);
    if (calendar.name !== 'vcalendar') throw new Error(`expected BEGIN:VCALENDAR, found ${calendar.name}`);
    return calendar;
  } catch (err) {
    result.errors.push({ file, message: describeParseError(source, err) });
    return null;
  }
}

/**
 * Parses one file's text one UID at a time, yielding between UIDs so an async caller can let
 * the event loop run (a 5,000-event file takes a few hundred ms). Only `ICAL.parse` of the
 * whole text is one synchronous block. `file` names the file in errors. Never throws.
 */
export function* parseIcsSteps(
  source: string,
  file: string,
  window: TimeWindow,
): Generator<void, IcsParseResult, void> {
  const result: IcsParseResult = { events: [], errors: [], uids: [] };
  const calendar = openCalendar(source, file, result);
  if (!calendar) return result;
  yield;
  const floatingZone = floatingZoneOf(calendar);
  const methodCancel = String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase() === 'CANCEL';
  for (const [uid, group] of groupByUid(calendar, file)) {
    result.uids.push(uid);
    try {
      const { occurrences, truncated } = occurrencesOf(group, window, floatingZone);
      if (truncated) result.errors.push({ file, message: `event ${uid}: ${truncated}` });
      const cancelled =
        methodCancel || (group.master ? statusOf(group.master, false) === 'cancelled' : false);
      for (const occ of occurrences) result.events.push(toCalendarEvent(uid, occ, floatingZone, cancelled));
    } catch (err) {
      const line = lineOf(source, `UID:${uid}`);
      const where = line ? `line ${line}: ` : '';
      result.errors.push({
        file,
        message: `${where}event ${uid}: ${err instanceof Error ? err.message : err}`,
      });
    }
    if (result.events.length > MAX_EVENTS_PER_FILE) {
      result.errors.push({
        file,
        message: `more than ${MAX_EVENTS_PER_FILE} events in the window; the rest skipped`,
      });
      result.events.length = MAX_EVENTS_PER_FILE;
      break;
    }
    yield;
  }
  return result;
}

/** Parses one file's text in one go; `file` names it in errors. Never throws. */
export function parseIcsText(source: string, file: string, window: TimeWindow): IcsParseResult {
  return runToEnd(parseIcsSteps(source, file, window));
}
