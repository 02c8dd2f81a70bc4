/**
 * The template editor in a real headless Chromium, at 1280 px and on a 390 px phone: the
 * admin opens an agenda template, types a change and sees the live preview follow (the text
 * part and the HTML part in its frame, rendered on their next real discovery call), types a
 * Handlebars error and sees it beside the textarea with its line and column, saves two
 * versions and reverts to the first, seeing its text back. axe finds nothing serious on the
 * list or the editor. Screenshots land in test-artifacts/screenshots (test/helpers/screenshots.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { ACME_DISCOVERY } from '../helpers/scenario.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { openSignedInPage } from '../helpers/signin.js';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let bundled: string;

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function serious(page: Page): Promise<string[]> {
  // The preview is a sandboxed frame that runs no script, so axe cannot enter it (as in
  // accessibility.browser.test.ts): it is the email's own HTML, not a page of agendum's.
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ iframes: false })
    .analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

/** The bundled discovery agenda with a line added to its text and HTML parts. */
const withLine = (line: string) =>
  bundled
    .replace('--- text ---\n', `--- text ---\n${line}\n`)
    .replace('--- html ---\n', `--- html ---\n<p>${line}</p>\n`);

describe.skipIf(!hasChromium)(
  'the template editor in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      h = await createHarness({ now: '2026-12-08T16:30:00Z', env: { AGENDUM_ADMINS: REP.email } });
      await h.writeEvent(ACME_DISCOVERY);
      await h.tick();
      bundled = await readFile(path.join(h.ctx.config.templatesDir, 'agenda/discovery.hbs'), 'utf8');
      server = await serveApp(h.ctx);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
    });

    const open = (width: number): Promise<Page> =>
      openSignedInPage(browser.context, { ctx: h.ctx, base: server.url, email: REP.email }, width);

    it('previews as you type, shows a Handlebars error at its line, saves and reverts', async () => {
      const page = await open(1280);
      await page.goto(`${server.url}/templates`);
      expect(await serious(page)).toEqual([]);
      await saveScreenshot(page, 'templates-list-1280');
      // Every language folder on disk has its own list (templates/locales/<code>/).
      await expect(page.getByRole('heading', { name: 'Deutsch (de)' }).count()).resolves.toBe(1);
      await Promise.all([
        page.waitForURL(`${server.url}/templates/en/agenda/discovery.hbs`),
        page
          .getByRole('region', { name: 'English (en)' })
          .getByRole('link', { name: 'agenda/discovery.hbs' })
          .click(),
      ]);
      const body = page.getByLabel('Template text');
      await expect(body.inputValue()).resolves.toBe(bundled);
      await expect(page.locator('#preview-on').textContent()).resolves.toContain(ACME_DISCOVERY.title);
      const frame = page.frameLocator('#preview-html');
      await expect(frame.locator('body').textContent()).resolves.toContain('Hi Priya,');
      expect(await serious(page)).toEqual([]);

      await body.fill(withLine('Live preview line one.'));
      await expect
        .poll(() => page.locator('#preview-text').textContent())
        .toContain('Live preview line one.');
      await expect.poll(() => frame.locator('body').textContent()).toContain('Live preview line one.');

      const broken = withLine('Live preview line one.').replace(
        'Hi {{greetingName}},',
        'Hi {{greetingName},',
      );
      const badLine = broken.split('\n').indexOf('Hi {{greetingName},') + 1;
      await body.fill(broken);
      const error = page.locator('#template-error');
      await expect.poll(() => error.isVisible()).toBe(true);
      await expect(error.textContent()).resolves.toMatch(
        new RegExp(`^line ${badLine}, column \\d+: Parse error`),
      );
      await expect(error.textContent()).resolves.toContain(`Line ${badLine}: Hi {{greetingName},`);
      await expect(body.getAttribute('aria-invalid')).resolves.toBe('true');
      await saveScreenshot(page, 'template-editor-error-1280');

      await body.fill(withLine('Live preview line one.'));
      await expect.poll(() => error.isVisible()).toBe(false);
      await Promise.all([page.waitForURL(/done=save/), page.getByRole('button', { name: 'Save' }).click()]);
      await expect(page.getByRole('status').textContent()).resolves.toContain('Saved');
      await body.fill(withLine('Second version line.'));
      await Promise.all([page.waitForURL(/done=save/), page.getByRole('button', { name: 'Save' }).click()]);
      await expect(body.inputValue()).resolves.toContain('Second version line.');
      // The draft waiting for approval was written with the new text.
      const draft = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
      expect(draft.text).toContain('Second version line.');

      await Promise.all([
        page.waitForURL(/done=revert/),
        page
          .getByRole('button', { name: /^Revert to the version of / })
          .first()
          .click(),
      ]);
      await expect(body.inputValue()).resolves.toContain('Live preview line one.');
      await expect(body.inputValue()).resolves.not.toContain('Second version line.');
      await expect(page.locator('#preview-text').textContent()).resolves.toContain('Live preview line one.');
      await expect(page.locator('.versions li').count()).resolves.toBe(3);
      expect(await serious(page)).toEqual([]);
      await expect.poll(() => frame.locator('body').textContent()).toContain('Live preview line one.');
      await saveScreenshot(page, 'template-editor-1280');
    });

    it('fits a 390 px phone', async () => {
      const page = await open(390);
      await page.goto(`${server.url}/templates`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, 'templates-list-390');
      await page.goto(`${server.url}/templates/en/agenda/discovery.hbs`);
      await expect
        .poll(() => page.frameLocator('#preview-html').locator('body').textContent())
        .toContain('Hi Priya,');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await serious(page)).toEqual([]);
      await saveScreenshot(page, 'template-editor-390');
    });
  },
);
