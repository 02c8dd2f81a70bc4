/**
 * Validates a normalized event from a file (the `CalendarEvent` shape, dates as ISO 8601
 * strings), naming every field that is wrong.
 */
import { z } from 'zod';
import type { CalendarEvent } from '../domain/types.js';
import { AppError } from '../errors.js';
import { isValidTimeZone } from './format-time.js';

const isoDate = z.iso
  .datetime({
    offset: true,
    message: 'expected an ISO 8601 date-time with a zone, like 2026-03-03T15:00:00Z',
  })
  .transform((s) => new Date(s));

const attendeeSchema = z.object({
  email: z.email(),
  name: z.string().optional(),
  response: z.enum(['accepted', 'declined', 'tentative', 'needsAction']).default('needsAction'),
  kind: z.enum(['person', 'room', 'resource', 'group']).default('person'),
  organizer: z.boolean().optional(),
  optional: z.boolean().optional(),
});

const eventSchema = z
  .object({
    id: z.string().min(1),
    iCalUid: z.string().optional(),
    title: z.string(),
    description: z.string().default(''),
    location: z.string().optional(),
    conferenceUrl: z.string().optional(),
    start: isoDate,
    end: isoDate,
    timeZone: z.string().refine(isValidTimeZone, 'expected an IANA time zone, like America/New_York'),
    isAllDay: z.boolean().default(false),
    status: z.enum(['confirmed', 'tentative', 'cancelled']).default('confirmed'),
    organizerEmail: z.string().optional(),
    attendees: z.array(attendeeSchema),
  })
  // Only compare when both parsed: a bad start is reported once, not also as a bad end.
  .refine((e) => !(e.start instanceof Date && e.end instanceof Date) || e.end > e.start, {
    path: ['end'],
    message: 'must be after start',
  });

/** Parses a normalized event (dates as ISO strings); AppError('event_invalid') names each bad field. */
export function parseEvent(json: unknown): CalendarEvent {
  const result = eventSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(event)'}: ${i.message}`);
  throw new AppError('event_invalid', `The event is not valid:\n  ${problems.join('\n  ')}`);
}
