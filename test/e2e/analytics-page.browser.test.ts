/**
 * The analytics page as a sales-ops admin reads it in a real headless Chromium, at 1280 px
 * and on a 390 px phone: the numbers match the recorded history, the filter works without
 * JavaScript, nothing scrolls sideways, and every bar's number is also there as text.
 * Screenshots land in test-artifacts/screenshots (test/helpers/screenshots.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DANA, HISTORY_NOW, LEE, seedAnalyticsHistory } from '../helpers/analytics-history.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { openSignedInPage } from '../helpers/signin.js';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

describe.skipIf(!hasChromium)(
  'the analytics page in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      h = await createHarness({ now: HISTORY_NOW.toISOString() });
      const reps = await seedAnalyticsHistory(h.ctx.db);
      await h.ctx.db.rep.update({ where: { id: reps.dana }, data: { isAdmin: true } });
      server = await serveApp(h.ctx);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
    });

    async function openAnalytics(width: number, query: string): Promise<Page> {
      const page = await openSignedInPage(
        browser.context,
        { ctx: h.ctx, base: server.url, email: DANA },
        width,
      );
      await page.goto(`${server.url}/analytics${query}`);
      return page;
    }

    const overflow = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    it('shows the seeded history by rep at 1280 px, and regroups by week through the form', async () => {
      const page = await openAnalytics(1280, '?from=2026-11-02&until=2026-11-30&groupBy=rep');
      const bars = page.getByRole('list', { name: 'Points confirmed before the meeting' });
      await expect(bars.locator(`li[data-key="${DANA}"]`).textContent()).resolves.toMatch(/2 of 3 \(67%\)/);
      await expect(bars.locator(`li[data-key="${LEE}"]`).textContent()).resolves.toMatch(/1 of 2 \(50%\)/);
      const outcome = page.getByRole('list', { name: 'How meetings with an agenda turned out' });
      await expect(outcome.locator('li').first().textContent()).resolves.toMatch(
        /2 took place as planned, 1 moved, 0 cancelled/,
      );
      await expect(outcome.locator('li').nth(1).textContent()).resolves.toMatch(
        /1 took place as planned, 0 moved, 1 cancelled/,
      );
      const total = page.getByRole('table', { name: 'Analytics by rep' }).locator('tbody tr').last();
      // Total, agendas sent, points confirmed, median hours, changes, reschedules, declines, no answer.
      expect((await total.locator('td').allTextContents()).slice(0, 8)).toEqual([
        'Total',
        '5',
        '3 (60%)',
        '5',
        '1',
        '1',
        '1',
        '1',
      ]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect((await saveScreenshot(page, 'analytics-1280')).bytes).toBeGreaterThan(0);

      await page.getByLabel('Group by').selectOption('week');
      await Promise.all([
        page.waitForURL(/groupBy=week/),
        page.getByRole('button', { name: 'Show' }).click(),
      ]);
      const weeks = await page
        .locator('ul[aria-label="Points confirmed before the meeting"] li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));
      expect(weeks).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
      await page.close();
    });

    it('fits a 390 px phone with every number still written out', async () => {
      const page = await openAnalytics(390, '?from=2026-11-02&until=2026-11-30&groupBy=account');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const acme = page.locator(
        'ul[aria-label="Points confirmed before the meeting"] li[data-key="acme.example"]',
      );
      await expect(acme.textContent()).resolves.toMatch(/2 of 3 \(67%\)/);
      // A long outcome line goes under its bar, not beside a label squeezed to a letter a line.
      const label = page.locator('li[data-attendance="Point confirmed first"] .bar-key');
      expect((await label.boundingBox())?.width).toBeGreaterThan(200);
      expect((await saveScreenshot(page, 'analytics-390')).bytes).toBeGreaterThan(0);
      await page.close();
    });
  },
);
