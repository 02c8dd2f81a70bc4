/**
 * A first sync of a local calendar records its progress on the connection, batch by batch,
 * and `GET /api/connections/:id/progress` reports it — while the sync runs (held here at
 * the provider's listing) and after — to the connection's rep only.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncProgress } from '../../src/domain/sync-progress.js';
import { localCalendarDir } from '../../src/providers/local-paths.js';
import { syncCalendar } from '../../src/workflows/calendar/sync-calendar.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { icsCalendarFor, manyTestEvents } from '../helpers/ics.js';
import { signIn } from '../helpers/signin.js';
import { createTempPgDatabase, TEST_DATABASE_URL } from '../helpers/test-db.js';

const EVENTS = 250; // three batches of at most 100

let h: Harness | undefined;
let server: TestServer | undefined;
let dropPg: (() => Promise<void>) | undefined;
afterEach(async () => {
  await server?.close();
  await h?.cleanup();
  await dropPg?.();
  server = undefined;
  h = undefined;
  dropPg = undefined;
});

/** Holds the next calendar listing of the harness's connection until `release()`. */
function holdListing(harness: Harness) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let onHeld = () => {};
  const reached = new Promise<void>((resolve) => {
    onHeld = resolve;
  });
  const original = harness.ctx.providers.forConnection.bind(harness.ctx.providers);
  harness.ctx.providers = {
    ...harness.ctx.providers,
    forConnection(conn) {
      const p = original(conn);
      return {
        ...p,
        calendar: {
          ...p.calendar,
          listChanges: async (...args: Parameters<typeof p.calendar.listChanges>) => {
            onHeld();
            await held;
            return p.calendar.listChanges(...args);
          },
        },
      };
    },
  };
  return { reached, release };
}

async function progressOf(base: string, cookie: string, id: string) {
  const res = await fetch(`${base}/api/connections/${id}/progress`, { headers: { cookie } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('first sync progress', () => {
  it('is recorded per batch, reported while it runs and after, and only to its rep', {
    timeout: 180_000,
  }, async () => {
    h = await createHarness({ now: '2026-03-02T12:00:00Z' });
    const file = path.join(localCalendarDir(h.dataDir, REP.email), 'export.ics');
    await writeFile(file, icsCalendarFor(manyTestEvents(EVENTS, h.clock.now, REP.email)));
    server = await serveApp(h.ctx);
    const { cookie } = await signIn(h.ctx, server.url, REP.email);
    const other = await h.ctx.db.rep.create({
      data: {
        email: 'sam@northwind.example',
        name: 'Sam',
        timeZone: 'UTC',
        orgDomains: ['northwind.example'],
        businessHours: h.ctx.config.repDefaults.businessHours,
        ignoreRules: [],
      },
    });
    const othersConnection = await h.ctx.db.connection.create({
      data: { repId: other.id, provider: 'local' },
    });

    const { reached, release } = holdListing(h);
    const told: SyncProgress[] = [];
    const sync = syncCalendar(h.ctx, h.connectionId, { onProgress: (p) => told.push(p) });
    await reached;
    const listing = await progressOf(server.url, cookie, h.connectionId);
    expect(listing.status).toBe(200);
    expect(listing.body).toMatchObject({
      status: 'active',
      line: 'listing events…',
      firstSync: { running: true, eventsListed: null, eventsRead: 0, startedAt: '2026-03-02T12:00:00.000Z' },
    });
    release();
    const summary = await sync;
    expect(summary.errors).toBe(0);

    const prospects = await h.ctx.db.meeting.count({
      where: { connectionId: h.connectionId, isProspect: true },
    });
    expect(prospects).toBeGreaterThan(0);
    // Told at the start, after the listing, after each batch and at the end.
    expect(told.map((p) => p.eventsRead)).toEqual([0, 0, 100, 200, 250, 250]);
    expect(told.at(-1)).toEqual({
      eventsListed: EVENTS,
      eventsRead: EVENTS,
      meetingsFound: prospects,
      finished: true,
    });
    const conn = await h.ctx.db.connection.findUniqueOrThrow({ where: { id: h.connectionId } });
    expect(conn).toMatchObject({
      firstSyncEventsListed: EVENTS,
      firstSyncEventsRead: EVENTS,
      firstSyncMeetingsFound: prospects,
      firstSyncFinishedAt: h.clock.now,
      calendarCursorAt: h.clock.now,
    });

    const done = await progressOf(server.url, cookie, h.connectionId);
    expect(done.body).toMatchObject({
      line: `${EVENTS} of ${EVENTS} events read, ${prospects} prospect meetings found`,
      share: 1,
      firstSync: { running: false, finished: true, eventsRead: EVENTS, meetingsFound: prospects },
    });
    expect(JSON.stringify(done.body)).not.toMatch(/cursor|token/i);

    // Another rep's connection does not exist for this rep.
    const foreign = await progressOf(server.url, cookie, othersConnection.id);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ error: 'not_found' });

    // A later sync (cursor stored) is not a first sync: the record stays as it was.
    h.clock.advance(60_000);
    await syncCalendar(h.ctx, h.connectionId);
    const after = await h.ctx.db.connection.findUniqueOrThrow({ where: { id: h.connectionId } });
    expect(after.firstSyncStartedAt).toEqual(conn.firstSyncStartedAt);
    expect(after.calendarCursorAt).toEqual(h.clock.now);
  });

  it('a first sync whose listing fails is recorded as finished, not left running', async () => {
    h = await createHarness({ now: '2026-03-02T12:00:00Z' });
    const original = h.ctx.providers.forConnection.bind(h.ctx.providers);
    h.ctx.providers = {
      ...h.ctx.providers,
      forConnection(conn) {
        const p = original(conn);
        const refuse = async (): Promise<never> => {
          throw new Error('calendar unreadable');
        };
        return { ...p, calendar: { ...p.calendar, listChanges: refuse } };
      },
    };
    await expect(syncCalendar(h.ctx, h.connectionId)).rejects.toThrow('calendar unreadable');
    const conn = await h.ctx.db.connection.findUniqueOrThrow({ where: { id: h.connectionId } });
    expect(conn.firstSyncStartedAt).toEqual(h.clock.now);
    expect(conn.firstSyncFinishedAt).toEqual(h.clock.now);
    expect(conn.calendarCursorAt).toBeNull();
  });
});

describe.skipIf(!TEST_DATABASE_URL)(
  'first sync progress on PostgreSQL (skipped without TEST_DATABASE_URL)',
  () => {
    it('records the same counts and times as on SQLite', { timeout: 180_000 }, async () => {
      const temp = await createTempPgDatabase(TEST_DATABASE_URL as string);
      dropPg = temp.drop;
      h = await createHarness({ now: '2026-03-02T12:00:00Z', databaseUrl: temp.url });
      const file = path.join(localCalendarDir(h.dataDir, REP.email), 'export.ics');
      await writeFile(file, icsCalendarFor(manyTestEvents(EVENTS, h.clock.now, REP.email)));
      expect((await syncCalendar(h.ctx, h.connectionId)).errors).toBe(0);
      const prospects = await h.ctx.db.meeting.count({ where: { isProspect: true } });
      const conn = await h.ctx.db.connection.findUniqueOrThrow({ where: { id: h.connectionId } });
      expect(conn).toMatchObject({
        firstSyncStartedAt: h.clock.now,
        firstSyncEventsListed: EVENTS,
        firstSyncEventsRead: EVENTS,
        firstSyncMeetingsFound: prospects,
        firstSyncFinishedAt: h.clock.now,
        calendarCursorAt: h.clock.now,
      });
    });
  },
);
