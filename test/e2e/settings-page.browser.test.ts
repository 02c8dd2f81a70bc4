/**
 * The settings pages in a real headless Chromium, at 1280 px and on a 390 px phone: a rep
 * changes values, saves, reloads and sees them, and sees them take effect (a meeting their
 * new ignore rule matches moves to "Ignored" on the dashboard); an invalid time zone shows
 * its error beside the field and keeps every other typed value; an admin saves the team's
 * defaults. Screenshots land in test-artifacts/screenshots (test/helpers/screenshots.ts).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { ACME_DISCOVERY, PRIYA } from '../helpers/scenario.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { openSignedInPage } from '../helpers/signin.js';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

const INTERVIEW = {
  uid: 'interview@test',
  title: 'Interview: Acme candidate',
  start: new Date('2026-12-10T15:00:00Z'),
  end: new Date('2026-12-10T16:00:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: 'cand@talent.example', name: 'Cand' }],
};

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function serious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe.skipIf(!hasChromium)(
  'the settings pages in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      h = await createHarness({ now: '2026-12-08T16:30:00Z' });
      await h.writeEvent(ACME_DISCOVERY);
      await h.writeEvent(INTERVIEW);
      await h.tick();
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

    it('round-trips a rep’s settings: change, save, reload, see them, and see them take effect', async () => {
      const page = await open(1280);
      const prospects = page.locator('.dashboard');
      await expect(prospects.textContent()).resolves.toContain('2 prospect meeting(s), 0 ignored');
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await page.waitForURL(`${server.url}/settings`);
      await page.getByLabel('Approval mode').selectOption('draft');
      await page.getByLabel('Agenda lead time (minutes)').fill('600');
      await page.getByLabel('Start (HH:MM)').fill('08:30');
      await page.getByLabel('Friday').uncheck();
      await page.getByLabel('Time zone').fill('Europe/Berlin');
      await page.getByLabel('Language', { exact: true }).selectOption('de');
      await page.getByLabel('Signature').fill('Dana W.\nNorthwind');
      await page.getByLabel('Ignored titles').fill('Interview');
      await page.getByLabel('Ignored attendee domains').fill('recruiter.example');
      await Promise.all([
        page.waitForURL(`${server.url}/settings?saved=1`),
        page.getByRole('button', { name: 'Save' }).click(),
      ]);
      await expect(page.getByRole('status').textContent()).resolves.toContain('Your settings are saved.');
      await saveScreenshot(page, 'settings-saved-1280');

      await page.goto(`${server.url}/settings`);
      await expect(page.getByLabel('Approval mode').inputValue()).resolves.toBe('draft');
      await expect(page.getByLabel('Agenda lead time (minutes)').inputValue()).resolves.toBe('600');
      await expect(page.getByLabel('Start (HH:MM)').inputValue()).resolves.toBe('08:30');
      await expect(page.getByLabel('Friday').isChecked()).resolves.toBe(false);
      await expect(page.getByLabel('Monday').isChecked()).resolves.toBe(true);
      await expect(page.getByLabel('Time zone').inputValue()).resolves.toBe('Europe/Berlin');
      await expect(page.getByLabel('Language', { exact: true }).inputValue()).resolves.toBe('de');
      await expect(page.getByLabel('Signature').inputValue()).resolves.toBe('Dana W.\nNorthwind');
      await expect(page.getByLabel('Ignored titles').inputValue()).resolves.toBe('Interview');

      // In effect: the interview is ignored now, and the dashboard reads times in Berlin.
      await page.goto(`${server.url}/`);
      const text = (await prospects.textContent()) ?? '';
      expect(text).toContain('1 prospect meeting(s), 1 ignored');
      expect(text).toContain('ignored by rule "Interview"');
      expect(text).toContain('Europe/Berlin');
      expect(text).toContain(PRIYA);
      await page.close();
    });

    it('shows an invalid time zone beside its field, keeps every other typed value, saves nothing', async () => {
      const page = await open(390);
      await page.goto(`${server.url}/settings`);
      await page.getByLabel('Time zone').fill('Mars/Olympus');
      await page.getByLabel('Recap delay (minutes)').fill('45');
      await page.getByLabel('Signature').fill('Typed, not saved');
      await page.getByLabel('Ignored calendars').fill('Hiring');
      const [res] = await Promise.all([
        page.waitForResponse((r) => r.url() === `${server.url}/settings` && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Save' }).click(),
      ]);
      expect(res.status()).toBe(400);
      await page.waitForLoadState();
      await expect(page.getByRole('alert').textContent()).resolves.toContain(
        '1 field needs fixing; nothing was saved.',
      );
      const zone = page.getByLabel('Time zone');
      await expect(zone.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(zone.getAttribute('aria-describedby')).resolves.toContain('timeZone-error');
      await expect(page.locator('#timeZone-error').textContent()).resolves.toContain(
        '"Mars/Olympus" is not an IANA zone',
      );
      await expect(zone.inputValue()).resolves.toBe('Mars/Olympus');
      await expect(page.getByLabel('Recap delay (minutes)').inputValue()).resolves.toBe('45');
      await expect(page.getByLabel('Signature').inputValue()).resolves.toBe('Typed, not saved');
      await expect(page.getByLabel('Ignored calendars').inputValue()).resolves.toBe('Hiring');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await serious(page)).toEqual([]);
      await saveScreenshot(page, 'settings-error-390');
      const rep = await h.ctx.db.rep.findUniqueOrThrow({ where: { id: h.repId } });
      expect(rep).toMatchObject({
        timeZone: 'Europe/Berlin',
        recapDelayMinutes: 15,
        signature: 'Dana W.\nNorthwind',
      });
      await page.close();
    });

    it('lets an admin save the team defaults, and only an admin', async () => {
      const rep = await open(1280);
      const refused = await rep.goto(`${server.url}/settings/team`);
      expect(refused?.status()).toBe(403);
      await expect(rep.locator('h1').textContent()).resolves.toBe('Team defaults are for admins');
      await rep.close();

      await h.ctx.db.rep.update({ where: { id: h.repId }, data: { isAdmin: true } });
      for (const width of [1280, 390]) {
        const page = await open(width);
        await page.getByRole('link', { name: 'Team defaults' }).click();
        await page.waitForURL(`${server.url}/settings/team`);
        await expect(page.locator('.notice').first().textContent()).resolves.toContain(
          'a new rep starts with',
        );
        await page.getByLabel('Language', { exact: true }).selectOption('es');
        await page.getByLabel('Agenda lead time (minutes)').fill(width === 1280 ? '120' : '180');
        await page.getByLabel('Time zone').fill('America/Chicago');
        await Promise.all([
          page.waitForURL(`${server.url}/settings/team?saved=1`),
          page.getByRole('button', { name: 'Save' }).click(),
        ]);
        await expect(page.getByRole('status').textContent()).resolves.toContain(
          'existing reps keep their own settings',
        );
        await page.reload();
        await expect(page.getByLabel('Language', { exact: true }).inputValue()).resolves.toBe('es');
        await expect(page.getByLabel('Time zone').inputValue()).resolves.toBe('America/Chicago');
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `settings-team-${width}`);
        await page.close();
      }
      const team = await h.ctx.db.teamSettings.findUniqueOrThrow({ where: { id: 'team' } });
      expect(team).toMatchObject({ language: 'es', agendaLeadMinutes: 180, timeZone: 'America/Chicago' });
      // Not applied to every rep: Dana keeps her own.
      expect((await h.ctx.db.rep.findUniqueOrThrow({ where: { id: h.repId } })).language).toBe('de');
    });

    it('fits a 390 px phone', async () => {
      const page = await open(390);
      await page.goto(`${server.url}/settings`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, 'settings-390');
      await page.setViewportSize({ width: 1280, height: 900 });
      await saveScreenshot(page, 'settings-1280');
      await page.close();
    });
  },
);
