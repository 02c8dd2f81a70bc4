/**
 * The dashboard as a rep reads it in a real headless Chromium, on a phone (390 px) and on a
 * desktop: no sideways scrolling, tables with header rows, steps and statuses in words,
 * every time in the rep's own zone (New York) even for a meeting set in Berlin, and a
 * meeting's confirmation history and recap.
 *
 * Set AGENDUM_KEEP_SCREENSHOTS=1 to keep the screenshots (the path is printed) and look at them.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordOutcome } from '../../src/workflows/inbound/record-outcome.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import type { TestEvent } from '../helpers/ics.js';
import { ACME_DISCOVERY, agendaSent, dropProspectReply, PRIYA } from '../helpers/scenario.js';
import { openSignedInPage } from '../helpers/signin.js';

/** The follow-up a week later: still ahead, so its steps are planned. */
const FOLLOW_UP: TestEvent = {
  uid: 'acme-2@test',
  title: 'Acme Robotics / Northwind',
  start: new Date('2026-12-16T15:00:00Z'),
  end: new Date('2026-12-16T16:00:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: PRIYA, name: 'Priya Raman' }],
};
/** An internal meeting whose title is one long unbreakable word: it must wrap, not widen the page. */
const LONG_TITLE: TestEvent = {
  uid: 'pipeline@test',
  title: `Pipeline review https://northwind.example/${'quarterly-pipeline-review-'.repeat(4)}notes`,
  start: new Date('2026-12-10T15:00:00Z'),
  end: new Date('2026-12-10T15:30:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: 'sam@northwind.example', name: 'Sam Lee' }],
};
const AGREED = 'late re-plans on the Joliet site are the priority this quarter';
const NEXT_STEP = 'share the shift data from the Joliet site';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let shots: string;

/** The discovery call's card, as the rep sees it. */
const acmeCard = (page: Page) => page.locator('section[data-meeting]', { hasText: ACME_DISCOVERY.title });

describe.skipIf(!hasChromium)(
  'the dashboard in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      // The rep is in New York (REP.timeZone); the discovery call is set in Berlin.
      h = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
      const { meeting, agenda } = await agendaSent(h, { event: ACME_DISCOVERY });
      await h.ctx.db.meeting.update({ where: { id: meeting.id }, data: { timeZone: 'Europe/Berlin' } });
      await dropProspectReply(h, {
        from: PRIYA,
        parentMessageId: agenda.messageId,
        body: 'Confirmed, see you then',
        id: 'r-confirm',
      });
      h.clock.set('2026-12-08T15:02:00Z'); // 10:02 AM in New York
      await h.tick();

      // After the call: the outcome recorded, the recap sent (auto mode), Priya confirms it.
      await h.writeEvent(FOLLOW_UP);
      await h.writeEvent(LONG_TITLE);
      h.clock.set('2026-12-09T15:46:00Z');
      await h.tick();
      await recordOutcome(h.ctx, meeting.id, {
        agreed: AGREED,
        nextStep: NEXT_STEP,
        owner: 'prospect',
        due: new Date('2026-12-11T22:00:00Z'), // Friday 17:00 New York
      });
      await h.tick();
      const recap = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap', status: 'sent' } });
      await dropProspectReply(h, {
        from: PRIYA,
        parentMessageId: recap.messageId,
        body: 'Yes, that is right.',
        id: 'r-recap',
      });
      h.clock.set('2026-12-09T16:10:00Z'); // 11:10 AM in New York
      await h.tick();

      server = await serveApp(h.ctx);
      browser = await launchBrowser();
      shots = await mkdtemp(path.join(os.tmpdir(), 'agendum-dashboard-shots-'));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
      if (process.env.AGENDUM_KEEP_SCREENSHOTS) console.log(`dashboard screenshots in ${shots}`);
      else if (shots) await rm(shots, { recursive: true, force: true });
    });

    async function openDashboard(width: number, height: number): Promise<Page> {
      const at = { ctx: h.ctx, base: server.url, email: REP.email };
      const page = await openSignedInPage(browser.context, at, width, height);
      await page.goto(`${server.url}/`);
      return page;
    }

    async function screenshot(page: Page, name: string): Promise<void> {
      const file = path.join(shots, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect((await stat(file)).size).toBeGreaterThan(0);
    }

    /** How far the page is wider than the window; 0 when nothing scrolls sideways. */
    const overflow = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    it('fits a 390 px phone: no sideways scrolling, rows stacked and each value named', async () => {
      const page = await openDashboard(390, 844);
      await page.getByText('Connections (1)').click(); // its table too
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'dashboard-390');

      const card = acmeCard(page);
      const headers = await card.locator('thead th[scope="col"]').allTextContents();
      expect(headers).toEqual(['Step', 'When', 'Status', 'Message', 'Status', 'Subject', 'To']);
      // The header row is out of sight on a phone; each cell says its column instead.
      const firstCell = card.locator('tbody td[data-label="Step"]').first();
      expect(
        await firstCell.evaluate((td) => getComputedStyle(td, '::before').content.replace(/"/g, '')),
      ).toBe('Step: ');
      const { width } = (await card.boundingBox()) ?? { width: Infinity };
      expect(width).toBeLessThanOrEqual(390);
      const long = page.locator('section[data-meeting]', { hasText: 'Pipeline review' });
      expect(await long.textContent()).toMatch(/ignored .+ · internal only/);
      expect((await long.boundingBox())?.width).toBeLessThanOrEqual(390);
      await page.close();
    });

    it('reads well on a desktop: the header rows show, nothing scrolls sideways', async () => {
      const page = await openDashboard(1280, 900);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'dashboard-1280');
      await expect(acmeCard(page).locator('thead th').first().isVisible()).resolves.toBe(true);
      await page.close();
    });

    it('names steps, messages and statuses in words; shows no code names and no raw timestamps', async () => {
      const page = await openDashboard(390, 844);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const code of ['draft_agenda', 'send_message', 'recap_prompt', 'nudge_', 'awaiting_approval']) {
        expect(text).not.toContain(code);
      }
      expect(text).not.toMatch(/\b[a-z]+_[a-z]+\b/);
      expect(await page.content()).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);

      const acme = (await acmeCard(page).textContent()) ?? '';
      expect(acme).toContain('Draft the agenda');
      expect(acme).toContain('Send the agenda');
      expect(acme).toContain('Send the recap');
      expect(acme).toContain('Ask you for the recap');
      const follow = page.locator('section[data-meeting]', { hasText: FOLLOW_UP.title });
      const draft = follow.locator('tbody tr', { hasText: 'Draft the agenda' });
      expect(await draft.locator('td[data-label="When"]').textContent()).toBe('Tue, Dec 15, 10:00 AM EST');
      expect(await draft.locator('td[data-label="Status"]').textContent()).toBe('planned');
      await page.close();
    });

    it('gives every time in the rep’s zone (New York), not the meeting’s (Berlin)', async () => {
      const page = await openDashboard(1280, 900);
      const acme = (await acmeCard(page).textContent()) ?? '';
      expect(acme).toContain('Wed, Dec 9, 10:00 AM EST'); // 16:00 in Berlin
      expect(acme).not.toMatch(/CET|GMT\+1|4:00 PM/);
      expect(await page.locator('main').textContent()).toContain('times in your zone, America/New York');
      await page.close();
    });

    it('shows the point’s status, who confirmed how and when in their words, and the recap', async () => {
      const page = await openDashboard(390, 844);
      const acme = (await acmeCard(page).textContent()) ?? '';
      expect(acme).toContain('Point: confirmed');
      expect(acme).toContain('Priya confirmed by reply, Tue, Dec 8, 10:02 AM EST: “Confirmed, see you then”');
      expect(acme).toContain(`Agreed: ${AGREED}`);
      expect(acme).toContain(`Next step: ${NEXT_STEP}`);
      expect(acme).toContain('Owner: Priya');
      expect(acme).toContain('Due: Friday, December 11');
      expect(acme).toContain('Status: confirmed');
      expect(acme).toContain(
        'Priya confirmed the next step by reply, Wed, Dec 9, 11:10 AM EST: “Yes, that is right.”',
      );
      await page.close();
    });
  },
);
