/**
 * Marking a connection `needs_reauth` on a real database: only while the refused token set
 * is still the stored one. A refusal that was in flight while `agendum connect` (another
 * process) stored new tokens and resumed the paused steps must not undo that reconnect,
 * nor leave its step paused with nothing left to resume it.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { Db } from '../../src/db/client.js';
import { AppError } from '../../src/errors.js';
import { createEmbeddedQueue } from '../../src/jobs/embedded-queue.js';
import { STEP_KINDS, type StepResult } from '../../src/jobs/step-kinds.js';
import { createStepRunner, type StepHandlers } from '../../src/jobs/step-runner.js';
import { realTimers } from '../../src/jobs/timers.js';
import { silentLogger } from '../../src/log.js';
import type { StoredTokens } from '../../src/providers/oauth-types.js';
import { fingerprintTokens, NO_TOKENS_FINGERPRINT, sealTokens } from '../../src/providers/token-store.js';
import { markNeedsReauth, resumeConnection } from '../../src/workflows/connections/connection-health.js';
import { mailFor } from '../../src/workflows/outbound/mail-for.js';
import { createTestDb, createTestPgDb, TEST_DATABASE_URL, type TestDb } from '../helpers/test-db.js';

const secretKey = randomBytes(32);
const OLD: StoredTokens = {
  kind: 'msal',
  cache: '{"RefreshToken":{"a":{"secret":"rt-old"}}}',
  homeAccountId: 'u.t',
};
const NEW: StoredTokens = {
  kind: 'msal',
  cache: '{"RefreshToken":{"b":{"secret":"rt-new"}}}',
  homeAccountId: 'u.t',
};

/** The refusal a provider raises after refreshing from `judged` (undefined: judged on nothing). */
const refusal = (connectionId: string, judged?: string) =>
  new AppError('needs_reauth', 'Microsoft refused the refresh token: reconnect', {
    details: { connectionId, ...(judged ? { tokensFingerprint: judged } : {}) },
  });

async function seed(db: Db, tokens: StoredTokens | null) {
  const rep = await db.rep.create({
    data: {
      email: 'dana@northwind.example',
      name: 'Dana Whitfield',
      timeZone: 'UTC',
      orgDomains: ['northwind.example'],
      businessHours: { start: '00:00', end: '23:59', days: [1, 2, 3, 4, 5, 6, 7] },
      ignoreRules: [],
    },
  });
  return db.connection.create({
    data: {
      repId: rep.id,
      provider: 'microsoft',
      encryptedTokens: tokens ? sealTokens(secretKey, tokens) : null,
    },
  });
}

/** What `agendum connect` does to the row: new tokens, then active with its steps resumed. */
async function reconnect(db: Db, connectionId: string, tokens: StoredTokens) {
  await db.connection.update({
    where: { id: connectionId },
    data: { encryptedTokens: sealTokens(secretKey, tokens) },
  });
  return resumeConnection({ db, jobs: idleQueue() }, connectionId, new Date());
}

/** A queue nobody runs: what is enqueued waits, and the test runs due steps itself (runDue). */
function idleQueue() {
  return createEmbeddedQueue({
    timers: realTimers,
    clock: () => new Date(),
    log: silentLogger,
    concurrency: 1,
  });
}

const suites: [string, () => Promise<TestDb | null>][] = [
  ['SQLite', createTestDb],
  [TEST_DATABASE_URL ? 'PostgreSQL' : 'PostgreSQL (skipped: TEST_DATABASE_URL is not set)', createTestPgDb],
];

