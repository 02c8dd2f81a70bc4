/**
 * The sweep reads only the connections something may be due for (`mayBeDue`, a query) and
 * then decides with `duePolls`. Over every combination of poll times, channel, expected
 * mail and push watch, the query must let through each connection duePolls finds due —
 * one it dropped would never be polled — and leave out the idle ones, which is the point.
 */
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import { duePolls, mayBeDue } from '../../src/jobs/sweep.js';
import { createTestDb, createTestPgDb, TEST_DATABASE_URL, type TestDb } from '../helpers/test-db.js';

const now = new Date('2026-12-03T12:00:00Z');
const at = (ms: number | null) => (ms === null ? null : new Date(now.getTime() + ms));
const S = 1000;
const MIN = 60 * S;
const config = loadConfig({
  DATA_DIR: os.tmpdir(),
  AGENDUM_DEMO: 'false',
  PUBLIC_URL: 'https://agendum.example',
});

function* states() {
  for (const provider of ['local', 'google'] as const)
    for (const calendarPolledAt of [null, -10 * S, -3 * MIN, -2 * 60 * MIN])
      for (const inboxPolledAt of [null, -30 * S, -2 * MIN, -7 * 60 * MIN])
        for (const channelExpiresAt of [null, -MIN, 30 * MIN, 3 * 24 * 60 * MIN])
          for (const mailExpectedUntil of [null, -MIN, 24 * 60 * MIN])
            for (const mailPushUntil of [null, -MIN, 24 * 60 * MIN])
              yield {
                provider,
                calendarPolledAt: at(calendarPolledAt),
                inboxPolledAt: at(inboxPolledAt),
                channelExpiresAt: at(channelExpiresAt),
                mailExpectedUntil: at(mailExpectedUntil),
                mailPushUntil: at(mailPushUntil),
              };
}

async function seed(db: Db): Promise<number> {
  const all = [...states()];
  await db.rep.createMany({
    data: all.map((_, i) => ({
      id: `rep${i}`,
      email: `rep${i}@northwind.example`,
      name: `Rep ${i}`,
      timeZone: 'UTC',
      orgDomains: ['northwind.example'],
      businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
      ignoreRules: [],
    })),
  });
  await db.connection.createMany({
    data: all.map((state, i) => ({ id: `c${i}`, repId: `rep${i}`, status: 'active' as const, ...state })),
  });
  return all.length;
}

async function check(db: Db) {
  const total = await seed(db);
  const rows = await db.connection.findMany({
    select: {
      id: true,
      provider: true,
      calendarPolledAt: true,
      inboxPolledAt: true,
      channelExpiresAt: true,
      mailExpectedUntil: true,
      mailPushUntil: true,
    },
  });
  const due = rows.filter((c) => Object.values(duePolls(c, now.getTime(), config)).some(Boolean));
  const read = await db.connection.findMany({ where: mayBeDue(now, config), select: { id: true } });
  const readIds = new Set(read.map((r) => r.id));
  expect(due.filter((c) => !readIds.has(c.id)).map((c) => c.id)).toEqual([]);
  // The idle majority is left out: only what is due (or nearly so) is read.
  expect(read.length).toBe(due.length);
  expect(due.length).toBeLessThan(total);
}

let testDb: TestDb | null = null;
afterEach(async () => {
  await testDb?.cleanup();
  testDb = null;
});

describe('the sweep query', () => {
  it('reads every connection that is due, and no idle one (SQLite)', async () => {
    testDb = await createTestDb();
    await check(testDb.db);
  });

  it.skipIf(!TEST_DATABASE_URL)(
    'does the same on PostgreSQL (skipped: TEST_DATABASE_URL is not set)',
    async () => {
      testDb = await createTestPgDb();
      await check((testDb as TestDb).db);
    },
  );
});
