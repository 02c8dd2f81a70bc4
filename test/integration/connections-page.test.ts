/**
 * `/connections` served by the real app on a local rep: the calendar's warnings with file,
 * line and event, a rep seeing only their own connections (an admin every rep's), and the
 * "Sync now" form: it needs the page's CSRF token, refuses another rep's connection (404)
 * and one that needs a reconnect (409, saying how), and queues a sync that then runs.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createRunner, jobHandlers } from '../../src/jobs/job-handlers.js';
import { localCalendarDir } from '../../src/providers/local-paths.js';
import { syncCalendar } from '../../src/workflows/calendar/sync-calendar.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { signIn } from '../helpers/signin.js';

const DAMAGED = fileURLToPath(new URL('../fixtures/ics/quirks/damaged-event.ics', import.meta.url));
const SAM = 'sam@northwind.example';

let h: Harness | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  await h?.cleanup();
  server = undefined;
  h = undefined;
});

async function setUp() {
  const hx = await createHarness({ now: '2026-12-07T15:00:00Z' });
  h = hx;
  await copyFile(DAMAGED, path.join(localCalendarDir(hx.dataDir, REP.email), 'damaged-event.ics'));
  await syncCalendar(hx.ctx, hx.connectionId);
  // Dana is an admin; Sam is a rep whose connection needs a reconnect.
  await hx.ctx.db.rep.update({ where: { id: hx.repId }, data: { isAdmin: true } });
  const sam = await hx.ctx.db.rep.create({
    data: {
      email: SAM,
      name: 'Sam',
      timeZone: 'UTC',
      orgDomains: ['northwind.example'],
      businessHours: hx.ctx.config.repDefaults.businessHours,
      ignoreRules: [],
    },
  });
  const samConn = await hx.ctx.db.connection.create({
    data: {
      repId: sam.id,
      provider: 'google',
      status: 'needs_reauth',
      lastError: 'Google refused the token',
    },
  });
  const served = await serveApp(hx.ctx);
  server = served;
  return { samConn, hx, base: served.url };
}

const page = async (base: string, cookie: string) =>
  (await fetch(`${base}/connections`, { headers: { cookie } })).text();

const postSync = (base: string, id: string, cookie: string, csrf?: string) =>
  fetch(`${base}/connections/${id}/sync`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(csrf ? { _csrf: csrf } : {}),
    redirect: 'manual',
  });

describe('the connections page', { timeout: 120_000 }, () => {
  it('shows the local calendar warnings, and every rep to an admin but only their own to a rep', async () => {
    const { samConn, hx, base } = await setUp();
    const dana = await signIn(hx.ctx, base, REP.email);
    const html = await page(base, dana.cookie);
    expect(html).toContain('Calendar warnings (1)');
    expect(html).toMatch(/<code>damaged-event\.ics<\/code>: line 8: .*event &#34;Damaged by a bad edit&#34;/);
    expect(html).toContain(`data-connection="${samConn.id}"`);
    expect(html).toContain(`Ask ${SAM} to sign in and reconnect`);
    expect(html).not.toContain('<script>'); // no first sync running: no script
    expect(html).not.toMatch(/calendarCursor|encryptedTokens/);

    const sam = await signIn(hx.ctx, base, SAM);
    const own = await page(base, sam.cookie);
    expect(own).toContain(`data-connection="${samConn.id}"`);
    expect(own).not.toContain(`data-connection="${hx.connectionId}"`);
    expect(own).toContain(`href="/oauth/google/start?email=${encodeURIComponent(SAM)}"`);
    expect(own).not.toContain('damaged-event.ics');
  });

  it('Sync now needs the CSRF token, refuses another rep and a broken connection, and queues a sync', async () => {
    const { samConn, hx, base } = await setUp();
    const sam = await signIn(hx.ctx, base, SAM);
    expect((await postSync(base, hx.connectionId, sam.cookie, sam.csrf)).status).toBe(404);
    const broken = await postSync(base, samConn.id, sam.cookie, sam.csrf);
    expect(broken.status).toBe(409);
    expect(await broken.text()).toContain('needs to be reconnected before it can sync');

    const dana = await signIn(hx.ctx, base, REP.email);
    expect((await postSync(base, hx.connectionId, dana.cookie)).status).toBe(403);
    const before = await hx.ctx.db.connection.findUniqueOrThrow({ where: { id: hx.connectionId } });
    hx.clock.advance(60_000);
    const queued = await postSync(base, hx.connectionId, dana.cookie, dana.csrf);
    expect(queued.status).toBe(303);
    const location = queued.headers.get('location') ?? '';
    expect(location).toBe(`/connections?synced=${hx.connectionId}`);
    const notice = await (await fetch(base + location, { headers: { cookie: dana.cookie } })).text();
    expect(notice).toContain(`A calendar sync of ${REP.email}&#39;s Local calendar folder is queued`);
    // The harness runs no worker: start the queue's handlers, as the worker role does.
    await hx.ctx.jobs.start(jobHandlers(hx.ctx, createRunner(hx.ctx)));
    await hx.ctx.jobs.idle();
    await hx.ctx.jobs.stop();
    const after = await hx.ctx.db.connection.findUniqueOrThrow({ where: { id: hx.connectionId } });
    expect(after.lastSyncedAt?.getTime()).toBeGreaterThan(before.lastSyncedAt?.getTime() ?? 0);
  });
});
