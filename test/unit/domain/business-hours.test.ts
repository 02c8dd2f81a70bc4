/** Business hours are wall-clock times on chosen weekdays in the rep's zone. */
import { describe, expect, it } from 'vitest';
import {
  describeBusinessHours,
  isWithinBusinessHours,
  latestBusinessInstantBefore,
  nextBusinessInstant,
  previousBusinessPeriod,
} from '../../../src/domain/business-hours.js';

const hours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const NY = 'America/New_York';
const at = (iso: string) => new Date(iso);

describe('isWithinBusinessHours', () => {
  it('includes the start and excludes the end', () => {
    expect(isWithinBusinessHours(at('2026-03-03T14:00:00Z'), NY, hours)).toBe(true); // Tue 09:00 EST
    expect(isWithinBusinessHours(at('2026-03-03T13:59:00Z'), NY, hours)).toBe(false); // 08:59
    expect(isWithinBusinessHours(at('2026-03-03T21:59:00Z'), NY, hours)).toBe(true); // 16:59
    expect(isWithinBusinessHours(at('2026-03-03T22:00:00Z'), NY, hours)).toBe(false); // 17:00
  });

  it('uses the weekday in the rep’s zone, not in UTC', () => {
    // Fri 20:00 EST is Saturday 01:00 UTC; Fri 16:00 PST is Saturday 00:00 UTC.
    expect(isWithinBusinessHours(at('2026-03-07T00:00:00Z'), 'America/Los_Angeles', hours)).toBe(true);
    expect(isWithinBusinessHours(at('2026-03-07T15:00:00Z'), NY, hours)).toBe(false); // Sat 10:00
  });

  it('honours a Sunday-to-Thursday week', () => {
    const gulf = { start: '08:00', end: '16:00', days: [7, 1, 2, 3, 4] };
    expect(isWithinBusinessHours(at('2026-03-08T06:00:00Z'), 'Asia/Dubai', gulf)).toBe(true); // Sun 10:00
    expect(isWithinBusinessHours(at('2026-03-06T06:00:00Z'), 'Asia/Dubai', gulf)).toBe(false); // Fri 10:00
  });

  it('treats malformed hours as never open', () => {
    expect(isWithinBusinessHours(at('2026-03-03T15:00:00Z'), NY, { ...hours, start: '9am' })).toBe(false);
    expect(isWithinBusinessHours(at('2026-03-03T15:00:00Z'), NY, { ...hours, start: '18:00' })).toBe(false);
  });
});

describe('previousBusinessPeriod / latestBusinessInstantBefore / nextBusinessInstant', () => {
  it('finds Friday’s hours from a Sunday', () => {
    expect(previousBusinessPeriod(at('2026-03-01T15:00:00Z'), NY, hours)).toEqual({
      start: at('2026-02-27T14:00:00Z'),
      end: at('2026-02-27T22:00:00Z'),
    });
  });

  it('keeps the margin before the close, but not before the opening', () => {
    const sunday = at('2026-03-01T15:00:00Z');
    expect(latestBusinessInstantBefore(sunday, NY, hours, 60)).toEqual(at('2026-02-27T21:00:00Z'));
    const short = { start: '09:00', end: '09:30', days: [5] };
    expect(latestBusinessInstantBefore(sunday, NY, short, 60)).toEqual(at('2026-02-27T14:00:00Z'));
  });

  it('returns an instant inside hours as is', () => {
    const tuesday = at('2026-03-03T15:00:00Z');
    expect(latestBusinessInstantBefore(tuesday, NY, hours, 60)).toEqual(tuesday);
    expect(nextBusinessInstant(tuesday, NY, hours)).toEqual(tuesday);
  });

  it('finds the next opening from a Friday evening, across the spring DST change', () => {
    // Fri Mar 6, 18:00 EST → Mon Mar 9, 09:00 EDT = 13:00Z.
    expect(nextBusinessInstant(at('2026-03-06T23:00:00Z'), NY, hours)).toEqual(at('2026-03-09T13:00:00Z'));
  });

  it('finds nothing when there are no business days', () => {
    expect(previousBusinessPeriod(at('2026-03-01T15:00:00Z'), NY, { ...hours, days: [] })).toBeNull();
    expect(nextBusinessInstant(at('2026-03-01T15:00:00Z'), NY, { ...hours, days: [] })).toBeNull();
  });
});

describe('describeBusinessHours', () => {
  it('names runs of days, the hours without a leading zero, and the zone', () => {
    expect(describeBusinessHours(hours, NY)).toBe('Mon–Fri 9:00–17:00 America/New_York');
    expect(describeBusinessHours({ start: '08:30', end: '16:00', days: [7, 1, 3, 4, 5] }, 'Asia/Dubai')).toBe(
      'Mon, Wed–Fri, Sun 8:30–16:00 Asia/Dubai',
    );
    expect(describeBusinessHours({ ...hours, days: [1] }, NY)).toBe('Mon 9:00–17:00 America/New_York');
  });
});
