/** When the agenda draft is made: lead time before the meeting, pulled into the rep's business hours. */
import { describe, expect, it } from 'vitest';
import { planAgendaDraft } from '../../../src/domain/plan-agenda.js';

const newYork = {
  timeZone: 'America/New_York',
  agendaLeadMinutes: 24 * 60,
  businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
};
const berlin = { ...newYork, timeZone: 'Europe/Berlin' };

const at = (iso: string) => new Date(iso);
const plan = (startIso: string, nowIso: string, rep = newYork) =>
  planAgendaDraft({ start: at(startIso) }, rep, at(nowIso));
const dueOf = (result: ReturnType<typeof planAgendaDraft>) =>
  'dueAt' in result ? result.dueAt.toISOString() : result;

describe('planAgendaDraft', () => {
  it('is due the lead time before the meeting when that is inside business hours', () => {
    // Wed Mar 4, 10:00 EST meeting → Tue 10:00 EST.
    const result = plan('2026-03-04T15:00:00Z', '2026-03-02T12:00:00Z');
    expect(result).toEqual({
      dueAt: at('2026-03-03T15:00:00Z'),
      note: '24 h before the meeting, inside business hours',
    });
  });

  it('moves a due time that falls on the weekend back to Friday afternoon', () => {
    // Mon Mar 2, 10:00 EST meeting → Sun 10:00 → Fri Feb 27, 16:00 EST.
    const result = plan('2026-03-02T15:00:00Z', '2026-02-25T12:00:00Z');
    expect(dueOf(result)).toBe('2026-02-27T21:00:00.000Z');
    expect(result).toMatchObject({
      note: expect.stringMatching(
        /^24 h before the meeting is Sun, Mar 1, 10:00 AM EST, outside business hours: moved earlier to Fri, Feb 27, 4:00 PM EST/,
      ),
    });
  });

  it('moves an early-morning due time back to the previous afternoon', () => {
    // Tue Mar 3, 10:00 EST meeting with a 2 h lead → Tue 08:00 → Mon 16:00 EST.
    const result = plan('2026-03-03T15:00:00Z', '2026-03-01T12:00:00Z', {
      ...newYork,
      agendaLeadMinutes: 120,
    });
    expect(dueOf(result)).toBe('2026-03-02T21:00:00.000Z');
  });

  it('moves an evening due time to an hour before that day’s close', () => {
    // Thu Mar 5, 19:30 EST meeting → Wed 19:30 → Wed 16:00 EST.
    expect(dueOf(plan('2026-03-06T00:30:00Z', '2026-03-02T12:00:00Z'))).toBe('2026-03-04T21:00:00.000Z');
  });

  it('drafts at once when the meeting is booked inside the lead window', () => {
    // Booked Mon 15:00 EST for Tue 10:00 EST.
    expect(plan('2026-03-03T15:00:00Z', '2026-03-02T20:00:00Z')).toEqual({
      dueAt: at('2026-03-02T20:00:00Z'),
      note: 'drafted at once: booked inside the lead window (24 h before the meeting)',
    });
  });

  it('drafts at once when the business hours it would move to have already passed', () => {
    // Booked Saturday for Monday 10:00: Friday 16:00 is gone.
    const result = plan('2026-03-02T15:00:00Z', '2026-02-28T12:00:00Z');
    expect(dueOf(result)).toBe('2026-02-28T12:00:00.000Z');
    expect(result).toMatchObject({ note: expect.stringMatching(/^drafted at once: .*have passed$/) });
  });

  it('skips a meeting that has already started', () => {
    expect(plan('2026-03-02T15:00:00Z', '2026-03-02T15:00:00Z')).toEqual({ skip: 'meeting already started' });
    expect(plan('2026-03-02T15:00:00Z', '2026-03-02T15:10:00Z')).toEqual({ skip: 'meeting already started' });
  });

  it('keeps the plain lead time when the rep has no business days', () => {
    const rep = { ...newYork, businessHours: { ...newYork.businessHours, days: [] } };
    expect(dueOf(plan('2026-03-02T15:00:00Z', '2026-02-25T12:00:00Z', rep))).toBe('2026-03-01T15:00:00.000Z');
  });

  describe('across DST changes in New York', () => {
    it('spring forward: Mon Mar 9 meeting moves to Friday 16:00 EST, not EDT', () => {
      // Mon 10:00 EDT (14:00Z) → Sun 10:00 EDT → Fri Mar 6, 16:00 EST = 21:00Z.
      expect(dueOf(plan('2026-03-09T14:00:00Z', '2026-03-02T12:00:00Z'))).toBe('2026-03-06T21:00:00.000Z');
    });

    it('spring forward: reads business hours on the wall clock of each day', () => {
      // Tue Mar 10, 09:30 EDT → Mon 09:30 EDT: inside hours (on EST it would look like 08:30).
      expect(dueOf(plan('2026-03-10T13:30:00Z', '2026-03-02T12:00:00Z'))).toBe('2026-03-09T13:30:00.000Z');
      // Mon Mar 9, 09:30 EDT with 72 h lead → Fri 08:30 EST: before hours → Thu 16:00 EST.
      const threeDays = { ...newYork, agendaLeadMinutes: 72 * 60 };
      expect(dueOf(plan('2026-03-09T13:30:00Z', '2026-03-02T12:00:00Z', threeDays))).toBe(
        '2026-03-05T21:00:00.000Z',
      );
    });

    it('fall back: Mon Nov 2 meeting moves to Friday 16:00 EDT, not EST', () => {
      // Mon 10:00 EST (15:00Z) → Sun 10:00 EST → Fri Oct 30, 16:00 EDT = 20:00Z.
      expect(dueOf(plan('2026-11-02T15:00:00Z', '2026-10-26T12:00:00Z'))).toBe('2026-10-30T20:00:00.000Z');
    });

    it('fall back: 16:30 EST the day after is inside hours', () => {
      // Tue Nov 3, 16:30 EST → Mon 16:30 EST: inside (on EDT it would look like 17:30).
      expect(dueOf(plan('2026-11-03T21:30:00Z', '2026-10-26T12:00:00Z'))).toBe('2026-11-02T21:30:00.000Z');
    });
  });

  describe('in Europe/Berlin', () => {
    it('spring forward: Mon Mar 30 meeting moves to Friday 16:00 CET', () => {
      // Mon 10:00 CEST (08:00Z) → Sun → Fri Mar 27, 16:00 CET = 15:00Z.
      const result = plan('2026-03-30T08:00:00Z', '2026-03-23T12:00:00Z', berlin);
      expect(dueOf(result)).toBe('2026-03-27T15:00:00.000Z');
      expect(result).toMatchObject({ note: expect.stringContaining('Fri, Mar 27, 4:00 PM GMT+1') });
    });

    it('fall back: Mon Oct 26 meeting moves to Friday 16:00 CEST', () => {
      expect(dueOf(plan('2026-10-26T09:00:00Z', '2026-10-19T12:00:00Z', berlin))).toBe(
        '2026-10-23T14:00:00.000Z',
      );
    });
  });
});
