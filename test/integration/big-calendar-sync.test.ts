/**
 * A first sync of a 5,000-event calendar (one exported .ics file) must not stall the server
 * in the same process: /healthz is probed on loopback all through the sync, and answers must
 * arrive throughout it, not only before and after. No latency thresholds here (CI is a
 * loaded 2-core machine); `npm run bench` prints the latency figure.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { healthRoutes } from '../../src/http/health-routes.js';
import { localCalendarDir } from '../../src/providers/local-paths.js';
import { syncCalendar } from '../../src/workflows/calendar/sync-calendar.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveRouter, type TestServer } from '../helpers/http.js';
import { icsCalendarFor, manyTestEvents } from '../helpers/ics.js';

// Big enough that the sync spans many probes; `npm run bench` measures the 5,000-event case.
const EVENTS = 2_000;
const PROBE_EVERY_MS = 50;

let h: Harness | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  await h?.cleanup();
});

/** Probes `url` every PROBE_EVERY_MS until `stop()`; each answer is recorded with its arrival time. */
function probe(url: string) {
  const answers: { at: number; ok: boolean }[] = [];
  const failures: string[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      try {
        const res = await fetch(url);
        const body = (await res.json()) as { status?: string };
        answers.push({ at: performance.now(), ok: res.status === 200 && body.status === 'ok' });
      } catch (err) {
        failures.push(String(err));
      }
      await sleep(PROBE_EVERY_MS);
    }
  })();
  return {
    answers,
    failures,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe(`a first sync of ${EVENTS} events`, () => {
  it('keeps /healthz answering throughout and mirrors every event once', { timeout: 600_000 }, async () => {
    h = await createHarness({ now: '2026-03-02T12:00:00Z' });
    const file = path.join(localCalendarDir(h.dataDir, REP.email), 'export.ics');
    await writeFile(file, icsCalendarFor(manyTestEvents(EVENTS, h.clock.now, REP.email)));
    server = await serveRouter(healthRoutes(h.ctx));
    const probes = probe(`${server.url}/healthz`);
    await sleep(PROBE_EVERY_MS * 2);

    const started = performance.now();
    const summary = await syncCalendar(h.ctx, h.connectionId);
    const ended = performance.now();
    await probes.stop();

    expect(summary).toMatchObject({ created: EVENTS, updated: 0, errors: 0, fullResync: true });
    expect(await h.ctx.db.meeting.count({ where: { connectionId: h.connectionId } })).toBe(EVENTS);
    expect(probes.failures).toEqual([]);
    expect(probes.answers.every((a) => a.ok)).toBe(true);
    // A loop blocked for any quarter of the sync leaves that quarter without answers.
    const quarter = (ended - started) / 4;
    const perQuarter = [0, 1, 2, 3].map(
      (q) =>
        probes.answers.filter((a) => a.at > started + q * quarter && a.at <= started + (q + 1) * quarter)
          .length,
    );
    expect(
      perQuarter.every((n) => n >= 3),
      `answers per quarter of the sync: ${perQuarter}`,
    ).toBe(true);

    // Idempotent and planned exactly once: a full relisting (cursor lost) finds every event
    // unchanged and adds no step.
    const steps = await h.ctx.db.step.count();
    await h.ctx.db.connection.update({ where: { id: h.connectionId }, data: { calendarCursor: null } });
    const again = await syncCalendar(h.ctx, h.connectionId);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: EVENTS, removed: 0, errors: 0 });
    expect(await h.ctx.db.step.count()).toBe(steps);
    const conn = await h.ctx.db.connection.findUniqueOrThrow({ where: { id: h.connectionId } });
    expect(conn.calendarCursor).not.toBeNull();
    expect(conn.lastError).toBeNull();
  });
});
