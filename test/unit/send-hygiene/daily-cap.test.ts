/** The daily cap of one mailbox, paced over the rep's business hours (domain/daily-cap.ts). */
import { describe, expect, it } from 'vitest';
import { allowedBy, decideDailyCap, hourShare, startOfRepDay } from '../../../src/domain/daily-cap.js';

const HOURS = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const ZONE = 'America/New_York';
// Tuesday 2026-12-08 in New York (EST, UTC-5).
const at = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00-05:00`);
const base = { cap: 200, zone: ZONE, hours: HOURS };

describe('the daily cap', () => {
  it('lets an hour’s share go at once, even before business hours', () => {
    expect(hourShare(200, HOURS)).toBe(25);
    expect(allowedBy({ ...base, now: at('07:00') })).toBe(25);
    expect(decideDailyCap({ ...base, sentToday: 24, now: at('07:00') })).toEqual({ send: true });
  });

  it('makes the 26th email before opening wait until the pace covers it', () => {
    const d = decideDailyCap({ ...base, sentToday: 25, now: at('07:00') });
    expect(d.send).toBe(false);
    // One more email's share of the 8-hour day: 8 h / 200 = 2.4 min after 09:00.
    if (!d.send) expect(d.until).toEqual(new Date(at('09:00').getTime() + 144_000));
  });

  it('grows with the business day and opens the whole cap after closing', () => {
    expect(allowedBy({ ...base, now: at('13:00') })).toBe(125);
    expect(allowedBy({ ...base, now: at('18:00') })).toBe(200);
    expect(decideDailyCap({ ...base, sentToday: 124, now: at('13:00') })).toEqual({ send: true });
    expect(decideDailyCap({ ...base, sentToday: 125, now: at('13:00') }).send).toBe(false);
  });

  it('never lets more than the cap go in a day: the rest waits for the next local day', () => {
    const d = decideDailyCap({ ...base, sentToday: 200, now: at('18:00') });
    expect(d).toEqual({ send: false, until: new Date('2026-12-09T05:00:00Z'), allowed: 200 });
  });

  it('keeps to the hour’s share on a day without business hours', () => {
    const saturday = new Date('2026-12-12T12:00:00-05:00');
    expect(allowedBy({ ...base, now: saturday })).toBe(25);
    const d = decideDailyCap({ ...base, sentToday: 25, now: saturday });
    expect(d.send === false && d.until).toEqual(new Date('2026-12-13T05:00:00Z'));
  });

  it('counts the day in the rep’s zone, not UTC', () => {
    // 23:30 in New York is already the next day in UTC.
    expect(startOfRepDay(new Date('2026-12-09T04:30:00Z'), ZONE)).toEqual(new Date('2026-12-08T05:00:00Z'));
  });

  it('paces a small cap too: never less than one at a time', () => {
    expect(hourShare(3, HOURS)).toBe(1);
    expect(decideDailyCap({ ...base, cap: 3, sentToday: 0, now: at('08:00') })).toEqual({ send: true });
    const d = decideDailyCap({ ...base, cap: 3, sentToday: 1, now: at('08:00') });
    // The second of three goes a third of the way through the day: 11:40.
    expect(d.send === false && d.until).toEqual(at('11:40'));
  });
});
