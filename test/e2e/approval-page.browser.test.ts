/**
 * The approval page in a real headless Chromium: the rep opens the link from the approval
 * request, edits the purpose (the preview re-renders live), approves, and the edited
 * agenda is sent.
 */
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { meetingAwaitingApproval } from '../helpers/scenario.js';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let approvalPath: string;

describe.skipIf(!hasChromium)(
  'approval page in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      // Tuesday 11:30 New York: the agenda for Wednesday 11:00 was due at 11:00.
      h = await createHarness({ now: '2026-12-08T16:30:00Z' });
      server = await serveApp(h.ctx);
      browser = await launchBrowser();
      ({ approvalPath } = await meetingAwaitingApproval(h));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
    });

    it('approves an edited draft through the page', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url + approvalPath);
      expect(await page.locator('h1').textContent()).toContain('Review the agenda');
      // In the rep's zone (New York), with its abbreviation.
      expect(await page.locator('.card .muted').first().textContent()).toBe(
        'Wednesday, December 9 at 11:00 AM EST',
      );
      expect(await page.locator('#preview-subject').textContent()).toContain('Umbrella');

      await page.fill('#purpose', 'to agree which of the two rollout options fits your Q1 budget');
      await page.waitForFunction(() =>
        document.getElementById('preview-text')?.textContent?.includes('two rollout options'),
      );
      expect(await h.ctx.db.message.count({ where: { kind: 'agenda', status: 'awaiting_approval' } })).toBe(
        1,
      );

      await page.click('button[value="approve"]');
      await page.waitForSelector('text=Approved');
      await page.screenshot({ path: `${h.dataDir}/approved.png` });
      await h.tick();

      const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
      expect(agenda.status).toBe('sent');
      const sent = await Promise.all(
        (await h.mailbox('sent')).map(async (f) => simpleParser(await h.readMail('sent', f))),
      );
      const mail = sent.find((m) => m.messageId === agenda.messageId);
      expect(mail?.to).toMatchObject({ value: [{ address: 'alice@umbrella.example' }] });
      expect(mail?.text).toContain('two rollout options fits your Q1 budget');
    });
  },
);
