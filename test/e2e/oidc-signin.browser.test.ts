/**
 * Signing in with Google and with Microsoft in a real headless Chromium, through the
 * loopback emulators: the rep starts on the sign-in page and ends on the dashboard signed
 * in as themself. Connecting an account while signed out goes through sign-in first.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { type MicrosoftEmulator, startMicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import type { TestServer } from '../helpers/http.js';
import { googleEnv, microsoftEnv, serveAppOnPublicUrl } from '../helpers/oidc.js';
import { freePort } from '../helpers/spawn-cli.js';

let google: GoogleEmulator;
let microsoft: MicrosoftEmulator;
let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

describe.skipIf(!hasChromium)(
  'sign-in with Google and Microsoft in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      google = await startGoogleEmulator();
      google.addUser(REP.email);
      google.oauth.approveAs = REP.email;
      microsoft = await startMicrosoftEmulator();
      microsoft.addUser({ email: REP.email, name: REP.name });
      const port = await freePort();
      h = await createHarness({
        now: new Date().toISOString(),
        env: { PUBLIC_URL: `http://127.0.0.1:${port}`, ...googleEnv(google), ...microsoftEnv(microsoft) },
      });
      server = await serveAppOnPublicUrl(h.ctx);
      browser = await launchBrowser();
    });
    beforeEach(async () => {
      await browser.context.clearCookies();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
      await google?.close();
      await microsoft?.close();
      expect(google.unimplemented).toEqual([]);
      expect(microsoft.faults.unhandled).toEqual([]);
    });

    for (const [provider, label] of [
      ['google', 'Google Workspace'],
      ['microsoft', 'Microsoft 365'],
    ] as const) {
      it(`signs the rep in with ${label} and lands on the dashboard`, async () => {
        const page = await browser.context.newPage();
        await page.goto(`${server.url}/`);
        expect(new URL(page.url()).pathname).toBe('/signin');
        await Promise.all([
          page.waitForURL(`${server.url}/`),
          page.getByRole('link', { name: `Sign in with ${label}` }).click(),
        ]);
        expect(await page.locator('form.account').textContent()).toContain(`Signed in as ${REP.email}`);
        const session = await h.ctx.db.session.findFirstOrThrow({ where: { method: provider } });
        expect(session.repId).toBe(h.repId);
        await page.close();
      });
    }

    it('sends a signed-out rep who connects an account through sign-in, then on to the provider', async () => {
      const page = await browser.context.newPage();
      const consents = google.count('oauth.authorize');
      await page.goto(`${server.url}/oauth/google/start`);
      const signin = new URL(page.url());
      expect(signin.pathname).toBe('/signin');
      expect(signin.searchParams.get('next')).toBe('/oauth/google/start');
      expect(google.count('oauth.authorize')).toBe(consents); // not sent to Google while signed out

      await Promise.all([
        page.waitForURL((url) => url.pathname === '/oauth/google/callback'),
        page.getByRole('link', { name: 'Sign in with Google Workspace' }).click(),
      ]);
      expect(await page.locator('h1').textContent()).toBe('Connected');
      expect(await page.locator('main').textContent()).toContain(`${REP.email} is connected`);
      const conn = await h.ctx.db.connection.findFirstOrThrow({ where: { provider: 'google' } });
      expect(conn.repId).toBe(h.repId);
      await page.close();
    });
  },
);
