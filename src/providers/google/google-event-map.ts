/**
 * Google Calendar event → CalendarEvent (docs/providers.md §3.2). Instances of a series keep
 * their own id (`base_20261201T150000Z`); all-day dates are read in the event's zone;
 * the organizer is always listed as an attendee, as the local provider does, so the
 * classifier reads one list; rooms and resources (`resource: true`) are never prospects.
 */
import type { calendar_v3 } from 'googleapis';
import { DateTime, IANAZone } from 'luxon';
import type { CalendarAttendee, CalendarEvent } from '../../domain/types.js';

/** Event types that are never meetings with people (focus time, out of office…). */
const NON_MEETING_TYPES = new Set(['outOfOffice', 'focusTime', 'workingLocation', 'birthday', 'fromGmail']);

/** What one listed item means for the sync. */
export type MappedItem =
  | { kind: 'event'; event: CalendarEvent }
  /** A deleted event or a bare cancelled instance: only its id is known. */
  | { kind: 'removed'; id: string }
  | { kind: 'skipped' };

const RESPONSES = new Set<CalendarAttendee['response']>(['accepted', 'declined', 'tentative', 'needsAction']);

function zoneOr(zone: string | null | undefined, fallback: string): string {
  return zone && IANAZone.isValidZone(zone) ? zone : fallback;
}

function toInstant(t: calendar_v3.Schema$EventDateTime | undefined, zone: string): Date | undefined {
  if (t?.dateTime) {
    const d = DateTime.fromISO(t.dateTime, { zone: zoneOr(t.timeZone, zone), setZone: true });
    return d.isValid ? d.toJSDate() : undefined;
  }
  if (t?.date) {
    const d = DateTime.fromISO(t.date, { zone });
    return d.isValid ? d.toJSDate() : undefined;
  }
  return undefined;
}

function toAttendees(e: calendar_v3.Schema$Event): CalendarAttendee[] {
  const seen = new Set<string>();
  const out: CalendarAttendee[] = [];
  for (const a of e.attendees ?? []) {
    const email = a.email?.trim().toLowerCase();
    if (!email || seen.has(email)) continue;
    seen.add(email);
    const response = RESPONSES.has(a.responseStatus as CalendarAttendee['response'])
      ? (a.responseStatus as CalendarAttendee['response'])
      : 'needsAction';
    out.push({
      email,
      ...(a.displayName ? { name: a.displayName } : {}),
      response,
      kind: a.resource ? 'resource' : 'person',
      ...(a.organizer ? { organizer: true } : {}),
      ...(a.optional ? { optional: true } : {}),
    });
  }
  const organizer = e.organizer?.email?.trim().toLowerCase();
  if (organizer && !seen.has(organizer)) {
    out.unshift({
      email: organizer,
      ...(e.organizer?.displayName ? { name: e.organizer.displayName } : {}),
      response: 'accepted',
      kind: 'person',
      organizer: true,
    });
  }
  return out;
}

function conferenceUrl(e: calendar_v3.Schema$Event): string | undefined {
  const video = e.conferenceData?.entryPoints?.find((p) => p.entryPointType === 'video')?.uri;
  return e.hangoutLink ?? video ?? undefined;
}

/**
 * Maps one item of an events.list response. `calendarZone` is the listing's `timeZone`,
 * used when the event names none.
 */
export function mapGoogleEvent(e: calendar_v3.Schema$Event, calendarZone: string): MappedItem {
  if (!e.id) return { kind: 'skipped' };
  if (e.eventType && NON_MEETING_TYPES.has(e.eventType)) return { kind: 'skipped' };
  const zone = zoneOr(e.start?.timeZone, calendarZone);
  const start = toInstant(e.start, zone);
  const end = toInstant(e.end, zone);
  // "Deleted events are only guaranteed to have the id field"; cancelled exceptions only
  // id, recurringEventId and originalStartTime: without times there is nothing to show.
  if (e.status === 'cancelled' && (!start || !end)) return { kind: 'removed', id: e.id };
  if (!start || !end) return { kind: 'skipped' };
  const status = e.status === 'cancelled' || e.status === 'tentative' ? e.status : 'confirmed';
  const event: CalendarEvent = {
    id: e.id,
    ...(e.iCalUID ? { iCalUid: e.iCalUID } : {}),
    title: e.summary ?? '',
    description: e.description ?? '',
    ...(e.location ? { location: e.location } : {}),
    ...(conferenceUrl(e) ? { conferenceUrl: conferenceUrl(e) as string } : {}),
    start,
    end,
    timeZone: zone,
    isAllDay: Boolean(e.start?.date && !e.start.dateTime),
    status,
    ...(e.organizer?.email ? { organizerEmail: e.organizer.email.toLowerCase() } : {}),
    attendees: toAttendees(e),
  };
  return { kind: 'event', event };
}
