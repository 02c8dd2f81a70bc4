/**
 * Graph event → CalendarEvent. Times come as `{dateTime, timeZone}` with no offset in the
 * string (`2026-12-09T15:00:00.0000000`, docs/providers.md §7.2): we ask for UTC with
 * `Prefer: outlook.timezone="UTC"`, and convert any other zone explicitly rather than let
 * `new Date()` read it as local time. All-day events are midnight-to-midnight dates in the
 * event's own zone whatever the Prefer header says, so their date is read in that zone.
 * Windows zone names are mapped to IANA by the same table the .ics reader uses.
 */
import { DateTime } from 'luxon';
import { htmlToText } from '../../domain/html-text.js';
import { ianaZoneFor } from '../../domain/time-zones.js';
import type { CalendarAttendee, CalendarEvent } from '../../domain/types.js';

interface GraphEmail {
  emailAddress?: { address?: string | null; name?: string | null } | null;
}

/** The fields of a Graph event we read (v1.0 resource). */
export interface GraphEvent {
  id: string;
  '@removed'?: { reason?: string };
  type?: 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
  seriesMasterId?: string | null;
  iCalUId?: string | null;
  subject?: string | null;
  body?: { contentType?: string; content?: string | null } | null;
  start?: { dateTime: string; timeZone?: string | null } | null;
  end?: { dateTime: string; timeZone?: string | null } | null;
  originalStartTimeZone?: string | null;
  isAllDay?: boolean;
  isCancelled?: boolean;
  isOrganizer?: boolean;
  responseStatus?: { response?: string | null } | null;
  organizer?: GraphEmail | null;
  attendees?: (GraphEmail & { type?: string; status?: { response?: string | null } | null })[] | null;
  location?: { displayName?: string | null; locationType?: string | null } | null;
  locations?:
    | { displayName?: string | null; locationUri?: string | null; locationType?: string | null }[]
    | null;
  onlineMeeting?: { joinUrl?: string | null } | null;
  onlineMeetingUrl?: string | null;
}

const RESPONSES: Record<string, CalendarAttendee['response']> = {
  accepted: 'accepted',
  organizer: 'accepted',
  declined: 'declined',
  tentativelyAccepted: 'tentative',
};

const MAX_ATTENDEES = 500;

function addressOf(e: GraphEmail | null | undefined): string | undefined {
  const address = e?.emailAddress?.address?.trim().toLowerCase();
  return address && /^[^\s@<>]{1,200}@[^\s@<>]{1,200}$/.test(address) ? address : undefined;
}

/** An instant from Graph's `{dateTime, timeZone}`; all-day dates are read in `dayZone`. */
export function graphInstant(
  t: { dateTime: string; timeZone?: string | null },
  allDay: boolean,
  dayZone: string,
): Date {
  const local = t.dateTime.replace(/Z$/, '').replace(/(\.\d{3})\d*$/, '$1');
  const zone = allDay ? dayZone : (ianaZoneFor(t.timeZone) ?? 'UTC');
  const when = DateTime.fromISO(allDay ? local.slice(0, 10) : local, { zone });
  if (!when.isValid) throw new Error(`invalid Graph date-time ${t.dateTime} (${t.timeZone ?? 'no zone'})`);
  return when.toJSDate();
}

/** Rooms are Graph `resource` attendees, or named as a conference-room location. */
function attendeeKind(type: string | undefined, email: string, event: GraphEvent): CalendarAttendee['kind'] {
  const rooms = (event.locations ?? []).filter((l) => l.locationType === 'conferenceRoom');
  if (rooms.some((l) => l.locationUri?.toLowerCase() === email)) return 'room';
  return type === 'resource' ? 'resource' : 'person';
}

/**
 * Graph lists invitees in `attendees` and the organizer only in `organizer`; the owner's
 * own answer is `responseStatus` (their attendee entry may lag), so it wins for `repEmail`.
 */
export function graphAttendees(event: GraphEvent, repEmail: string): CalendarAttendee[] {
  const me = repEmail.toLowerCase();
  const own = RESPONSES[event.responseStatus?.response ?? ''];
  const list: CalendarAttendee[] = [];
  const seen = new Set<string>();
  for (const a of (event.attendees ?? []).slice(0, MAX_ATTENDEES)) {
    const email = addressOf(a);
    if (!email || seen.has(email)) continue;
    seen.add(email);
    const name = a.emailAddress?.name?.trim();
    const response = email === me && own ? own : (RESPONSES[a.status?.response ?? ''] ?? 'needsAction');
    list.push({
      email,
      ...(name && name.toLowerCase() !== email ? { name } : {}),
      response,
      kind: attendeeKind(a.type, email, event),
      ...(a.type === 'optional' ? { optional: true } : {}),
    });
  }
  const organizer = addressOf(event.organizer);
  if (!organizer) return list;
  const listed = list.find((a) => a.email === organizer);
  if (listed) listed.organizer = true;
  else {
    const name = event.organizer?.emailAddress?.name?.trim();
    const named = name && name.toLowerCase() !== organizer ? { name } : {};
    list.unshift({
      email: organizer,
      ...named,
      response: 'accepted',
      kind: 'person',
      organizer: true,
    });
  }
  return list;
}

function textOf(body: GraphEvent['body']): string {
  const content = body?.content ?? '';
  if (body?.contentType?.toLowerCase() !== 'html') return content.trim();
  // We ask for text bodies (Prefer: outlook.body-content-type="text"); this is the fallback.
  return htmlToText(content);
}

/**
 * Maps one event. `details` supplies subject, body, attendees… for a bare occurrence from
 * delta (its series master); the occurrence's own id, type and times always win.
 */
export function toCalendarEvent(item: GraphEvent, repEmail: string, details?: GraphEvent): CalendarEvent {
  const e: GraphEvent = details ? { ...details, ...stripUndefined(item) } : item;
  if (!e.start || !e.end) throw new Error(`Graph event ${item.id} has no start or end`);
  const timeZone = ianaZoneFor(e.originalStartTimeZone) ?? 'UTC';
  const allDay = e.isAllDay === true;
  const location = e.location?.displayName?.trim();
  const conferenceUrl = e.onlineMeeting?.joinUrl ?? e.onlineMeetingUrl ?? undefined;
  const organizerEmail = addressOf(e.organizer);
  return {
    id: item.id,
    ...(item.iCalUId ? { iCalUid: item.iCalUId } : {}),
    title: e.subject?.trim() || '(no title)',
    description: textOf(e.body),
    ...(location ? { location } : {}),
    ...(conferenceUrl ? { conferenceUrl } : {}),
    start: graphInstant(e.start, allDay, timeZone),
    end: graphInstant(e.end, allDay, timeZone),
    timeZone,
    isAllDay: allDay,
    status: e.isCancelled ? 'cancelled' : 'confirmed',
    ...(organizerEmail ? { organizerEmail } : {}),
    attendees: graphAttendees(e, repEmail),
  };
}

function stripUndefined(item: GraphEvent): Partial<GraphEvent> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as Partial<GraphEvent>;
}
