/**
 * Sign-in and isolation in a real headless Chromium: a rep signs in with a one-time link,
 * sees only their own meetings, reviews and approves a draft from the dashboard (a session
 * POST with its CSRF token, no /a/ or /c/ token anywhere on the page), and signs out.
 * Another rep's meeting and draft answer 404 on pages and API alike.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { localCalendarDir } from '../../src/providers/local-paths.js';
import { syncCalendar } from '../../src/workflows/calendar/sync-calendar.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { icsFor } from '../helpers/ics.js';
import { meetingAwaitingApproval } from '../helpers/scenario.js';
import { signIn, signInBrowser, signinPath } from '../helpers/signin.js';

const SAM = 'sam@northwind.example';
let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let samMeetingId: string;
let samDraftId: string;

/** A second rep on the local provider with one prospect meeting and its agenda draft. */
async function addSecondRep(): Promise<void> {
  const rep = await h.ctx.db.rep.create({
    data: {
      email: SAM,
      name: 'Sam Rivera',
      timeZone: 'America/New_York',
      orgDomains: ['northwind.example'],
      businessHours: h.ctx.config.repDefaults.businessHours,
      ignoreRules: [],
      // Drafted at once, so the test has a draft of Sam's to try to reach.
      agendaLeadMinutes: 3 * 24 * 60,
    },
  });
  const conn = await h.ctx.db.connection.create({ data: { repId: rep.id, provider: 'local' } });
  const dir = localCalendarDir(h.dataDir, SAM);
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'bigdeal.ics'),
    icsFor({
      uid: 'bigdeal@test',
      title: 'BigDeal confidential pricing (NDA)',
      start: new Date('2026-12-09T18:00:00Z'),
      end: new Date('2026-12-09T19:00:00Z'),
      organizer: SAM,
      attendees: [{ email: SAM }, { email: 'cfo@bigdeal.example' }],
    }),
  );
  await syncCalendar(h.ctx, conn.id);
  await h.tick();
  const meeting = await h.ctx.db.meeting.findFirstOrThrow({ where: { repId: rep.id } });
  samMeetingId = meeting.id;
  samDraftId = (await h.ctx.db.message.findFirstOrThrow({ where: { meetingId: meeting.id, kind: 'agenda' } }))
    .id;
}

describe.skipIf(!hasChromium)(
  'sign-in and isolation in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      h = await createHarness({ now: '2026-12-08T16:30:00Z' });
      server = await serveApp(h.ctx);
      browser = await launchBrowser();
      await meetingAwaitingApproval(h);
      await addSecondRep();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
    });

    it('signs in with a one-time link, shows only this rep’s meetings and no action token', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/`);
      expect(new URL(page.url()).pathname).toBe('/signin');
      await signInBrowser(page, h.ctx, server.url, REP.email);
      const body = await page.content();
      expect(body).toContain('Umbrella Corp — proposal review');
      expect(body).toContain(`Signed in as ${REP.email}`);
      expect(body).not.toContain('BigDeal');
      expect(body).not.toMatch(/\/[ac]\/[A-Za-z0-9_-]{20,}/);
      const cookies = await browser.context.cookies(server.url);
      const session = cookies.find((c) => c.name === 'agendum_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      await page.close();
    });

    it('reviews and approves a draft from the dashboard; the agenda is sent once', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/`);
      await Promise.all([
        page.waitForURL(/\/messages\//),
        page.getByRole('link', { name: 'review' }).click(),
      ]);
      expect(await page.locator('h1').textContent()).toContain('Review the agenda');
      await page.fill('#purpose', 'to agree which rollout option fits your Q1 budget');
      await page.waitForFunction(() =>
        document.getElementById('preview-text')?.textContent?.includes('rollout option'),
      );
      // The live preview shows the prospect's link as a placeholder, never the token.
      expect(await page.locator('#preview-text').textContent()).toContain('[confirmation link]');
      expect(await page.content()).not.toMatch(/\/[ac]\/[A-Za-z0-9_-]{20,}/);
      await page.click('button[value="approve"]');
      await page.waitForSelector('text=Approved');
      await h.tick();
      const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda', repId: h.repId } });
      expect(agenda.status).toBe('sent');
      expect(agenda.text).toContain('rollout option fits your Q1 budget');
      await page.close();
    });

    it('answers 404 for another rep’s draft and meeting, on pages and API alike', async () => {
      const page = await browser.context.newPage();
      const res = await page.goto(`${server.url}/messages/${samDraftId}`);
      expect(res?.status()).toBe(404);
      expect(await page.content()).not.toContain('BigDeal');
      const { cookie } = await signIn(h.ctx, server.url, REP.email);
      const api = await fetch(`${server.url}/api/meetings/${samMeetingId}`, { headers: { cookie } });
      expect(api.status).toBe(404);
      const list = (await (await fetch(`${server.url}/api/meetings`, { headers: { cookie } })).json()) as {
        meetings: { title: string }[];
      };
      expect(list.meetings.map((m) => m.title)).toEqual(['Umbrella Corp — proposal review']);
      const { key } = await createApiKey(h.ctx, REP.email, 'script');
      const byKey = await fetch(`${server.url}/api/meetings/${samMeetingId}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(byKey.status).toBe(404);
      await page.close();
    });

    it('refuses a POST without the CSRF token and changes nothing', async () => {
      const { cookie, csrf } = await signIn(h.ctx, server.url, SAM);
      const post = (fields: Record<string, string>) =>
        fetch(`${server.url}/messages/${samDraftId}`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields),
          redirect: 'manual',
        });
      expect((await post({ action: 'skip' })).status).toBe(403);
      expect((await post({ action: 'skip', _csrf: 'x'.repeat(csrf.length) })).status).toBe(403);
      const draft = await h.ctx.db.message.findUniqueOrThrow({ where: { id: samDraftId } });
      expect(draft.status).toBe('awaiting_approval');
      expect((await post({ action: 'preview', _csrf: csrf })).status).toBe(200);
    });

    it('a sign-in link works once; signing out ends the session', async () => {
      const link = await signinPath(h.ctx, REP.email);
      const page = await browser.context.newPage();
      await page.goto(server.url + link);
      await Promise.all([
        page.waitForURL(`${server.url}/`),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
      const again = await page.goto(server.url + link);
      expect(again?.status()).toBe(409);
      expect(await page.content()).toContain('already used');
      await page.goto(`${server.url}/`);
      await Promise.all([
        page.waitForURL(/\/signin$/),
        page.getByRole('button', { name: 'Sign out' }).click(),
      ]);
      await page.goto(`${server.url}/`);
      expect(new URL(page.url()).pathname).toBe('/signin');
      await page.close();
    });
  },
);
