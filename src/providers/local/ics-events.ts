/**
 * One iCalendar file → normalized CalendarEvents within a window. The file is read event by
 * event (ics-blocks.ts, ics-calendar.ts): a bad line costs at most its event, a bad RDATE or
 * EXDATE value at most that date, and every VCALENDAR of the file is read. Ids: the UID for a
 * single event, `${UID}::${original start as UTC ISO}` for an occurrence of a series, so an
 * occurrence keeps its id when the series is edited or the occurrence is moved.
 */
import type { CalendarEvent } from '../../domain/types.js';
import { runToEnd } from '../../event-loop.js';
import type { ProviderCalendarEvent } from '../types.js';
import {
  expandOccurrences,
  type Occurrence,
  readRecurrenceId,
  type TimeWindow,
} from './expand-occurrences.js';
import { readAttendees } from './ics-attendees.js';
import { calendarsOf, readBlocks } from './ics-blocks.js';
import { type EventGroup, groupByUid, type ReadEvent, readCalendar } from './ics-calendar.js';
import { readConferenceUrl } from './ics-conference.js';
import { describeParseError } from './ics-errors.js';
import { type IcsFileError, problem, safeText } from './ics-warnings.js';

export type { IcsFileError } from './ics-warnings.js';

const MAX_TITLE = 1_000;
const MAX_DESCRIPTION = 50_000;
const MAX_EVENTS_PER_FILE = 5_000;

export interface IcsParseResult {
  events: ProviderCalendarEvent[];
  errors: IcsFileError[];
  /** UIDs defined by this file (also those with no occurrence in the window). */
  uids: string[];
  /**
   * True when some event could not be read at all (or no calendar was found): what the file
   * listed before should be kept, as it may be half-saved. Warnings alone leave it unset.
   */
  incomplete?: boolean;
}

function text(ev: ReadEvent['vevent'], name: string, max: number): string {
  const value = ev.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.slice(0, max).trim() : '';
}

function statusOf(ev: ReadEvent['vevent'], seriesCancelled: boolean): CalendarEvent['status'] {
  const status = text(ev, 'status', 20).toUpperCase();
  if (seriesCancelled || status === 'CANCELLED') return 'cancelled';
  return status === 'TENTATIVE' ? 'tentative' : 'confirmed';
}

/** An occurrence and the VEVENT it was read from (the master, its override, or itself). */
type Listed = Occurrence & { read: ReadEvent; id: string };

function toCalendarEvent(
  uid: string,
  occ: Listed,
  cancelled: boolean,
  zoneNotes: Map<string, IcsFileError>,
  file: string,
): ProviderCalendarEvent {
  const { vevent, zones } = occ.read;
  const description = text(vevent, 'description', MAX_DESCRIPTION);
  const location = text(vevent, 'location', MAX_TITLE);
  const { attendees, organizerEmail } = readAttendees(vevent);
  const label = zones.label(occ.tzid, occ.start);
  const event: ProviderCalendarEvent = {
    id: occ.id,
    iCalUid: uid,
    title: text(vevent, 'summary', MAX_TITLE) || '(no title)',
    description,
    start: occ.start,
    end: occ.end,
    timeZone: label.zone,
    isAllDay: occ.isAllDay,
    status: statusOf(vevent, cancelled),
    attendees,
  };
  if (location) event.location = location;
  const conferenceUrl = readConferenceUrl(vevent, location, description);
  if (conferenceUrl) event.conferenceUrl = conferenceUrl;
  if (organizerEmail) event.organizerEmail = organizerEmail;
  if (occ.read.calendarName) event.calendar = occ.read.calendarName;
  const warnings = occ.read.warnings.map((w) => `${w.file}: ${w.message}`);
  if (label.guess && label.warning) {
    const found = problem(file, occ.read.ref, label.warning);
    zoneNotes.set(found.message, found);
    warnings.push(`${file}: ${found.message}`);
    event.repZone = label.guess;
  }
  if (warnings.length > 0) event.warnings = warnings;
  return event;
}

