/**
 * The Content-Security-Policy in a real Chromium: every page renders with its inline style,
 * the approval page's live preview runs and fetches ./preview, the sign-in and sign-out
 * form posts follow their redirects (form-action), and Chromium reports no violation and
 * no header error. A script the policy does not list is blocked, which shows the
 * violation watch works. With SHOTS_DIR set, each page is saved at desktop and phone width.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signActionToken } from '../../src/security/action-token.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { actionPathIn, serveApp, type TestServer } from '../helpers/http.js';
import { meetingAwaitingApproval } from '../helpers/scenario.js';
import { signInBrowser, signinPath } from '../helpers/signin.js';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let approvalPath: string;

const SHOTS_DIR = process.env.SHOTS_DIR;
const WIDTHS = { desktop: 1280, phone: 390 } as const;

interface WatchedPage {
  page: Page;
  /** CSP violations, header errors and script errors Chromium reported so far. */
  problems: string[];
}

/** A page that records what a broken policy would cause. */
async function watchedPage(): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  // Init scripts are injected by the browser, outside the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  page.on('console', (m) => {
    // Chromium asks every page for /favicon.ico; agendum has none, and its 404 is no CSP matter.
    if (m.location().url.endsWith('/favicon.ico')) return;
    if (m.type() === 'error' || m.type() === 'warning') {
      problems.push(`${m.type()}: ${m.text()} (${m.location().url})`);
    }
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems };
}

/** Checks the shared style applied (its hash is allowed) and the page fits a phone; saves shots. */
async function inspect(page: Page, name: string): Promise<void> {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background, `${name}: the inline style applies`).toBe('rgb(246, 247, 249)');
  for (const [label, width] of Object.entries(WIDTHS)) {
    await page.setViewportSize({ width, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect.soft(overflow, `${name} at ${width}px: no sideways scrolling`).toBeLessThanOrEqual(0);
    if (SHOTS_DIR)
      await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: WIDTHS.desktop, height: 844 });
}

/** Edits the purpose and waits for the live preview (the one inline script) to show it. */
async function expectLivePreview(page: Page): Promise<void> {
  await page.fill('#purpose', 'to agree which of the two rollout options fits your Q1 budget');
  await page.waitForFunction(() =>
    document.getElementById('preview-text')?.textContent?.includes('two rollout options'),
  );
  expect(await page.getAttribute('#draft', 'data-previewed')).toBe('1');
}

describe.skipIf(!hasChromium)(
  'security headers in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
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

    it('blocks and reports an inline script the policy does not list', async () => {
      const { page, problems } = await watchedPage();
      await page.goto(server.url + approvalPath);
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
        return (window as { injected?: boolean }).injected === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => problems.join('\n')).toContain('CSP violation: script-src-elem blocked inline');
      await page.close();
    });

    it('signs in, shows the dashboard and the review page with its live preview, signs out', async () => {
      const { page, problems } = await watchedPage();
      await page.goto(`${server.url}/signin`);
      await inspect(page, 'signin');
      await page.goto(server.url + (await signinPath(h.ctx, REP.email)));
      await inspect(page, 'signin-link');
      await signInBrowser(page, h.ctx, server.url, REP.email); // form POST → 303 /
      await inspect(page, 'dashboard');
      const draft = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
      await page.goto(`${server.url}/messages/${draft.id}`);
      await expectLivePreview(page);
      await inspect(page, 'review');
      await page.goto(`${server.url}/`);
      await Promise.all([page.waitForURL(`${server.url}/signin`), page.click('text=Sign out')]); // POST → 303
      expect(problems).toEqual([]);
      await page.close();
    });

    it('runs the emailed approval page, then the confirmation and outcome pages, with no violation', async () => {
      const { page, problems } = await watchedPage();
      await page.goto(server.url + approvalPath);
      await expectLivePreview(page);
      await inspect(page, 'approval');
      await page.click('button[value="approve"]');
      await page.waitForSelector('text=Approved');
      await inspect(page, 'approved');
      await h.tick();

      const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda', status: 'sent' } });
      const sentFile = (await h.mailbox('sent')).find((f) => f.includes(agenda.messageId.slice(1, 20)));
      await page.goto(server.url + (await actionPathIn(await h.readMail('sent', sentFile as string), 'c')));
      await inspect(page, 'confirmation');

      const meeting = await h.ctx.db.meeting.findFirstOrThrow();
      const recap = signActionToken(h.ctx.secretKey, 'recap', meeting.id, new Date('2026-12-20T00:00:00Z'));
      await page.goto(`${server.url}/a/${recap}`);
      expect(await page.locator('h1').textContent()).toContain('How did it go');
      await inspect(page, 'outcome');
      expect(problems).toEqual([]);
      await page.close();
    });
  },
);
