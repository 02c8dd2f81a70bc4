/**
 * axe-core in real Chromium on every kind of page a rep, an admin or a prospect opens:
 * sign-in, the dashboard, a draft's review page, the emailed approval (/a/) and
 * confirmation (/c/) pages, analytics, an account's timeline, the connections page (with a
 * first sync running) and the settings pages (the rep's own and the admin's team defaults).
 * None may have a serious or critical violation, on a desktop or on a 390 px phone; each is
 * saved as a screenshot at both widths.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPath } from '../../src/messages/links.js';
import { seedAnalyticsHistory } from '../helpers/analytics-history.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { ACME_DISCOVERY, agendaSent, meetingAwaitingApproval } from '../helpers/scenario.js';
import { saveScreenshot } from '../helpers/screenshots.js';
import { signInBrowser } from '../helpers/signin.js';

const WIDTHS = [1280, 390];

let approve: Harness;
let auto: Harness;
let approveServer: TestServer;
let autoServer: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const pages: { name: string; server: () => TestServer; path: string; signedIn: boolean }[] = [];

/** Violations axe rates serious or critical, as "rule: what it says (where)". */
async function seriousViolations(page: Page): Promise<string[]> {
  // The draft preview is a sandboxed frame that runs no script, so axe cannot enter it: it
  // is the email's own HTML, checked by the email tests, not a page of agendum's.
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true) // the partial run waits on every frame, the sandboxed one too
    .options({ iframes: false })
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe.skipIf(!hasChromium)(
  'accessibility of every page (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      approve = await createHarness({ now: '2026-12-08T16:30:00Z' });
      const awaiting = await meetingAwaitingApproval(approve);
      auto = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
      const sent = await agendaSent(auto, { event: ACME_DISCOVERY });
      await seedAnalyticsHistory(auto.ctx.db);
      // The connections page with its progress block: a first sync seeded as running.
      await approve.ctx.db.connection.update({
        where: { id: approve.connectionId },
        data: {
          firstSyncStartedAt: approve.clock.now,
          firstSyncFinishedAt: null,
          firstSyncEventsListed: 400,
          firstSyncEventsRead: 120,
          firstSyncMeetingsFound: 6,
        },
      });
      // An admin, so the team defaults page opens too.
      await auto.ctx.db.rep.update({ where: { id: auto.repId }, data: { isAdmin: true } });
      approveServer = await serveApp(approve.ctx);
      autoServer = await serveApp(auto.ctx);
      browser = await launchBrowser();
      pages.push(
        { name: 'sign-in', server: () => approveServer, path: '/signin', signedIn: false },
        { name: 'dashboard', server: () => approveServer, path: '/', signedIn: true },
        {
          name: 'draft review',
          server: () => approveServer,
          path: reviewPath(awaiting.agenda.id),
          signedIn: true,
        },
        { name: 'approval (/a/)', server: () => approveServer, path: awaiting.approvalPath, signedIn: false },
        { name: 'confirmation (/c/)', server: () => autoServer, path: sent.confirmPath, signedIn: false },
        {
          name: 'analytics',
          server: () => autoServer,
          path: '/analytics?from=2026-11-02&to=2026-12-10',
          signedIn: true,
        },
        { name: 'connections', server: () => approveServer, path: '/connections', signedIn: true },
        {
          name: 'account timeline',
          server: () => autoServer,
          path: '/accounts/acme-robotics.example',
          signedIn: true,
        },
        { name: 'settings', server: () => autoServer, path: '/settings', signedIn: true },
        { name: 'team defaults', server: () => autoServer, path: '/settings/team', signedIn: true },
      );
    });
    afterAll(async () => {
      await browser?.close();
      await approveServer?.close();
      await autoServer?.close();
      await approve?.cleanup();
      await auto?.cleanup();
    });

    it('finds a violation when there is one (the check itself works on these pages)', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${approveServer.url}/signin`);
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'data:,';
        document.querySelector('main')?.append(img);
      });
      expect((await seriousViolations(page)).join('\n')).toMatch(/^image-alt:/m);
      await page.close();
    });

    const NAMES = [
      'sign-in',
      'dashboard',
      'draft review',
      'approval (/a/)',
      'confirmation (/c/)',
      'analytics',
      'account timeline',
      'connections',
      'settings',
      'team defaults',
    ];
    it.each(NAMES)(
      '%s has no serious or critical axe violation at 1280 and 390 px',
      { timeout: 60_000 },
      async (name) => {
        const p = pages.find((x) => x.name === name);
        if (!p) throw new Error(`no page named ${name}`);
        const found: string[] = [];
        for (const width of WIDTHS) {
          const page = await browser.context.newPage();
          await page.setViewportSize({ width, height: 900 });
          const server = p.server();
          const ctx = server === approveServer ? approve.ctx : auto.ctx;
          if (p.signedIn) await signInBrowser(page, ctx, server.url, REP.email);
          const res = await page.goto(`${server.url}${p.path}`);
          expect(res?.status(), `${p.name} answers`).toBe(200);
          for (const v of await seriousViolations(page)) found.push(`at ${width} px: ${v}`);
          // Every page at both widths, for a reviewer to look at (test-artifacts/screenshots).
          const slug = p.name
            .replace(/[^a-z0-9]+/gi, '-')
            .replace(/^-|-$/g, '')
            .toLowerCase();
          expect((await saveScreenshot(page, `page-${slug}-${width}`)).bytes).toBeGreaterThan(0);
          await page.close();
        }
        expect(found).toEqual([]);
      },
    );
  },
);
