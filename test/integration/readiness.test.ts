/**
 * /healthz (liveness, no database) and /readyz (a real write probe plus calendar sync ages)
 * on real SQLite, served on loopback. The database is made unwritable the way SQLite itself
 * refuses writes (`PRAGMA query_only`), since file permissions do not stop a root CI user.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { healthRoutes, WARN_EVERY_MS } from '../../src/http/health-routes.js';
import type { Logger } from '../../src/log.js';
import { PROBE_ROW } from '../../src/workflows/connections/check-readiness.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveRouter, type TestServer } from '../helpers/http.js';

let h: Harness;
let server: TestServer;
let warnings: { msg: string; fields?: Record<string, unknown> }[];

beforeEach(async () => {
  h = await createHarness({ now: '2026-03-02T12:00:00Z' });
  warnings = [];
  const log: Logger = { ...h.ctx.log, warn: (msg, fields) => warnings.push({ msg, fields }) };
  server = await serveRouter(healthRoutes({ ...h.ctx, log }));
});

afterEach(async () => {
  await server.close();
  await h.cleanup();
});

async function get(path: string) {
  const res = await fetch(`${server.url}${path}`);
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

describe('/readyz', () => {
  it('answers 200 on a healthy install, and leaves no probe row behind', async () => {
    await h.tick();
    const res = await get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: 'writable',
      connections: { checked: 1, stale: [] },
      problems: [],
    });
    expect(await h.ctx.db.writeProbe.count({ where: PROBE_ROW })).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('answers 503 when the database cannot be written, while /healthz stays ok', async () => {
    await h.tick();
    await h.ctx.db.$executeRawUnsafe('PRAGMA query_only = ON');
    const res = await get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'unavailable', database: 'not writable' });
    expect(res.body.problems).toEqual(['the database is not writable']);
    // The driver's text is for the log only.
    expect(res.text).not.toContain('SQLITE');
    expect(String(warnings[0]?.fields?.errors)).toContain('readonly database');
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('names a connection whose last sync is stale, never the rep', async () => {
    await h.tick();
    // Local calendars poll every 5 s: stale after 3 × 5 s + 5 min = 315 s.
    h.clock.advance(6 * 60_000);
    const res = await get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.database).toBe('writable');
    expect(res.body.connections.stale).toEqual([
      {
        id: h.connectionId,
        provider: 'local',
        lastSyncedAt: '2026-03-02T12:00:00.000Z',
        ageSeconds: 360,
        maxAgeSeconds: 315,
      },
    ]);
    expect(res.body.problems).toEqual([
      `connection ${h.connectionId} (local): calendar last synced 360 s ago; expected within 315 s`,
    ]);
    expect(res.text).not.toContain(REP.email);
    expect(res.text).not.toContain('@');
  });

  it('counts a connection that never synced from its creation, and skips inactive ones', async () => {
    // createdAt comes from the database's own clock; put it on the test's clock.
    await h.ctx.db.connection.update({ where: { id: h.connectionId }, data: { createdAt: h.clock.now } });
    h.clock.advance(10 * 60_000);
    const never = await get('/readyz');
    expect(never.status).toBe(503);
    expect(never.body.connections.stale[0]).toMatchObject({ id: h.connectionId, lastSyncedAt: null });
    expect(never.body.problems[0]).toContain('never synced');

    await h.ctx.db.connection.update({ where: { id: h.connectionId }, data: { status: 'needs_reauth' } });
    const inactive = await get('/readyz');
    expect(inactive.status).toBe(200);
    expect(inactive.body.connections).toEqual({ checked: 0, stale: [] });
  });

  it('logs a lasting failure at most once a minute', async () => {
    await h.tick();
    h.clock.advance(6 * 60_000);
    await get('/readyz');
    await get('/readyz');
    h.clock.advance(WARN_EVERY_MS - 1000);
    await get('/readyz');
    expect(warnings).toHaveLength(1);
    h.clock.advance(1000);
    await get('/readyz');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatchObject({ msg: 'readiness check failed' });
    expect(JSON.stringify(warnings)).not.toContain(REP.email);
  });
});

describe('/healthz', () => {
  it('answers without touching the database', async () => {
    const noDb = new Proxy({} as Db, {
      get: () => {
        throw new Error('liveness must not use the database');
      },
    });
    const alone = await serveRouter(healthRoutes({ ...h.ctx, db: noDb }));
    try {
      const res = await fetch(`${alone.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    } finally {
      await alone.close();
    }
  });
});
