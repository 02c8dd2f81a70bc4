/** Builds small iCalendar files for tests (real RFC 5545 text, parsed by the real provider). */

export interface TestEvent {
  uid: string;
  title: string;
  start: Date;
  end: Date;
  description?: string;
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  organizer?: string;
  attendees?: { email: string; name?: string; partstat?: string; cutype?: string }[];
  sequence?: number;
}

const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');

/** One VEVENT in UTC times wrapped in a VCALENDAR. */
export function icsFor(e: TestEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//agendum tests//EN',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utc(new Date('2026-01-01T00:00:00Z'))}`,
    `DTSTART:${utc(e.start)}`,
    `DTEND:${utc(e.end)}`,
    `SUMMARY:${escapeText(e.title)}`,
    `SEQUENCE:${e.sequence ?? 0}`,
    `STATUS:${e.status ?? 'CONFIRMED'}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.organizer) lines.push(`ORGANIZER:mailto:${e.organizer}`);
  for (const a of e.attendees ?? []) {
    const params = [`PARTSTAT=${a.partstat ?? 'ACCEPTED'}`, `CUTYPE=${a.cutype ?? 'INDIVIDUAL'}`];
    if (a.name) params.push(`CN=${a.name}`);
    lines.push(`ATTENDEE;${params.join(';')}:mailto:${a.email}`);
  }
  lines.push('END:VEVENT', 'END:VCALENDAR', '');
  return lines.join('\r\n');
}