describe.each(suites)('needs_reauth on %s', (_name, create) => {
  let t: TestDb | null;
  beforeEach(async () => {
    t = await create();
  });
  afterEach(async () => t?.cleanup());
  const status = async (id: string) =>
    (await (t as TestDb).db.connection.findUniqueOrThrow({ where: { id } })).status;

  it('marks the connection while the refused tokens are the stored ones', async (ctx) => {
    if (!t) return ctx.skip();
    const conn = await seed(t.db, OLD);
    expect(await markNeedsReauth(t.db, secretKey, conn.id, refusal(conn.id, fingerprintTokens(OLD)))).toBe(
      'marked',
    );
    expect(await status(conn.id)).toBe('needs_reauth');
  });

  it('leaves it active when a reconnect stored other tokens after the refusal was judged', async (ctx) => {
    if (!t) return ctx.skip();
    const conn = await seed(t.db, OLD);
    await reconnect(t.db, conn.id, NEW);
    expect(await markNeedsReauth(t.db, secretKey, conn.id, refusal(conn.id, fingerprintTokens(OLD)))).toBe(
      'stale',
    );
    const row = await t.db.connection.findUniqueOrThrow({ where: { id: conn.id } });
    expect(row.status).toBe('active');
    expect(row.lastError).toBeNull();
  });

  it('compares token sets, not key order or ciphertext', async (ctx) => {
    if (!t) return ctx.skip();
    const conn = await seed(t.db, OLD);
    const reordered = { homeAccountId: OLD.homeAccountId, cache: OLD.cache, kind: OLD.kind };
    expect(
      await markNeedsReauth(t.db, secretKey, conn.id, refusal(conn.id, fingerprintTokens(reordered))),
    ).toBe('marked');
  });

  it('"no tokens stored" holds only while none are: a connect wins over it', async (ctx) => {
    if (!t) return ctx.skip();
    const conn = await seed(t.db, null);
    expect(await markNeedsReauth(t.db, secretKey, conn.id, refusal(conn.id, NO_TOKENS_FINGERPRINT))).toBe(
      'marked',
    );
    await reconnect(t.db, conn.id, NEW);
    expect(await markNeedsReauth(t.db, secretKey, conn.id, refusal(conn.id, NO_TOKENS_FINGERPRINT))).toBe(
      'stale',
    );
    expect(await status(conn.id)).toBe('active');
  });

  it('marks without a judged token set, or when the stored one cannot be decrypted', async (ctx) => {
    if (!t) return ctx.skip();
    const conn = await seed(t.db, OLD);
    expect(await markNeedsReauth(t.db, secretKey, conn.id, refusal(conn.id))).toBe('marked');
    await t.db.connection.update({
      where: { id: conn.id },
      data: { status: 'active', encryptedTokens: sealTokens(randomBytes(32), NEW) },
    });
    expect(await markNeedsReauth(t.db, secretKey, conn.id, refusal(conn.id, fingerprintTokens(OLD)))).toBe(
      'marked',
    );
    expect(await markNeedsReauth(t.db, secretKey, 'no-such-connection', refusal('x'))).toBe('unknown');
  });

  it('a step refused because the connection was already marked does not undo a reconnect that lands meanwhile', async (ctx) => {
    if (!t) return ctx.skip();
    const conn = await seed(t.db, OLD);
    await t.db.connection.update({ where: { id: conn.id }, data: { status: 'needs_reauth' } });
    // mailFor refuses on the stored status alone (no provider call): the verdict is on OLD.
    const appCtx = { db: t.db, secretKey } as unknown as AppContext;
    const refused = await mailFor(appCtx, conn.repId).then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(AppError);
    await reconnect(t.db, conn.id, NEW);
    expect(await markNeedsReauth(t.db, secretKey, conn.id, refused as AppError)).toBe('stale');
    expect(await status(conn.id)).toBe('active');
  });

  describe('the step runner', () => {
    /** A runner whose send handler is `send`; every other kind must not run. */
    const runnerWith = (db: Db, send: () => Promise<StepResult>) => {
      const handlers = Object.fromEntries(
        STEP_KINDS.map((k) => [k, () => Promise.reject(new Error(`unexpected ${k}`))]),
      ) as unknown as StepHandlers;
      handlers.send_message = send;
      return createStepRunner({
        db,
        secretKey,
        handlers,
        clock: () => new Date(),
        log: silentLogger,
        owner: 'test-instance',
        // runDue() finds the steps itself: no queue is running here.
        enqueue: async () => {},
      });
    };
    const addSend = (db: Db) =>
      db.step.create({
        data: { kind: 'send_message', runKey: 'send:m1', payload: { messageId: 'm1' }, dueAt: new Date() },
      });

    it('pauses the step on a current refusal; the reconnect resumes it', async (ctx) => {
      if (!t) return ctx.skip();
      const db = t.db;
      const conn = await seed(db, OLD);
      const step = await addSend(db);
      const runner = runnerWith(db, () => Promise.reject(refusal(conn.id, fingerprintTokens(OLD))));
      expect(await runner.runDue()).toBe(1);
      expect((await db.step.findUniqueOrThrow({ where: { id: step.id } })).status).toBe('paused');
      expect(await status(conn.id)).toBe('needs_reauth');
      expect(await reconnect(db, conn.id, NEW)).toBe(1);
      expect(await status(conn.id)).toBe('active');
    });

    it('puts the step back, due now, when a reconnect landed between the refusal and the pause', async (ctx) => {
      if (!t) return ctx.skip();
      const db = t.db;
      const conn = await seed(db, OLD);
      const step = await addSend(db);
      let sends = 0;
      const runner = runnerWith(db, async () => {
        sends++;
        if (sends > 1) return { outcome: 'done', detail: 'sent on the new tokens' };
        // The provider judged OLD; the CLI stores NEW and resumes (nothing is paused yet)
        // before the runner sees the refusal.
        expect(await reconnect(db, conn.id, NEW)).toBe(0);
        throw refusal(conn.id, fingerprintTokens(OLD));
      });
      await runner.runDue();
      const after = await db.step.findUniqueOrThrow({ where: { id: step.id } });
      expect(after).toMatchObject({ status: 'pending', pausedFor: null });
      expect(after.dueAt.getTime()).toBeLessThanOrEqual(Date.now());
      expect(await status(conn.id)).toBe('active');

      await runner.runDue();
      expect((await db.step.findUniqueOrThrow({ where: { id: step.id } })).status).toBe('done');
      expect(sends).toBe(2);
    });
  });
});
