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
  /** Written as the calendar's X-WR-CALNAME (the calendar ignore rules match). */
  calendarName?: string;
}

const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');

function veventLines(e: TestEvent): string[] {
  const lines = [
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
  lines.push('END:VEVENT');
  return lines;
}

/** Several VEVENTs in UTC times in one VCALENDAR (one file, like an exported calendar). */
export function icsCalendarFor(events: TestEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//agendum tests//EN'];
  for (const e of events) lines.push(...veventLines(e));
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

/** One VEVENT in UTC times wrapped in a VCALENDAR. */
export function icsFor(e: TestEvent): string {
  const ics = icsCalendarFor([e]);
  return e.calendarName ? ics.replace('BEGIN:VEVENT', `X-WR-CALNAME:${e.calendarName}\r\nBEGIN:VEVENT`) : ics;
}

/**
 * `count` half-hour meetings of `rep` from `from` on, spread over 20 days: two in three
 * with a prospect (each at their own company), one in three internal.
 */
export function manyTestEvents(count: number, from: Date, rep: string): TestEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(from.getTime() + (i % 40) * 43_200_000 + 3_600_000 + (i % 97) * 60_000);
    const internal = i % 3 === 0;
    return {
      uid: `bulk-${i}@agendum.test`,
      title: internal ? `Weekly sync ${i}` : `Company${i} — discovery call`,
      start,
      end: new Date(start.getTime() + 1_800_000),
      organizer: rep,
      attendees: [
        { email: rep },
        { email: internal ? `colleague${i}@northwind.example` : `buyer${i}@company${i}.example` },
      ],
    };
  });
}
