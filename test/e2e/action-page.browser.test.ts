/**
 * The action page in a real headless Chromium: the rep opens the link from the notice of a
 * change request, adds the item the prospect asked for (the preview of the revised email
 * re-renders live), sends it, and the revision goes to the prospect in the agenda's thread.
 * At 390 px the page needs no sideways scrolling. Set AGENDUM_KEEP_SCREENSHOTS=1 to keep the
 * screenshots (the folder is printed) and look at them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { actionPathIn, serveApp, type TestServer } from '../helpers/http.js';
import { ACME_DISCOVERY, agendaSent, dropProspectReply, PRIYA } from '../helpers/scenario.js';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let actionPath: string;
let agendaMessageId: string;
let shots: string;

async function sentOf(kind: string) {
  const all = await Promise.all(
    (await h.mailbox('sent')).map(async (f) => simpleParser(await h.readMail('sent', f))),
  );
  return all.filter((m) => m.headers.get('x-agendum-kind') === kind);
}

describe.skipIf(!hasChromium)(
  'action page in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      h = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
      server = await serveApp(h.ctx);
      browser = await launchBrowser();
      shots = await mkdtemp(path.join(os.tmpdir(), 'agendum-action-page-'));
      const { agenda } = await agendaSent(h, { event: ACME_DISCOVERY });
      agendaMessageId = agenda.messageId;
      await dropProspectReply(h, {
        from: PRIYA,
        parentMessageId: agenda.messageId,
        body: 'Can we add pricing to the agenda?',
        id: 'r-change',
      });
      h.clock.advance(60_000);
      await h.tick();
      for (const file of await h.mailbox('sent')) {
        const raw = await h.readMail('sent', file);
        if ((await simpleParser(raw)).headers.get('x-agendum-kind') === 'rep_notice')
          actionPath = await actionPathIn(raw, 'a');
      }
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
      if (process.env.AGENDUM_KEEP_SCREENSHOTS) console.log(`action page screenshots in ${shots}`);
      else if (shots) await rm(shots, { recursive: true, force: true });
    });

    it('fits a 390 px screen', async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(server.url + actionPath);
      expect(await page.locator('h1').textContent()).toBe('Priya asked to change the agenda');
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(wide).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(shots, 'action-390.png'), fullPage: true });
      await page.close();
    });

    it('revises and sends with a live preview', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url + actionPath);
      expect(await page.locator('blockquote').textContent()).toContain('Can we add pricing to the agenda?');
      const items = await page.inputValue('#agenda');
      await page.fill('#agenda', `${items}\nPricing for three warehouses`);
      await page.waitForFunction(() =>
        document.getElementById('preview-text')?.textContent?.includes("Added to what we'll cover: Pricing"),
      );
      // The live preview acted on nothing.
      expect(await sentOf('agenda_revision')).toEqual([]);
      expect(
        (await h.ctx.db.meeting.findFirstOrThrow({ where: { iCalUid: ACME_DISCOVERY.uid } })).pointStatus,
      ).toBe('change_requested');
      await page.screenshot({ path: path.join(shots, 'action-preview.png'), fullPage: true });
      // The HTML part, in its frame, as the prospect's mail app shows it.
      const inFrame = page.frameLocator('#preview-html');
      await expect
        .poll(() => inFrame.locator('body').textContent())
        .toContain('Pricing for three warehouses');
      expect(await inFrame.locator('a', { hasText: 'Confirm' }).getAttribute('href')).toMatch(
        /\/c\/preview$/,
      );
      await page.locator('#preview-html').screenshot({ path: path.join(shots, 'action-frame.png') });

      await page.click('button[value="revise"]');
      await page.waitForSelector('text=The revised agenda is on its way.');
      await h.tick();
      const [revision] = await sentOf('agenda_revision');
      expect(revision?.to).toMatchObject({ value: [{ address: PRIYA }] });
      expect(revision?.references).toContain(agendaMessageId);
      expect(revision?.text).toContain('Pricing for three warehouses');
      await page.close();
    });
  },
);
