/**
 * An account's timeline in Chromium, after the whole loop ran for real on the local provider:
 * the discovery call's agenda confirmed by reply, its recap's next step confirmed, and the
 * follow-up a week later taking that next step as its point. Read on a 390 px phone and at
 * 1280 px: the meetings in order, each point with its confirmations and the recap between.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordOutcome } from '../../src/workflows/inbound/record-outcome.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import type { TestEvent } from '../helpers/ics.js';
import { ACME_DISCOVERY, agendaSent, dropProspectReply, PRIYA } from '../helpers/scenario.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { openSignedInPage, signIn } from '../helpers/signin.js';

const FOLLOW_UP: TestEvent = {
  uid: 'acme-2@test',
  title: 'Acme Robotics / Northwind follow-up',
  start: new Date('2026-12-16T15:00:00Z'),
  end: new Date('2026-12-16T16:00:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: PRIYA, name: 'Priya Raman' }],
};
const NEXT_STEP = 'share the shift data from the Joliet site';
const ACCOUNT = 'acme-robotics.example';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

describe.skipIf(!hasChromium)(
  'an account’s timeline in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      h = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
      const { meeting, agenda } = await agendaSent(h, { event: ACME_DISCOVERY });
      await dropProspectReply(h, {
        from: PRIYA,
        parentMessageId: agenda.messageId,
        body: 'Confirmed, see you then',
        id: 'r1',
      });
      h.clock.set('2026-12-08T15:02:00Z');
      await h.tick();
      h.clock.set('2026-12-09T15:46:00Z');
      await h.tick();
      await recordOutcome(h.ctx, meeting.id, {
        agreed: 'late re-plans at Joliet are the priority',
        nextStep: NEXT_STEP,
        owner: 'prospect',
        due: new Date('2026-12-11T22:00:00Z'),
      });
      await h.tick();
      const recap = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap', status: 'sent' } });
      await dropProspectReply(h, {
        from: PRIYA,
        parentMessageId: recap.messageId,
        body: 'Yes, that is right.',
        id: 'r2',
      });
      h.clock.set('2026-12-09T16:10:00Z');
      await h.tick();
      await h.writeEvent(FOLLOW_UP); // booked after the recap: its point is the carried next step
      await h.tick();
      server = await serveApp(h.ctx);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
    });

    async function openTimeline(width: number): Promise<Page> {
      const page = await openSignedInPage(
        browser.context,
        { ctx: h.ctx, base: server.url, email: REP.email },
        width,
      );
      await page
        .getByRole('link', { name: `All meetings with ${ACCOUNT}` })
        .first()
        .click();
      await page.waitForURL(`${server.url}/accounts/${ACCOUNT}`);
      return page;
    }

    it('reads the loop down: point confirmed, recap and next step confirmed, next step carried', async () => {
      const page = await openTimeline(390);
      const cards = page.locator('section[data-meeting]');
      expect(await cards.locator('h2').allTextContents()).toEqual([ACME_DISCOVERY.title, FOLLOW_UP.title]);
      const first = (await cards.nth(0).textContent()) ?? '';
      expect(first).toMatch(/Point: confirmed/);
      expect(first).toContain('“Confirmed, see you then”');
      expect(first).toContain(`Next step: ${NEXT_STEP}`);
      expect(first).toContain('“Yes, that is right.”');
      expect(await page.locator('.timeline-link').textContent()).toContain(
        'The next step agreed above is the point of this meeting.',
      );
      expect(await cards.nth(1).textContent()).toContain('Joliet');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      expect((await saveScreenshot(page, 'account-timeline-390')).bytes).toBeGreaterThan(0);
      await page.close();
    });

    it('sets the language its prospects get from the select, and says it is saved', async () => {
      const page = await openTimeline(390);
      const select = page.getByLabel('Language of email to Acme Robotics');
      expect(await select.inputValue()).toBe('');
      await select.selectOption({ label: 'Deutsch' });
      await Promise.all([
        page.waitForURL(`${server.url}/accounts/${ACCOUNT}?saved=1`),
        page.getByRole('button', { name: 'Save language' }).click(),
      ]);
      expect(await page.getByRole('status').textContent()).toContain('The language is saved.');
      expect(await page.getByLabel('Language of email to Acme Robotics').inputValue()).toBe('de');
      const account = await h.ctx.db.account.findUniqueOrThrow({ where: { domain: ACCOUNT } });
      expect(account.language).toBe('de');
      // The follow-up has not started: its point is now worded in German, the carried step kept.
      const followUp = (await page.locator('section[data-meeting]').nth(1).textContent()) ?? '';
      expect(followUp).toContain(`Wir knüpfen an das an, was wir zuletzt vereinbart haben: ${NEXT_STEP}`);
      expect(followUp).toContain('eine gemeinsame Liste Ihrer wichtigsten Probleme');
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      ).toEqual([]);
      expect((await saveScreenshot(page, 'account-language-390')).bytes).toBeGreaterThan(0);
      await page.close();
    });

    it('fits a desktop, and answers the same as JSON', async () => {
      const page = await openTimeline(1280);
      expect((await saveScreenshot(page, 'account-timeline-1280')).bytes).toBeGreaterThan(0);
      await page.close();
      const session = await signIn(h.ctx, server.url, REP.email);
      const res = await fetch(`${server.url}/api/accounts/${ACCOUNT}/meetings`, {
        headers: { cookie: session.cookie },
      });
      const body = await res.json();
      expect(body.account.domain).toBe(ACCOUNT);
      expect(body.meetings.map((m: { title: string }) => m.title)).toEqual([
        ACME_DISCOVERY.title,
        FOLLOW_UP.title,
      ]);
      const missing = await fetch(`${server.url}/api/accounts/initech.example/meetings`, {
        headers: { cookie: session.cookie },
      });
      expect(missing.status).toBe(404);
      expect((await missing.json()).message).toBe('You have no meetings with this account.');
    });
  },
);
