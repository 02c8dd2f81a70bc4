/**
 * The approval page in a real headless Chromium: the rep opens the link from the approval
 * request, sees the HTML part in a sandboxed frame beside the text part (the confirmation
 * link a placeholder in both), edits the purpose (both parts re-render live), changes To
 * and Cc, approves, and the edited agenda is sent to them; a Cc that is no address is
 * named on the page and nothing is sent. With SHOTS_DIR set, the page is saved at desktop
 * and phone width.
 */
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { meetingAwaitingApproval, PROPOSAL_REVIEW } from '../helpers/scenario.js';

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let h: Harness | undefined;
let server: TestServer | undefined;

const SHOTS_DIR = process.env.SHOTS_DIR;

/** The proposal review, with a colleague of the rep's attending: the draft copies them. */
const WITH_COLLEAGUE = {
  ...PROPOSAL_REVIEW,
  attendees: [
    ...(PROPOSAL_REVIEW.attendees ?? []),
    { email: 'sam.ortiz@northwind.example', name: 'Sam Ortiz' },
  ],
};

/** A signed token in a `/c/` link, as links.ts mints them (body.signature). */
const SIGNED_CONFIRM_LINK = /\/c\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

/** A fresh service with one agenda awaiting approval; the page of its approval link. */
async function openApprovalPage(): Promise<{ page: Page; h: Harness }> {
  h = await createHarness({ now: '2026-12-08T16:30:00Z' });
  server = await serveApp(h.ctx);
  const { approvalPath } = await meetingAwaitingApproval(h, { event: WITH_COLLEAGUE });
  const page = await browser.context.newPage();
  await page.goto(server.url + approvalPath);
  return { page, h };
}

/** What went out to the prospect: the agenda in the rep's sent folder, parsed independently. */
async function sentAgenda(harness: Harness): Promise<ParsedMail | undefined> {
  const agenda = await harness.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
  const sent = await Promise.all(
    (await harness.mailbox('sent')).map(async (f) => simpleParser(await harness.readMail('sent', f))),
  );
  return sent.find((m) => m.messageId === agenda.messageId);
}

const addresses = (field: ParsedMail['to'] | ParsedMail['cc']) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address));

