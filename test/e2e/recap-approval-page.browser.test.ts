/**
 * The recap approval page in a real headless Chromium: the rep edits the next step and types
 * its date in words; the live preview re-renders both parts (the HTML part in its sandboxed
 * frame) and says the date back ("Friday, December 18"), an unreadable date shows as an
 * error; approving sends the edited recap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { recapAwaitingApproval } from '../helpers/scenario.js';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let recapPath: string;

describe.skipIf(!hasChromium)(
  'recap approval page in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      h = await createHarness({ now: '2026-12-08T16:30:00Z' });
      server = await serveApp(h.ctx);
      browser = await launchBrowser();
      ({ approvalPath: recapPath } = await recapAwaitingApproval(h));
      h.clock.set('2026-12-09T17:45:00Z'); // an hour after the proposal review ended
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
    });

    it('previews the edited next step and its date in words, then sends it', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url + recapPath);
      expect(await page.locator('h1').textContent()).toContain('Review the recap');
      expect(await page.locator('#due-read').textContent()).toBe('Friday, December 11');

      await page.fill('#due', 'whenever works');
      await page.waitForFunction(() =>
        document.getElementById('due-read')?.textContent?.includes('Could not read'),
      );

      await page.fill('#nextStep', 'send Sam the pilot plan for Joliet');
      await page.selectOption('#owner', 'both');
      await page.fill('#due', 'next Friday');
      await page.waitForFunction(
        () =>
          document.getElementById('due-read')?.textContent === 'Friday, December 18' &&
          document.getElementById('preview-text')?.textContent?.includes('pilot plan for Joliet'),
      );
      expect(await page.locator('#preview-text').textContent()).toContain('December 18');
      // The HTML part in its frame follows too, its confirmation link a placeholder.
      const inFrame = page.frameLocator('#preview-html');
      await expect.poll(() => inFrame.locator('body').textContent()).toContain('pilot plan for Joliet');
      expect(await inFrame.locator('a', { hasText: 'Confirm' }).getAttribute('href')).toMatch(
        /\/c\/preview$/,
      );
      expect(await page.content()).not.toMatch(/\/c\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
      expect(await h.ctx.db.outcome.findFirstOrThrow()).toMatchObject({
        nextStep: 'send a revised timeline',
      });

      await page.click('button[value="approve"]');
      await page.waitForSelector('text=The recap is on its way');
      await h.tick();
      const recap = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap' } });
      expect(recap.status).toBe('sent');
      expect(recap.text).toContain('send Sam the pilot plan for Joliet');
      expect(recap.text).toContain('December 18');
      expect(await h.ctx.db.outcome.findFirstOrThrow()).toMatchObject({ nextStepOwner: 'both' });
    });
  },
);
