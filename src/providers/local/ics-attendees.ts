/**
 * ATTENDEE and ORGANIZER properties → normalized attendees. The organizer always appears as
 * an attendee (accepted, `organizer: true`) because Google and Graph list them that way and
 * the prospect classifier reads one list.
 */
import type ICAL from 'ical.js';
import type { CalendarAttendee } from '../../domain/types.js';

const MAX_ATTENDEES = 500;

const RESPONSES: Record<string, CalendarAttendee['response']> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
};

const KINDS: Record<string, CalendarAttendee['kind']> = {
  ROOM: 'room',
  RESOURCE: 'resource',
  GROUP: 'group',
};

function param(prop: ICAL.Property, name: string): string | undefined {
  const value = prop.getParameter(name);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() ? first.trim() : undefined;
}

/** The address in a CAL-ADDRESS value ("mailto:a@b" → "a@b"), lower-cased; undefined if none. */
export function addressOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const address = value
    .trim()
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  // One '@', no spaces or angle brackets: anything else is not an address we could mail.
  return /^[^\s@<>]{1,200}@[^\s@<>]{1,200}$/.test(address) ? address : undefined;
}

function toAttendee(prop: ICAL.Property): CalendarAttendee | undefined {
  const email = addressOf(prop.getFirstValue());
  if (!email) return undefined;
  const name = param(prop, 'cn');
  const attendee: CalendarAttendee = {
    email,
    response: RESPONSES[param(prop, 'partstat')?.toUpperCase() ?? ''] ?? 'needsAction',
    kind: KINDS[param(prop, 'cutype')?.toUpperCase() ?? ''] ?? 'person',
  };
  if (name && name.toLowerCase() !== email) attendee.name = name;
  if (param(prop, 'role')?.toUpperCase() === 'OPT-PARTICIPANT') attendee.optional = true;
  return attendee;
}

/** Attendees of one VEVENT (deduplicated by address) and its organizer's address. */
export function readAttendees(vevent: ICAL.Component): {
  attendees: CalendarAttendee[];
  organizerEmail?: string;
} {
  const attendees: CalendarAttendee[] = [];
  const seen = new Set<string>();
  for (const prop of vevent.getAllProperties('attendee').slice(0, MAX_ATTENDEES)) {
    const attendee = toAttendee(prop);
    if (!attendee || seen.has(attendee.email)) continue;
    seen.add(attendee.email);
    attendees.push(attendee);
  }
  const organizerProp = vevent.getFirstProperty('organizer');
  const organizerEmail = organizerProp ? addressOf(organizerProp.getFirstValue()) : undefined;
  if (!organizerProp || !organizerEmail) return { attendees };

  const listed = attendees.find((a) => a.email === organizerEmail);
  if (listed) {
    listed.organizer = true;
  } else {
    const name = param(organizerProp, 'cn');
    attendees.unshift({
      email: organizerEmail,
      ...(name ? { name } : {}),
      response: 'accepted',
      kind: 'person',
      organizer: true,
    });
  }
  return { attendees, organizerEmail };
}