describe.skipIf(!hasChromium)(
  'approval page in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterEach(async () => {
      await server?.close();
      await h?.cleanup();
      server = undefined;
      h = undefined;
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('approves an edited draft through the page', async () => {
      const { page, h } = await openApprovalPage();
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
      const mail = await sentAgenda(h);
      expect(mail?.to).toMatchObject({ value: [{ address: 'alice@umbrella.example' }] });
      expect(mail?.text).toContain('two rollout options fits your Q1 budget');
    });

    it('shows the HTML part in a sandboxed frame, live, with a confirmation link that confirms nothing', async () => {
      const { page } = await openApprovalPage();
      const frame = page.locator('#preview-html');
      // Sandboxed of everything: no allow-scripts, no allow-same-origin, nothing else.
      expect(await frame.getAttribute('sandbox')).toBe('');
      const inFrame = page.frameLocator('#preview-html');
      await expect.poll(() => inFrame.locator('body').textContent()).toContain('Hi Alice');
      // The email's own look applies, as in the prospect's mail app: its button is blue.
      const button = inFrame.locator('a', { hasText: 'Confirm' });
      expect(await button.evaluate((a) => getComputedStyle(a).backgroundColor)).toBe('rgb(29, 78, 216)');
      expect(await button.getAttribute('href')).toMatch(/\/c\/preview$/);
      expect(await page.locator('#preview-text').textContent()).toContain('[confirmation link]');
      expect(await page.content()).not.toMatch(SIGNED_CONFIRM_LINK);

      // Every agenda item shows without scrolling.
      const box = page.locator('#agenda');
      const items = (await box.inputValue()).split('\n').length;
      expect(Number(await box.getAttribute('rows'))).toBe(Math.max(4, items + 1));
      expect(await box.evaluate((t) => t.scrollHeight <= t.clientHeight)).toBe(true);

      if (SHOTS_DIR) {
        for (const [label, width] of [
          ['desktop', 1280],
          ['phone', 390],
        ] as const) {
          await page.setViewportSize({ width, height: 844 });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect.soft(overflow, `approval page at ${width}px: no sideways scrolling`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: path.join(SHOTS_DIR, `approval-${label}.png`), fullPage: true });
        }
      }

      const answered = page.waitForResponse((r) => r.url().endsWith('/preview') && r.status() === 200);
      await page.fill('#purpose', 'to agree which of the two rollout options fits your Q1 budget');
      const json = await (await answered).text();
      expect(json).not.toMatch(SIGNED_CONFIRM_LINK);
      await expect.poll(() => inFrame.locator('body').textContent()).toContain('two rollout options');
      await expect.poll(() => page.locator('#preview-text').textContent()).toContain('two rollout options');
      expect(await button.getAttribute('href')).toMatch(/\/c\/preview$/);
      expect(await page.locator('#preview-text').textContent()).toContain('[confirmation link]');
      expect(await page.content()).not.toMatch(SIGNED_CONFIRM_LINK);
    });

    it('sends the approved agenda to the To and Cc the rep set', async () => {
      const { page, h } = await openApprovalPage();
      expect(await page.inputValue('#to')).toBe('alice@umbrella.example');
      expect(await page.inputValue('#cc')).toBe('sam.ortiz@northwind.example');
      await page.fill('#to', 'alice@umbrella.example, Bob Marsh <bob.marsh@umbrella.example>');
      await page.fill('#cc', 'lee.chen@northwind.example');
      await page.click('button[value="approve"]');
      await page.waitForSelector('text=Approved');
      expect(await page.locator('.card').textContent()).toContain(
        'on its way to alice@umbrella.example, bob.marsh@umbrella.example, copying lee.chen@northwind.example',
      );
      await h.tick();

      const mail = await sentAgenda(h);
      expect(addresses(mail?.to)).toEqual(['alice@umbrella.example', 'bob.marsh@umbrella.example']);
      expect(addresses(mail?.cc)).toEqual(['lee.chen@northwind.example']);
      expect(await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } })).toMatchObject({
        status: 'sent',
        to: ['alice@umbrella.example', 'bob.marsh@umbrella.example'],
        cc: ['lee.chen@northwind.example'],
      });
    });

    it('names a Cc that is no address next to the fields and sends nothing', async () => {
      const { page, h } = await openApprovalPage();
      await page.fill('#cc', 'sam.ortiz@northwind.example, lee.chen@northwind');
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && !r.url().endsWith('/preview')),
        page.click('button[value="approve"]'),
      ]);
      expect(answer.status()).toBe(400);
      const error = page.locator('#recipients-error');
      expect(await error.textContent()).toContain('"lee.chen@northwind" is not an email address');
      expect(await error.getAttribute('role')).toBe('alert');
      expect(await page.getAttribute('#cc', 'aria-invalid')).toBe('true');
      // As typed, so the rep corrects it rather than typing it again.
      expect(await page.inputValue('#cc')).toBe('sam.ortiz@northwind.example, lee.chen@northwind');
      await h.tick();
      expect((await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } })).status).toBe(
        'awaiting_approval',
      );
      expect(await sentAgenda(h)).toBeUndefined();
      // Only the approval request went out.
      expect(await h.mailbox('sent')).toHaveLength(1);

      // Fixed: the live preview clears the error, and approving sends it.
      await page.fill('#cc', 'sam.ortiz@northwind.example, lee.chen@northwind.example');
      await expect.poll(() => error.textContent()).toBe('');
      expect(await page.getAttribute('#cc', 'aria-invalid')).toBeNull();
      await page.click('button[value="approve"]');
      await page.waitForSelector('text=Approved');
      await h.tick();
      expect(addresses((await sentAgenda(h))?.cc)).toEqual([
        'sam.ortiz@northwind.example',
        'lee.chen@northwind.example',
      ]);
    });
  },
);
