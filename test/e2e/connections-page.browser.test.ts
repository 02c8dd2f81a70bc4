/**
 * The connections page in a real headless Chromium, on the real service against the Google
 * emulator (the real googleapis SDK talks to it): a connection whose grant was revoked
 * shows `needs_reauth` with its paused step and a Reconnect button; clicking it goes through
 * the emulator's consent and back, the connection is active and the paused send resumes.
 * Then a running first sync's progress is shown and kept current by the page's script.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { type GoogleService, seedProspectMeeting, startGoogleService } from '../helpers/google-service.js';
import { postForm } from '../helpers/http.js';
import { approvalRequestInGmail } from '../helpers/scenario.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { signInBrowser } from '../helpers/signin.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya.raman@acme-robotics.example';
const WIDTHS = [1280, 390];

let emu: GoogleEmulator;
let svc: GoogleService;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

const db = () => svc.service.ctx.db;
const card = () => page.locator(`[data-connection="${svc.connectionId}"]`);

async function screenshots(name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const shot = await saveScreenshot(page, `connections-${name}-${width}`);
    expect(shot.bytes).toBeGreaterThan(5_000);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.skipIf(!hasChromium)(
  'the connections page in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      emu = await startGoogleEmulator();
      const refreshToken = emu.addUser(REP);
      seedProspectMeeting(emu, { rep: REP, prospect: PROSPECT, inHours: 40 });
      svc = await startGoogleService(emu, {
        email: REP,
        refreshToken,
        rep: { agendaLeadMinutes: 14 * 24 * 60 },
      });
      // The rep approves the agenda after Google revoked the grant: the send is refused and
      // waits for a reconnect.
      const { approvalPath } = await approvalRequestInGmail(svc, emu, REP);
      emu.oauth.revokeAll(REP);
      expect((await postForm(svc.url + approvalPath, { action: 'approve' })).status).toBe(200);
      await svc.until('the send step paused for a reconnect', () =>
        db().step.findFirst({ where: { kind: 'send_message', status: 'paused' } }),
      );
      browser = await launchBrowser();
      page = await browser.context.newPage();
      await signInBrowser(page, svc.service.ctx, svc.url, REP);
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await svc?.stop();
      await emu?.close();
      expect(emu.unimplemented).toEqual([]);
    });

    it('a needs_reauth connection with a Reconnect: consent at the emulator, back, active, the send resumes', async () => {
      await page.goto(`${svc.url}/`);
      await page.getByRole('link', { name: 'Connections', exact: true }).click();
      await page.waitForURL(`${svc.url}/connections`);
      const facts = card().locator('dl');
      expect(await card().getByRole('heading').textContent()).toBe(`${REP} · Google`);
      expect(await facts.textContent()).toContain('StatusNeeds to be reconnected');
      expect(await facts.textContent()).toContain('Steps paused1 step(s) wait for this connection');
      expect(await facts.textContent()).toMatch(/Last error.*(refused|revoked|invalid_grant|reconnect)/i);
      expect(await facts.textContent()).toMatch(/Cursor age(less than a minute|\d+ (minute|hour)s?)/);
      // A broken connection cannot be synced until reconnected: no Sync now button.
      expect(await card().getByRole('button', { name: 'Sync now' }).count()).toBe(0);
      await screenshots('needs-reauth');

      emu.oauth.approveAs = REP;
      await Promise.all([
        page.waitForURL(/\/oauth\/google\/callback/),
        card().getByRole('link', { name: 'Reconnect Google' }).click(),
      ]);
      expect(await page.locator('main').textContent()).toContain('1 waiting step(s) resumed.');
      await Promise.all([
        page.waitForURL(`${svc.url}/connections`),
        page.getByRole('link', { name: 'See your connections' }).click(),
      ]);
      expect(await card().locator('[data-status]').getAttribute('data-status')).toBe('active');
      expect(await card().locator('dl').textContent()).toContain('Steps pausedNone');
      expect(await card().getByRole('link', { name: 'Reconnect Google' }).count()).toBe(0);

      const agenda = await svc.until('the agenda sent on the new grant', () =>
        db().message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
      );
      expect(emu.folder(REP, 'SENT').filter((m) => m.messageIdHeader === agenda.messageId)).toHaveLength(1);
      expect(await db().step.count({ where: { status: 'paused' } })).toBe(0);
    }, 120_000);

    it('Sync now queues a calendar sync, and says so', async () => {
      await page.goto(`${svc.url}/connections`);
      await Promise.all([
        page.waitForURL(/\/connections\?synced=/),
        card().getByRole('button', { name: 'Sync now' }).click(),
      ]);
      expect(await page.getByRole('status').first().textContent()).toContain(
        `A calendar sync of ${REP}'s Google is queued`,
      );
    });

    it('shows a running first sync and keeps it current until it finishes', async () => {
      const progress = (read: number, finished: boolean) =>
        db().connection.update({
          where: { id: svc.connectionId },
          data: {
            firstSyncStartedAt: svc.service.ctx.clock(),
            firstSyncEventsListed: 400,
            firstSyncEventsRead: read,
            firstSyncMeetingsFound: Math.floor(read / 20),
            firstSyncFinishedAt: finished ? svc.service.ctx.clock() : null,
          },
        });
      await progress(120, false);
      await page.goto(`${svc.url}/connections`);
      const block = card().locator('[data-progress]');
      expect(await block.getByRole('status').textContent()).toBe(
        '120 of 400 events read, 6 prospect meetings found',
      );
      expect(await block.locator('progress').getAttribute('value')).toBe('120');
      expect(await block.getByRole('link', { name: 'Refresh' }).getAttribute('href')).toBe('/connections');
      await screenshots('first-sync');

      // The page's script polls the progress endpoint: the line follows the sync.
      await progress(240, false);
      await page.waitForFunction(
        () => document.querySelector('[data-progress-line]')?.textContent?.startsWith('240 of 400'),
        undefined,
        { timeout: 30_000 },
      );
      expect(await block.locator('progress').evaluate((el) => (el as HTMLProgressElement).value)).toBe(240);

      // Once it finishes the page reloads itself: no progress block, the result in the facts.
      await progress(400, true);
      await page.waitForFunction(() => document.querySelector('[data-progress]') === null, undefined, {
        timeout: 30_000,
      });
      expect(await card().locator('dl').textContent()).toContain(
        'First sync400 of 400 events read, 20 prospect meetings found',
      );
    }, 90_000);
  },
);
