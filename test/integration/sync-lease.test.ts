/** Sync leases on a real database: two instances never run the same sync at once, and none is lost. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withSyncLease } from '../../src/jobs/sync-lease.js';
import { createTestDb, createTestPgDb, TEST_DATABASE_URL, type TestDb } from '../helpers/test-db.js';

const key = { connectionId: 'conn-1', kind: 'calendar sync' };

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
}

const suites: [string, () => Promise<TestDb | null>][] = [
  ['SQLite', createTestDb],
  [TEST_DATABASE_URL ? 'PostgreSQL' : 'PostgreSQL (skipped: TEST_DATABASE_URL is not set)', createTestPgDb],
];

describe.each(suites)('sync leases on %s', (_name, create) => {
  let t: TestDb | null;
  beforeEach(async () => {
    t = await create();
  });
  afterEach(async () => t?.cleanup());

  it('leaves the work to the instance running it, which then runs once more', async (ctx) => {
    if (!t) return ctx.skip();
    const db = t.db;
    const runs: string[] = [];
    const g = gate();
    const started = gate();
    let active = 0;
    const work = (who: string) => async () => {
      active++;
      expect(active).toBe(1);
      runs.push(who);
      if (runs.length === 1) {
        started.open();
        await g.opened;
      }
      active--;
    };
    const a = withSyncLease(db, key, 'instance-a', work('a'));
    await started.opened; // A holds the lease and is working
    expect(await withSyncLease(db, key, 'instance-b', work('b'))).toBe('busy');
    g.open();
    expect(await a).toBe('ran');
    expect(runs).toEqual(['a', 'a']);
    // Free again: B may run now.
    expect(await withSyncLease(db, key, 'instance-b', work('b'))).toBe('ran');
    expect(runs).toEqual(['a', 'a', 'b']);
  });

  it('frees the lease when the work fails, even with a request pending', async (ctx) => {
    if (!t) return ctx.skip();
    const db = t.db;
    const started = gate();
    const fail = gate();
    const a = withSyncLease(db, key, 'instance-a', async () => {
      started.open();
      await fail.opened;
      throw new Error('provider down');
    });
    await started.opened;
    expect(await withSyncLease(db, key, 'instance-b', async () => {})).toBe('busy');
    fail.open();
    await expect(a).rejects.toThrow('provider down');
    let ran = false;
    expect(
      await withSyncLease(db, key, 'instance-b', async () => {
        ran = true;
      }),
    ).toBe('ran');
    expect(ran).toBe(true);
  });

  it('takes over a lease whose holder died, and releases it when the work fails', async (ctx) => {
    if (!t) return ctx.skip();
    const db = t.db;
    await db.syncLease.create({ data: { ...key, owner: 'crashed', until: new Date(Date.now() - 1000) } });
    let ran = 0;
    expect(await withSyncLease(db, key, 'instance-a', async () => void ran++)).toBe('ran');
    await expect(
      withSyncLease(db, key, 'instance-a', async () => {
        throw new Error('provider down');
      }),
    ).rejects.toThrow('provider down');
    expect(await withSyncLease(db, key, 'instance-b', async () => void ran++)).toBe('ran');
    expect(ran).toBe(2);
  });
});
