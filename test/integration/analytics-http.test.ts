/**
 * Analytics over HTTP: `GET /api/analytics` in the issue's shape, the CSV a spreadsheet
 * opens, the page without JavaScript, errors that say what to write, and sign-in required.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DANA, HISTORY_NOW, LEE, seedAnalyticsHistory } from '../helpers/analytics-history.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { signIn, type TestSession } from '../helpers/signin.js';

const WINDOW = 'from=2026-11-02&to=2026-12-01';

let h: Harness;
let server: TestServer;
let reps: { dana: string; lee: string };

beforeEach(async () => {
  h = await createHarness({ now: HISTORY_NOW.toISOString() });
  reps = await seedAnalyticsHistory(h.ctx.db);
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

const get = (path: string, session: TestSession) =>
  fetch(`${server.url}${path}`, { headers: { cookie: session.cookie } });

describe('GET /api/analytics', () => {
  it('needs a signed-in viewer', async () => {
    const res = await fetch(`${server.url}/api/analytics?${WINDOW}`);
    expect(res.status).toBe(401);
  });

  it('answers rows and totals with the issue’s fields, for the admin’s whole team', async () => {
    await h.ctx.db.rep.update({ where: { id: reps.dana }, data: { isAdmin: true } });
    const res = await get(`/api/analytics?${WINDOW}&groupBy=rep`, await signIn(h.ctx, server.url, DANA));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.rows.map((r: { key: string }) => r.key)).toEqual([DANA, LEE]);
    for (const field of [
      'key',
      'agendasSent',
      'pointsConfirmed',
      'changeRequests',
      'reschedules',
      'declines',
      'unanswered',
      'recapsSent',
      'nextStepsConfirmed',
      'nextMeetingsBooked',
      'medianHoursToConfirm',
    ]) {
      expect(body.totals).toHaveProperty(field);
    }
    expect(body.totals).toMatchObject({ agendasSent: 5, pointsConfirmed: 3, medianHoursToConfirm: 5 });
  });

  it('counts only a rep’s own meetings', async () => {
    const res = await get(`/api/analytics?${WINDOW}&groupBy=rep`, await signIn(h.ctx, server.url, DANA));
    const body = await res.json();
    expect(body.rows.map((r: { key: string }) => r.key)).toEqual([DANA]);
    expect(body.totals).toMatchObject({ agendasSent: 3, pointsConfirmed: 2, declines: 0 });
  });

  it('refuses a bad filter with what to write instead', async () => {
    const session = await signIn(h.ctx, server.url, DANA);
    const bad = await get(`/api/analytics?groupBy=region`, session);
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/groupBy must be one of rep, stage, account, week/);
    const date = await get(`/api/analytics?from=last-monday`, session);
    expect((await date.json()).message).toMatch(/from must be a date like 2026-09-01/);
    const backwards = await get(`/api/analytics?from=2026-12-01&to=2026-11-01`, session);
    expect((await backwards.json()).message).toMatch(/`from` must be before `to`/);
  });
});

describe('the analytics page and its CSV', () => {
  it('downloads the same numbers as CSV, a row per group and the total', async () => {
    const res = await get(`/analytics.csv?${WINDOW}&groupBy=week`, await signIn(h.ctx, server.url, DANA));
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="?agendum-analytics-week-2026-11-02\.csv/,
    );
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(
      /^week,meetings,agendas_sent,points_confirmed,confirmed_share,median_hours_to_confirm,/,
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      '2026-W45,1,1,1',
      '2026-W46,1,1,1',
      '2026-W47,1,1,0',
      'total,3,3,2',
    ]);
  });

  it('shows the filter, the bars and the table without JavaScript', async () => {
    const res = await get(
      `/analytics?from=2026-11-02&until=2026-11-30&groupBy=stage`,
      await signIn(h.ctx, server.url, DANA),
    );
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<form class="card filters" method="get" action="/analytics">');
    expect(page).toContain('value="2026-11-30"');
    // Dana's discovery calls: A1 confirmed, A3 never answered.
    expect(page).toMatch(/data-key="discovery".*1 of 2 \(50%\)/s);
    expect(page).toMatch(/data-key="proposal".*1 of 1 \(100%\)/s);
    expect(page).toMatch(
      /href="\/analytics\.csv\?from=2026-11-02&(amp|#38);until=2026-11-30&(amp|#38);groupBy=stage"/,
    );
  });

  it('explains a bad filter on the page', async () => {
    const res = await get(`/analytics?until=soon`, await signIn(h.ctx, server.url, DANA));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('until must be a date like 2026-09-01');
  });
});
