/**
 * The prospect's confirmation page in a real headless Chromium, on a phone-sized screen:
 * a plain GET (what a mail scanner does) confirms nothing; "Confirm" does; "Suggest a
 * change" reaches the rep with the prospect's words; a tampered link gets a clear page.
 */
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import type { TestEvent } from '../helpers/ics.js';
import { agendaSent } from '../helpers/scenario.js';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let confirmPath: string;

const demo: TestEvent = {
  uid: 'globex@test',
  title: 'Globex — product demo',
  start: new Date('2026-12-09T16:00:00Z'),
  end: new Date('2026-12-09T17:00:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: 'marge@globex.example', name: 'Marge Tanaka' }],
};

const meetingStatus = async () => (await h.ctx.db.meeting.findFirstOrThrow()).pointStatus;

describe.skipIf(!hasChromium)('confirmation page in Chromium (skipped: /usr/bin/chromium missing)', () => {
  beforeAll(async () => {
    h = await createHarness({ now: '2026-12-08T16:30:00Z', approvalMode: 'auto' });
    server = await serveApp(h.ctx);
    browser = await launchBrowser();
    ({ confirmPath } = await agendaSent(h, { event: demo }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await h?.cleanup();
  });

  it('confirms nothing on a plain GET, and confirms on the button', async () => {
    const prefetch = await fetch(server.url + confirmPath);
    expect(prefetch.status).toBe(200);
    expect(await meetingStatus()).toBe('unconfirmed');

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(server.url + confirmPath);
    expect(await page.locator('h1').textContent()).toContain('Does this match');
    expect(await page.locator('#asked-by').textContent()).toBe(
      'Dana Whitfield at Northwind asks you to confirm the plan for this meeting, or to suggest a change.',
    );
    expect(await page.locator('.card .muted').first().textContent()).toBe(
      'Wednesday, December 9 at 4:00 PM UTC',
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false); // readable on a phone: no sideways scrolling
    await page.click('button[value="confirm"]');
    await page.waitForSelector('text=Confirmed');
    expect(await meetingStatus()).toBe('confirmed');

    await page.goto(server.url + confirmPath); // a second confirm is harmless
    await page.click('button[value="confirm"]');
    await page.waitForSelector('text=Confirmed');
    expect(await h.ctx.db.confirmation.count()).toBe(1);
  });

  it('sends a suggested change to the rep in the prospect’s words', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url + confirmPath);
    await page.fill('#change', 'Please add 10 minutes on the Springfield depot <pilot>.');
    await page.click('button[value="change"]');
    await page.waitForSelector('text=suggestion');
    expect(await page.locator('.card p').textContent()).toBe(
      'Dana Whitfield can see your suggestion now, before the meeting. You can close this page.',
    );
    expect(await meetingStatus()).toBe('change_requested');
    await h.tick();
    const sent = await Promise.all(
      (await h.mailbox('sent')).map(async (f) => simpleParser(await h.readMail('sent', f))),
    );
    const notice = sent.find((m) => m.headers.get('x-agendum-kind') === 'rep_notice');
    expect(notice?.text).toContain('Please add 10 minutes on the Springfield depot <pilot>.');
    expect(notice?.html).not.toContain('<pilot>');
  });

  it('shows a clear page for a tampered link', async () => {
    const page = await browser.context.newPage();
    const res = await page.goto(`${server.url}${confirmPath.slice(0, -4)}AAAA`);
    expect(res?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toContain('not valid');
  });
});