/** Every occurrence of a group in the window, each with its id. */
function occurrencesOf(group: EventGroup, w: TimeWindow): { listed: Listed[]; truncated?: string } {
  const withIds = (read: ReadEvent, occurrences: Occurrence[]): Listed[] =>
    occurrences.map((occ) => ({
      ...occ,
      read,
      id: occ.recurrenceId ? `${group.idBase}::${occ.recurrenceId.toISOString()}` : group.idBase,
    }));
  if (group.master) {
    const { master } = group;
    const byVevent = new Map(group.overrides.map((o) => [o.vevent, o]));
    const { occurrences, truncated } = expandOccurrences(
      master.vevent,
      group.overrides.map((o) => o.vevent),
      w,
      master.zones,
    );
    const listed = occurrences.map((occ) => ({
      ...occ,
      read: byVevent.get(occ.vevent) ?? master,
      id: occ.recurrenceId ? `${group.idBase}::${occ.recurrenceId.toISOString()}` : group.idBase,
    }));
    return { listed, truncated };
  }
  // Invited to single instances only: each override stands alone, keyed by its original start.
  // One that carries its own RDATE list (Lotus Notes) is a series of its own.
  const listed: Listed[] = [];
  let truncated: string | undefined;
  for (const o of group.overrides) {
    const expanded = expandOccurrences(o.vevent, [], w, o.zones);
    truncated ??= expanded.truncated;
    const recurring = o.vevent.hasProperty('rrule') || o.vevent.hasProperty('rdate');
    const occurrences = recurring
      ? expanded.occurrences
      : expanded.occurrences.map((occ) => ({ ...occ, recurrenceId: readRecurrenceId(o.vevent, o.zones) }));
    listed.push(...withIds(o, occurrences));
  }
  return { listed, truncated };
}

/**
 * Parses one file's text one UID at a time, yielding between UIDs so an async caller can let
 * the event loop run (a 5,000-event file takes a few hundred ms). `file` names the file in
 * errors. Never throws.
 */
export function* parseIcsSteps(
  source: string,
  file: string,
  window: TimeWindow,
): Generator<void, IcsParseResult, void> {
  const result: IcsParseResult = { events: [], errors: [], uids: [] };
  const calendars = calendarsOf(readBlocks(source));
  if (calendars.length === 0) {
    result.errors.push({ file, message: describeParseError(source) });
    result.incomplete = true;
    return result;
  }
  yield;
  let index = 0;
  const read = calendars.flatMap((c) => readCalendar(c, file, result, () => ++index));
  const ids = new Set<string>();
  for (const group of groupByUid(read, file, result.errors)) {
    if (!result.uids.includes(group.uid)) result.uids.push(group.uid);
    const first = group.master ?? group.overrides[0];
    try {
      const { listed, truncated } = occurrencesOf(group, window);
      if (truncated) result.errors.push(problem(file, first?.ref, truncated));
      const cancelled =
        Boolean(first?.methodCancel) ||
        (group.master ? statusOf(group.master.vevent, false) === 'cancelled' : false);
      const zoneNotes = new Map<string, IcsFileError>();
      for (const occ of listed) {
        // Two overrides listing the same date (Lotus Notes) describe one occurrence.
        if (ids.has(occ.id)) continue;
        ids.add(occ.id);
        result.events.push(toCalendarEvent(group.uid, occ, cancelled, zoneNotes, file));
      }
      result.errors.push(...zoneNotes.values());
    } catch (err) {
      // ical.js messages quote at most a date or a rule, never a description or an address.
      result.errors.push(
        problem(file, first?.ref, safeText(err instanceof Error ? err.message : String(err), 200)),
      );
      result.incomplete = true;
    }
    if (result.events.length > MAX_EVENTS_PER_FILE) {
      result.errors.push({
        file,
        message: `more than ${MAX_EVENTS_PER_FILE} events in the window; the rest skipped`,
      });
      result.events.length = MAX_EVENTS_PER_FILE;
      result.incomplete = true;
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
