/** When a nudge to the rep is due: a lead time before the meeting, inside business hours, or skipped with the reason. */
import { describe, expect, it } from 'vitest';
import { planNudge } from '../../../src/domain/plan-nudge.js';

const rep = {
  timeZone: 'America/New_York',
  businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
};
const MONDAY_9AM = new Date('2026-12-07T14:00:00Z');
const TUESDAY_5_30PM = new Date('2026-12-08T22:30:00Z');
const at = (iso: string) => new Date(iso);

describe('planNudge', () => {
  it('keeps a time inside business hours', () => {
    // Wednesday 15:00 New York, two hours before: 13:00.
    expect(planNudge(at('2026-12-09T20:00:00Z'), 120, rep, MONDAY_9AM)).toEqual({
      dueAt: at('2026-12-09T18:00:00Z'),
    });
  });

  it('moves a time before business hours to the last business minute before it (Tue 16:59)', () => {
    // Wednesday 10:00 New York: 08:00 is before opening.
    expect(planNudge(at('2026-12-09T15:00:00Z'), 120, rep, MONDAY_9AM)).toEqual({
      dueAt: at('2026-12-08T21:59:00Z'),
    });
  });

  it('moves over a weekend only within a day of the meeting, else into the hours that morning', () => {
    // Monday 09:30: Friday 16:59 would be 64 hours early; Monday 09:00 is still before the meeting.
    expect(planNudge(at('2026-12-14T14:30:00Z'), 120, rep, MONDAY_9AM)).toEqual({
      dueAt: at('2026-12-14T14:00:00Z'),
    });
  });

  it('uses the first business minute after the time when the last one before it has passed', () => {
    // Tuesday 17:30 now, Wednesday 10:00 meeting: Tuesday 16:59 is gone, Wednesday 09:00 is left.
    expect(planNudge(at('2026-12-09T15:00:00Z'), 120, rep, TUESDAY_5_30PM)).toEqual({
      dueAt: at('2026-12-09T14:00:00Z'),
    });
  });

  it('skips, with the reason and the hours, when no business minute is left before the meeting', () => {
    // Tuesday 17:30 now, Wednesday 08:30 meeting: nothing between now and then is business time.
    expect(planNudge(at('2026-12-09T13:30:00Z'), 120, rep, TUESDAY_5_30PM)).toEqual({
      skip: 'no business hours left before the meeting (Mon–Fri 9:00–17:00 America/New_York)',
      at: at('2026-12-09T11:30:00Z'),
    });
    const mondaysOnly = { ...rep, businessHours: { ...rep.businessHours, days: [1] } };
    const plan = planNudge(at('2026-12-08T15:00:00Z'), 120, mondaysOnly, at('2026-12-07T22:30:00Z'));
    expect(plan).toMatchObject({
      skip: 'no business hours left before the meeting (Mon 9:00–17:00 America/New_York)',
    });
  });

  it('skips when the only business hours before the meeting end more than a day before it', () => {
    // Monday 08:00: Friday 16:59 is 63 hours early, and Monday opens after the meeting.
    expect(planNudge(at('2026-12-14T13:00:00Z'), 120, rep, MONDAY_9AM)).toMatchObject({
      skip: 'no business hours within a day before the meeting (Mon–Fri 9:00–17:00 America/New_York)',
    });
  });

  it('skips a meeting planned inside the window, and plans nothing when off or started', () => {
    expect(planNudge(at('2026-12-07T15:00:00Z'), 120, rep, MONDAY_9AM)).toEqual({
      skip: 'less than 2 h before the meeting when it was planned',
      at: at('2026-12-07T13:00:00Z'),
    });
    expect(planNudge(at('2026-12-09T20:00:00Z'), 0, rep, MONDAY_9AM)).toEqual({
      none: 'switched off (0 minutes)',
    });
    expect(planNudge(at('2026-12-07T13:00:00Z'), 120, rep, MONDAY_9AM)).toEqual({
      none: 'meeting already started',
    });
  });

  it('reads the hours on the rep’s wall clock, and keeps the time when no hours are set', () => {
    const tokyo = { ...rep, timeZone: 'Asia/Tokyo' };
    // Thursday 10:00 Tokyo (01:00Z): 08:00 is before opening → Wednesday 16:59 Tokyo.
    expect(planNudge(at('2026-12-10T01:00:00Z'), 120, tokyo, MONDAY_9AM)).toEqual({
      dueAt: at('2026-12-09T07:59:00Z'),
    });
    const never = { ...rep, businessHours: { ...rep.businessHours, days: [] } };
    expect(planNudge(at('2026-12-09T15:00:00Z'), 120, never, MONDAY_9AM)).toEqual({
      dueAt: at('2026-12-09T13:00:00Z'),
    });
  });
});
