/**
 * An event whose zone the calendar could not resolve is stored in the rep's zone: its
 * wall-clock time read there (DST included), or only its label when the instant was right.
 */
import { describe, expect, it } from 'vitest';
import type { ProviderCalendarEvent } from '../../../src/providers/types.js';
import { placeInRepZone } from '../../../src/workflows/calendar/place-in-rep-zone.js';

const listed: ProviderCalendarEvent = {
  id: 'e1',
  title: 'Wonka kickoff',
  description: '',
  start: new Date('2026-12-11T16:00:00Z'),
  end: new Date('2026-12-11T17:00:00Z'),
  timeZone: 'UTC',
  isAllDay: false,
  status: 'confirmed',
  attendees: [],
  repZone: 'wall-clock',
  warnings: ['unknown-zone.ics: line 4: event "Wonka kickoff": TZID … read in the rep\'s zone'],
};

describe('placeInRepZone', () => {
  it("reads a wall-clock time in the rep's zone and keeps the warning", () => {
    const { event, warnings } = placeInRepZone(listed, 'America/New_York');
    expect(event.start.toISOString()).toBe('2026-12-11T21:00:00.000Z');
    expect(event.end.toISOString()).toBe('2026-12-11T22:00:00.000Z');
    expect(event.timeZone).toBe('America/New_York');
    expect(warnings).toEqual(listed.warnings);
    expect(event).not.toHaveProperty('repZone');
    expect(event).not.toHaveProperty('warnings');
  });

  it('follows DST in the rep zone', () => {
    const summer = {
      ...listed,
      start: new Date('2026-07-01T16:00:00Z'),
      end: new Date('2026-07-01T17:00:00Z'),
    };
    expect(placeInRepZone(summer, 'Europe/Berlin').event.start.toISOString()).toBe(
      '2026-07-01T14:00:00.000Z',
    );
  });

  it('only relabels an event whose instants were right', () => {
    const { event } = placeInRepZone({ ...listed, repZone: 'label' }, 'Europe/Berlin');
    expect(event.start).toEqual(listed.start);
    expect(event.timeZone).toBe('Europe/Berlin');
  });

  it('leaves an event with a resolved zone as it is, with no warnings', () => {
    const { repZone: _guess, warnings: _w, ...plain } = listed;
    expect(placeInRepZone({ ...plain, timeZone: 'Asia/Tokyo' }, 'Europe/Berlin')).toEqual({
      event: { ...plain, timeZone: 'Asia/Tokyo' },
      warnings: [],
    });
  });
});
