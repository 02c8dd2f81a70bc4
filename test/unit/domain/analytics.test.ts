import { describe, expect, it } from 'vitest';
import { buildReport, isoWeek, type MeetingFacts, median } from '../../../src/domain/analytics.js';

const base: MeetingFacts = {
  rep: 'dana@northwind.example',
  stage: 'discovery',
  account: 'acme.example',
  start: new Date('2026-11-03T15:00:00Z'),
  agendaSentAt: new Date('2026-11-02T15:00:00Z'),
  confirmedAt: null,
  changeRequests: 0,
  reschedules: 0,
  declines: 0,
  answered: false,
  revisedAndReconfirmed: false,
  recapSent: false,
  nextStepConfirmed: false,
  nextMeetingBooked: false,
  attendance: 'as_planned',
};
const hoursAfterAgenda = (h: number) => new Date((base.agendaSentAt as Date).getTime() + h * 3_600_000);

describe('isoWeek', () => {
  it('numbers weeks from Monday, week 1 holding the year’s first Thursday', () => {
    expect(isoWeek(new Date('2026-11-30T00:00:00Z'))).toBe('2026-W49'); // a Monday
    expect(isoWeek(new Date('2026-11-29T23:59:59Z'))).toBe('2026-W48'); // the Sunday before
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53'); // a Friday: still 2026's week
    expect(isoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01'); // a Monday: already 2025's
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([8, 2, 5])).toBe(5);
    expect(median([8, 2, 5, 3])).toBe(4);
  });
});

describe('buildReport', () => {
  it('counts confirmed points against agendas sent, and the hours to confirm', () => {
    const report = buildReport(
      [
        { ...base, confirmedAt: hoursAfterAgenda(2), answered: true },
        { ...base, confirmedAt: hoursAfterAgenda(7), answered: true },
        { ...base, answered: false },
        { ...base, agendaSentAt: null },
      ],
      'rep',
    );
    expect(report.totals).toMatchObject({
      meetings: 4,
      agendasSent: 3,
      pointsConfirmed: 2,
      confirmedShare: 0.6667,
      medianHoursToConfirm: 4.5,
      unanswered: 1,
    });
  });

  it('splits how meetings with an agenda turned out by whether the point was confirmed', () => {
    const report = buildReport(
      [
        { ...base, confirmedAt: hoursAfterAgenda(1), attendance: 'as_planned' },
        { ...base, confirmedAt: hoursAfterAgenda(1), attendance: 'moved' },
        { ...base, attendance: 'cancelled' },
        { ...base, attendance: 'ahead' },
        { ...base, agendaSentAt: null, attendance: 'cancelled' },
      ],
      'rep',
    );
    expect(report.totals.confirmedAttendance).toEqual({ asPlanned: 1, moved: 1, cancelled: 0 });
    // The meeting still ahead has no outcome yet; the one with no agenda is not in the split.
    expect(report.totals.unconfirmedAttendance).toEqual({ asPlanned: 0, moved: 0, cancelled: 1 });
  });

  it('groups by rep, stage, account or ISO week, in key order, with totals over all', () => {
    const facts = [
      { ...base, rep: 'lee@northwind.example', stage: 'proposal', start: new Date('2026-11-10T15:00:00Z') },
      { ...base },
      { ...base, account: 'globex.example' },
    ];
    expect(buildReport(facts, 'rep').rows.map((r) => [r.key, r.meetings])).toEqual([
      ['dana@northwind.example', 2],
      ['lee@northwind.example', 1],
    ]);
    expect(buildReport(facts, 'stage').rows.map((r) => r.key)).toEqual(['discovery', 'proposal']);
    expect(buildReport(facts, 'account').rows.map((r) => r.key)).toEqual(['acme.example', 'globex.example']);
    expect(buildReport(facts, 'week').rows.map((r) => [r.key, r.meetings])).toEqual([
      ['2026-W45', 2],
      ['2026-W46', 1],
    ]);
    expect(buildReport(facts, 'week').totals.meetings).toBe(3);
  });

  it('has no share or median where nothing was sent or confirmed', () => {
    const { totals } = buildReport([{ ...base, agendaSentAt: null }], 'rep');
    expect(totals.confirmedShare).toBeNull();
    expect(totals.medianHoursToConfirm).toBeNull();
    expect(buildReport([], 'week')).toMatchObject({ rows: [], totals: { meetings: 0 } });
  });
});
