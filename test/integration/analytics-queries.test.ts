/**
 * The analytics queries on SQLite and PostgreSQL against one recorded history
 * (test/helpers/analytics-history.ts): the counts a person makes by hand from that history,
 * per rep, stage, account and week, and only the viewer's own meetings for a rep.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAnalyticsQuery } from '../../src/analytics/analytics-query.js';
import { analyticsReport } from '../../src/analytics/analytics-report.js';
import { scopedDb } from '../../src/auth/scoped-db.js';
import {
  DANA,
  HISTORY_NOW,
  HISTORY_WINDOW,
  LEE,
  seedAnalyticsHistory,
} from '../helpers/analytics-history.js';
import { createTestDb, createTestPgDb, TEST_DATABASE_URL, type TestDb } from '../helpers/test-db.js';

const suites: [string, () => Promise<TestDb | null>][] = [
  ['SQLite', createTestDb],
  [TEST_DATABASE_URL ? 'PostgreSQL' : 'PostgreSQL (skipped: TEST_DATABASE_URL is not set)', createTestPgDb],
];

const query = (groupBy: string) => parseAnalyticsQuery({ ...HISTORY_WINDOW, groupBy }, HISTORY_NOW);

describe.each(suites)('analytics on %s', (_name, create) => {
  let t: TestDb | null;
  let reps: { dana: string; lee: string };
  beforeEach(async () => {
    t = await create();
    if (t) reps = await seedAnalyticsHistory(t.db);
  });
  afterEach(async () => t?.cleanup());

  it('counts the whole team’s history as recorded', async (ctx) => {
    if (!t) return ctx.skip();
    const { totals } = await analyticsReport(t.db, query('rep'), HISTORY_NOW);
    expect(totals).toEqual({
      key: 'total',
      meetings: 6, // A1 A2 A3 B1 B2 B3: not A0 (before the window), not N1 (not a prospect's)
      agendasSent: 5,
      pointsConfirmed: 3, // A1 by reply, A2 after its revision, B1 marked by the rep
      confirmedShare: 0.6,
      changeRequests: 1,
      reschedules: 1,
      declines: 1,
      unanswered: 1, // A3
      revisedAndReconfirmed: 1,
      recapsSent: 2,
      nextStepsConfirmed: 1,
      nextMeetingsBooked: 1, // A1's next step became A2's point
      medianHoursToConfirm: 5, // 2, 5 and 8 hours
      confirmedAttendance: { asPlanned: 2, moved: 1, cancelled: 0 },
      unconfirmedAttendance: { asPlanned: 1, moved: 0, cancelled: 1 },
    });
  });

  it('groups by rep, stage, account and week', async (ctx) => {
    if (!t) return ctx.skip();
    const pick = async (groupBy: string) =>
      (await analyticsReport((t as TestDb).db, query(groupBy), HISTORY_NOW)).rows.map((r) => [
        r.key,
        r.agendasSent,
        r.pointsConfirmed,
        r.medianHoursToConfirm,
      ]);
    expect(await pick('rep')).toEqual([
      [DANA, 3, 2, 3.5],
      [LEE, 2, 1, 8],
    ]);
    expect(await pick('stage')).toEqual([
      ['discovery', 4, 2, 5],
      ['proposal', 1, 1, 5],
    ]);
    expect(await pick('account')).toEqual([
      ['acme.example', 3, 2, 3.5],
      ['globex.example', 2, 1, 8],
    ]);
    expect(await pick('week')).toEqual([
      ['2026-W45', 1, 1, 2],
      ['2026-W46', 1, 1, 5],
      ['2026-W47', 2, 1, 8],
      ['2026-W48', 1, 0, null],
    ]);
  });

  it('gives a rep only their own meetings', async (ctx) => {
    if (!t) return ctx.skip();
    const viewer = { repId: reps.lee, email: LEE, name: 'Lee Park', isAdmin: false, via: 'session' as const };
    const { rows, totals } = await analyticsReport(scopedDb(t.db, viewer), query('rep'), HISTORY_NOW);
    expect(rows.map((r) => r.key)).toEqual([LEE]);
    expect(totals).toMatchObject({
      meetings: 3,
      agendasSent: 2,
      pointsConfirmed: 1,
      declines: 1,
      recapsSent: 1,
    });
  });

  it('leaves out what falls outside the window', async (ctx) => {
    if (!t) return ctx.skip();
    const november3 = parseAnalyticsQuery({ from: '2026-11-03', until: '2026-11-03' }, HISTORY_NOW);
    const { totals } = await analyticsReport(t.db, november3, HISTORY_NOW);
    expect(totals).toMatchObject({ meetings: 1, agendasSent: 1, pointsConfirmed: 1, nextMeetingsBooked: 1 });
  });
});
