/**
 * Exporters' habits the local calendar tolerates (test/fixtures/ics/quirks, small files
 * modelled on real ones): each quirk costs at most the line, date or event it is in, and every
 * guess is said in a warning naming the file, the line and the event, with addresses masked.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIcsText } from '../../../src/providers/local/ics-events.js';
import { type IcsFolderResult, readIcsFolder } from '../../../src/providers/local/ics-folder.js';
import type { ProviderCalendarEvent } from '../../../src/providers/types.js';

const QUIRKS = fileURLToPath(new URL('../../fixtures/ics/quirks/', import.meta.url));
const WINDOW = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2027-01-31T00:00:00Z') };

let folder: IcsFolderResult;
beforeAll(async () => {
  folder = await readIcsFolder(QUIRKS, WINDOW);
});
const eventsOf = (file: string): ProviderCalendarEvent[] => folder.byFile.get(file) ?? [];
const startsOf = (file: string) => eventsOf(file).map((e) => e.start.toISOString());
const problemsOf = (file: string) => folder.errors.filter((e) => e.file === file).map((e) => e.message);

describe('whole files that used to be rejected', () => {
  it('reads an Exchange CDO file: BOM, "BYDAY=MO, TU", a custom zone, text after END:VCALENDAR', () => {
    // 10:00 in the file's US Eastern rules is 15:00Z in December.
    expect(startsOf('exchange-cdo.ics')).toEqual([
      '2026-12-07T15:00:00.000Z',
      '2026-12-08T15:00:00.000Z',
      '2026-12-14T15:00:00.000Z',
      '2026-12-15T15:00:00.000Z',
    ]);
    // The custom TZID is shown as the zone its rules match, not as UTC.
    expect(eventsOf('exchange-cdo.ics').every((e) => e.timeZone === 'America/New_York')).toBe(true);
    expect(problemsOf('exchange-cdo.ics')).toEqual([]);
  });

  it('skips an X-APPLE-RADIUS line without ":" and an ORGANIZER with a name and no address', () => {
    const [event] = eventsOf('apple-sixt.ics');
    expect(event?.start.toISOString()).toBe('2026-12-03T14:00:00.000Z');
    expect(event?.organizerEmail).toBeUndefined();
    expect(event?.attendees.map((a) => a.email)).toEqual(['bill@initech.example']);
    expect(problemsOf('apple-sixt.ics')).toEqual([
      expect.stringMatching(/^line 16: event "Initech pickup call" .*X-APPLE-RADIUS has no ":"/),
    ]);
  });

  it('expands an RSCALE=GREGORIAN rule and lists the first occurrence of a Chinese one, saying so', () => {
    expect(startsOf('rscale.ics').sort()).toEqual([
      '2026-11-30T15:00:00.000Z',
      '2026-12-06T15:00:00.000Z',
      '2026-12-31T15:00:00.000Z',
    ]);
    const lunar = eventsOf('rscale.ics').find((e) => e.title === 'Lunar planning');
    expect(lunar?.warnings).toEqual([expect.stringMatching(/^rscale\.ics: line 16: .*CHINESE calendar/)]);
  });

  it('reads every VCALENDAR of a file', () => {
    expect(eventsOf('two-calendars.ics').map((e) => e.title)).toEqual([
      'From the first calendar',
      'From the second calendar',
    ]);
  });
});

describe('events that used to be dropped or merged', () => {
  it('reads DTSTART:20220101 without VALUE=DATE as an all-day event', () => {
    const [event] = eventsOf('bare-date.ics');
    expect(event).toMatchObject({ isAllDay: true });
    expect(event?.start.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    // DTEND on the same day: the event lasts that day.
    expect(event?.end.toISOString()).toBe('2026-12-05T00:00:00.000Z');
  });

  it('loses only the bad RDATE/EXDATE values: a PERIOD of dates, VALUE=TIME, an empty one, a garbled one', () => {
    expect(startsOf('bad-dates.ics')).toEqual([
      '2026-12-08T15:00:00.000Z',
      // The PERIOD of dates keeps its day, at the series' time.
      '2026-12-10T15:00:00.000Z',
      '2026-12-18T15:00:00.000Z',
      '2026-12-19T15:00:00.000Z',
      // Dec 15 is excluded by the readable half of the EXDATE.
      '2026-12-22T15:00:00.000Z',
    ]);
    expect(problemsOf('bad-dates.ics')).toEqual([
      expect.stringMatching(/^line 11: .*RDATE could not be read/),
      expect.stringMatching(/^line 13: .*RDATE: 1 of 3 values/),
      expect.stringMatching(/^line 14: .*EXDATE: 1 of 2 values/),
    ]);
    expect(eventsOf('bad-dates.ics')[0]?.warnings).toHaveLength(3);
  });

  it('keeps each occurrence of a Lotus Notes RECURRENCE-ID with an RDATE list, in the zone its VTIMEZONE matches', () => {
    const events = eventsOf('lotus-notes.ics');
    // 16:00 in "Western/Central Europe" (CET in December) is 15:00Z.
    expect(events.map((e) => e.start.toISOString())).toEqual([
      '2026-12-02T15:00:00.000Z',
      '2026-12-09T15:00:00.000Z',
      '2026-12-16T15:00:00.000Z',
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(events.every((e) => e.timeZone === 'Europe/Berlin')).toBe(true);
  });

  it('keeps VEVENTs sharing a UID without RECURRENCE-ID apart, with a warning', () => {
    const events = eventsOf('duplicate-uid.ics');
    expect(events.map((e) => e.id)).toEqual([
      'quirk-duplicate@agendum.test',
      'quirk-duplicate@agendum.test#2',
    ]);
    expect(events.map((e) => e.iCalUid)).toEqual([
      'quirk-duplicate@agendum.test',
      'quirk-duplicate@agendum.test',
    ]);
    expect(events[1]?.warnings).toEqual([expect.stringContaining('line 10: event "Soylent office hours"')]);
  });

  it('keeps what a file listed before only when it lost an event, not for a warning', () => {
    expect([...folder.troubled]).toEqual(['damaged-event.ics']);
  });

  it('costs a damaged event (a line of prose in it) only that event', () => {
    expect(eventsOf('damaged-event.ics').map((e) => e.title)).toEqual(['Intact next to it']);
    expect(problemsOf('damaged-event.ics')).toEqual([
      expect.stringMatching(/^line 8: invalid line .*"Damaged by a bad edit"/),
    ]);
  });
});

describe('time zones', () => {
  it('reads a VTIMEZONE built from DTSTART and RDATE without RRULE, and names the zone it matches', () => {
    const [event] = eventsOf('rdate-only-zone.ics');
    // 10:00 at −08:00 (the STANDARD onset of 2025-11-02 is still in force), not offset 0.
    expect(event?.start.toISOString()).toBe('2026-12-10T18:00:00.000Z');
    expect(event?.timeZone).toBe('America/Vancouver');
  });

  it('resolves a Windows zone id by the CLDR mapping', () => {
    const event = eventsOf('unknown-zone.ics').find((e) => e.title.startsWith('Cyberdyne'));
    expect(event?.start.toISOString()).toBe('2026-12-11T13:00:00.000Z');
    expect(event?.timeZone).toBe('America/Sao_Paulo');
    expect(event?.repZone).toBeUndefined();
  });

  it("leaves an unknown TZID to the rep's zone with a warning, never a silent UTC", () => {
    const event = eventsOf('unknown-zone.ics').find((e) => e.title === 'Wonka kickoff');
    // The wall-clock time, for the sync to read in the rep's zone.
    expect(event?.repZone).toBe('wall-clock');
    expect(event?.start.toISOString()).toBe('2026-12-11T16:00:00.000Z');
    expect(event?.warnings).toEqual([
      expect.stringMatching(
        /^unknown-zone\.ics: line 4: event "Wonka kickoff" .*"Western\/Central Europe".*rep's zone/,
      ),
    ]);
  });

  it("prefers a valid IANA TZID over the file's VTIMEZONE of the same name", () => {
    const source = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Paris',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:paris',
      'DTSTART;TZID=Europe/Paris:20261210T100000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const [event] = parseIcsText(source, 'paris.ics', WINDOW).events;
    expect(event?.start.toISOString()).toBe('2026-12-10T09:00:00.000Z');
  });

  it('labels a fixed-offset custom zone with its Etc/GMT zone', () => {
    const source = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:UTC+11',
      'BEGIN:STANDARD',
      'DTSTART:16010101T000000',
      'TZOFFSETFROM:+1100',
      'TZOFFSETTO:+1100',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:plus-eleven',
      'DTSTART;TZID=UTC+11:20261210T230000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const [event] = parseIcsText(source, 'plus11.ics', WINDOW).events;
    expect(event?.start.toISOString()).toBe('2026-12-10T12:00:00.000Z');
    expect(event?.timeZone).toBe('Etc/GMT-11');
  });
});

describe('what a warning says', () => {
  it('names the file, line and event, and masks addresses in UIDs and summaries', () => {
    const source = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:jane.doe@prospect.example',
      'SUMMARY:Call with jane.doe@prospect.example',
      'DESCRIPTION:Secret pricing notes',
      'DTSTART;TZID=Nowhere Standard:20261210T100000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { errors } = parseIcsText(source, 'jane.ics', WINDOW);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /^line 2: event "Call with ja…@prospect\.example" \(UID ja…@prospect\.example\)/,
    );
    expect(JSON.stringify(errors)).not.toContain('jane.doe@');
    expect(JSON.stringify(errors)).not.toContain('Secret');
  });
});

describe('lines that look odd but say enough', () => {
  it('reads a date-time marked VALUE=DATE as the date-time it is, and keeps a grouped property name', () => {
    const source = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:value-date',
      'SUMMARY:Marked as a date',
      'item1.X-ABLABEL:work',
      'DTSTART;VALUE=DATE:20261210T150000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { events, errors } = parseIcsText(source, 'value-date.ics', WINDOW);
    expect(events.map((e) => [e.start.toISOString(), e.isAllDay])).toEqual([
      ['2026-12-10T15:00:00.000Z', false],
    ]);
    expect(errors).toEqual([]);
  });
});
