/**
 * The local calendar reads real iCalendar files (test/fixtures/ics) into normalized events:
 * time zones, all-day, recurrence with exceptions, cancellations, attendees, conference links,
 * and a broken file that is reported while the others still load.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../src/domain/types.js';
import { findConferenceLink } from '../../../src/providers/local/ics-conference.js';
import { parseIcsText } from '../../../src/providers/local/ics-events.js';
import { type IcsFolderResult, readIcsFolder } from '../../../src/providers/local/ics-folder.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/ics/', import.meta.url));
const WINDOW = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-04-30T00:00:00Z') };

let folder: IcsFolderResult;
const eventsOf = (file: string): CalendarEvent[] => folder.byFile.get(file) ?? [];
const only = (file: string): CalendarEvent => {
  const events = eventsOf(file);
  expect(events).toHaveLength(1);
  return events[0] as CalendarEvent;
};

beforeAll(async () => {
  folder = await readIcsFolder(FIXTURES, WINDOW);
});

describe('time zones', () => {
  it('reads a TZID defined by a VTIMEZONE block in the file', () => {
    const e = only('tzid-vtimezone.ics');
    expect(e.start.toISOString()).toBe('2026-01-06T15:00:00.000Z');
    expect(e.end.toISOString()).toBe('2026-01-06T15:30:00.000Z');
    expect(e.timeZone).toBe('America/New_York');
    expect(e.isAllDay).toBe(false);
  });

  it('converts a bare IANA TZID (no VTIMEZONE) itself, across a DST change', () => {
    const starts = eventsOf('iana-tzid.ics').map((e) => e.start.toISOString());
    // 16:00 in Berlin: CET (UTC+1) before March 29, CEST (UTC+2) after.
    expect(starts).toEqual([
      '2026-03-23T15:00:00.000Z',
      '2026-03-30T14:00:00.000Z',
      '2026-04-06T14:00:00.000Z',
    ]);
    expect(eventsOf('iana-tzid.ics')[0]?.timeZone).toBe('Europe/Berlin');
  });

  it("reads floating times in the calendar's X-WR-TIMEZONE, else in UTC", () => {
    const e = only('floating.ics');
    expect(e.start.toISOString()).toBe('2026-01-08T15:00:00.000Z');
    expect(e.timeZone).toBe('America/Chicago');

    const noZone = (
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:f2',
        'DTSTART:20260108T090000',
        'DTEND:20260108T100000',
        'END:VEVENT',
        'END:VCALENDAR',
      ] as string[]
    ).join('\r\n');
    const [event] = parseIcsText(noZone, 'f2.ics', WINDOW).events;
    expect(event?.start.toISOString()).toBe('2026-01-08T09:00:00.000Z');
    expect(event?.timeZone).toBe('UTC');
  });

  it('marks DATE events as all-day with an exclusive end', () => {
    const e = only('all-day.ics');
    expect(e.isAllDay).toBe(true);
    expect(e.start.toISOString()).toBe('2026-01-11T00:00:00.000Z');
    expect(e.end.toISOString()).toBe('2026-01-14T00:00:00.000Z');
  });
});

describe('recurrence', () => {
  const series = () => eventsOf('weekly-series.ics');

  it('expands the RRULE into occurrences with ids of UID and original start', () => {
    const first = series()[0];
    expect(first?.id).toBe('pipeline-review@fixtures.example::2026-01-05T14:00:00.000Z');
    expect(first?.iCalUid).toBe('pipeline-review@fixtures.example');
    // Every Monday until the window end, minus the EXDATE (Jan 19); DST starts March 8.
    expect(series().find((e) => e.start.toISOString() === '2026-03-09T13:00:00.000Z')).toBeDefined();
    expect(series().every((e) => e.start < WINDOW.to)).toBe(true);
  });

  it('leaves out the EXDATE occurrence', () => {
    expect(series().some((e) => e.id.endsWith('2026-01-19T14:00:00.000Z'))).toBe(false);
  });

  it('shows a moved occurrence at its new time under its original id', () => {
    const moved = series().find((e) => e.id === 'pipeline-review@fixtures.example::2026-01-12T14:00:00.000Z');
    expect(moved?.start.toISOString()).toBe('2026-01-13T16:00:00.000Z');
    expect(moved?.title).toBe('Weekly pipeline review (moved to Tuesday)');
  });

  it('lists a cancelled occurrence as cancelled, the others stay confirmed', () => {
    const cancelled = series().filter((e) => e.status === 'cancelled');
    expect(cancelled.map((e) => e.id)).toEqual([
      'pipeline-review@fixtures.example::2026-01-26T14:00:00.000Z',
    ]);
  });

  it('marks every occurrence of a cancelled series cancelled', () => {
    const events = eventsOf('cancelled-series.ics');
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.status === 'cancelled')).toBe(true);
  });

  it('stops at the window end even for a rule without end', async () => {
    const short = await readIcsFolder(FIXTURES, { from: WINDOW.from, to: new Date('2026-01-20T00:00:00Z') });
    expect(short.byFile.get('weekly-series.ics')?.map((e) => e.start.toISOString())).toEqual([
      '2026-01-05T14:00:00.000Z',
      '2026-01-13T16:00:00.000Z',
    ]);
  });
});

describe('attendees', () => {
  it('reads PARTSTAT, CUTYPE, ROLE and CN, strips mailto: and lower-cases addresses', () => {
    const e = only('partstat.ics');
    const byEmail = new Map(e.attendees.map((a) => [a.email, a]));
    expect(byEmail.get('marge@globex.example')).toMatchObject({ name: 'Marge Tanaka', response: 'accepted' });
    expect(byEmail.get('hank@globex.example')?.response).toBe('declined');
    expect(byEmail.get('frank@globex.example')).toMatchObject({ response: 'tentative', optional: true });
    expect(byEmail.get('lisa@globex.example')?.response).toBe('needsAction');
    expect(byEmail.get('bart@globex.example')?.response).toBe('needsAction');
    expect(byEmail.get('it-team@globex.example')?.kind).toBe('group');
    expect(byEmail.get('projector@northwind.example')?.kind).toBe('resource');
    // Listed twice in the file, once here.
    expect(e.attendees.filter((a) => a.email === 'marge@globex.example')).toHaveLength(1);
  });

  it('adds an unlisted organizer as an accepted attendee, first', () => {
    const e = only('partstat.ics');
    expect(e.organizerEmail).toBe('dana@northwind.example');
    expect(e.attendees[0]).toEqual({
      email: 'dana@northwind.example',
      name: 'Dana Whitfield',
      response: 'accepted',
      kind: 'person',
      organizer: true,
    });
  });

  it('flags a listed organizer without adding them twice', () => {
    const e = only('tzid-vtimezone.ics');
    expect(e.attendees.filter((a) => a.email === 'dana@northwind.example')).toEqual([
      {
        email: 'dana@northwind.example',
        name: 'Dana Whitfield',
        response: 'accepted',
        kind: 'person',
        organizer: true,
      },
    ]);
    expect(e.attendees[1]?.email).toBe('priya.raman@acme-robotics.example');
  });

  it('reads a room booking as a room attendee', () => {
    const e = only('room-booking.ics');
    expect(e.attendees.map((a) => a.kind)).toEqual(['person', 'room']);
  });
});

describe('conference links', () => {
  it('prefers X-GOOGLE-CONFERENCE over links in the text', () => {
    expect(only('partstat.ics').conferenceUrl).toBe('https://meet.google.com/abc-defg-hij');
  });

  it('finds a Zoom link in a folded description, without trailing punctuation', () => {
    expect(only('tzid-vtimezone.ics').conferenceUrl).toBe('https://acme.zoom.us/j/81234567890?pwd=abc123');
  });

  it('finds a Teams link in the location and ignores other or non-https links', () => {
    expect(only('conference-teams.ics').conferenceUrl).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//,
    );
    expect(findConferenceLink('see https://docs.example.com/x and http://zoom.us/j/1')).toBeUndefined();
    expect(findConferenceLink('Webex: https://acme.webex.com/meet/priya')).toBe(
      'https://acme.webex.com/meet/priya',
    );
  });
});

describe('broken input', () => {
  it('reports a malformed file with its name and line, and still loads the others', () => {
    expect(folder.errors).toContainEqual({
      file: 'malformed.ics',
      message: expect.stringMatching(/^line 8: invalid line/),
    });
    expect(folder.troubled.has('malformed.ics')).toBe(true);
    expect(eventsOf('malformed.ics')).toEqual([]);
    expect(eventsOf('tzid-vtimezone.ics')).toHaveLength(1);
  });

  it('refuses a recurrence rule that can never match instead of hanging, and keeps the rest of the file', () => {
    const error = folder.errors.find((e) => e.file === 'bad-rrule.ics');
    expect(error?.message).toContain('never matches any date');
    expect(eventsOf('bad-rrule.ics').map((e) => e.title)).toEqual(['Same file, still loads']);
  });

  it('caps how many occurrences one series may produce', async () => {
    const source = await readFile(`${FIXTURES}cancelled-series.ics`, 'utf8');
    const hourly = source
      .replace('RRULE:FREQ=DAILY;COUNT=3', 'RRULE:FREQ=HOURLY')
      .replace('STATUS:CANCELLED', 'STATUS:CONFIRMED');
    const result = parseIcsText(hourly, 'hourly.ics', WINDOW);
    expect(result.events.length).toBeLessThanOrEqual(1_000);
    expect(result.errors[0]?.message).toMatch(/first 1000 occurrences|stopped after/);
  });

  it('says so when a file is not iCalendar at all', () => {
    const result = parseIcsText('hello, this is a note', 'note.ics', WINDOW);
    expect(result.errors).toEqual([
      { file: 'note.ics', message: expect.stringMatching(/line 1|not an iCalendar/) },
    ]);
  });
});
