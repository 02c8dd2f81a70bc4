/**
 * The dashboard in a real headless Chromium tells the rep when a connection needs them:
 * a banner naming the connection, how many steps wait, and a working reconnect link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import type { ConnectionProviders } from '../../src/providers/types.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { signIn, signInBrowser } from '../helpers/signin.js';

let h: Harness;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

describe.skipIf(!hasChromium)(
  'dashboard connections in Chromium (skipped: /usr/bin/chromium missing; apt-get install chromium)',
  () => {
    beforeAll(async () => {
      h = await createHarness({ now: '2026-12-07T15:00:00Z' });
      // A Google connection (backed here by the local mailbox) whose provider refuses the
      // token on the first send: the approval request waits.
      await h.ctx.db.connection.update({ where: { id: h.connectionId }, data: { provider: 'google' } });
      const original = h.ctx.providers.forConnection.bind(h.ctx.providers);
      h.ctx.providers = {
        ...h.ctx.providers,
        forConnection(conn) {
          const p: ConnectionProviders = original({ ...conn, provider: 'local' });
          return {
            ...p,
            mail: {
              ...p.mail,
              findSent: p.mail.findSent.bind(p.mail),
              send: async () => {
                throw new AppError('needs_reauth', 'Google refused the refresh token (revoked)', {
                  details: { connectionId: conn.id },
                });
              },
            },
          };
        },
      };
      await h.writeEvent({
        uid: 'initech@test',
        title: 'Initech — discovery call',
        start: new Date('2026-12-08T15:00:00Z'),
        end: new Date('2026-12-08T15:30:00Z'),
        organizer: REP.email,
        attendees: [{ email: REP.email }, { email: 'bill@initech.example', name: 'Bill Lumbergh' }],
      });
      await h.tick();
      server = await serveApp(h.ctx);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await h?.cleanup();
    });

    it('shows a reconnect banner with the paused steps and the provider\u2019s error', async () => {
      const page = await browser.context.newPage();
      await signInBrowser(page, h.ctx, server.url, REP.email);
      await page.goto(`${server.url}/`);
      const banner = page.getByRole('alert');
      await expect(banner.textContent()).resolves.toContain(`${REP.email}: google needs to be reconnected.`);
      expect(await banner.textContent()).toContain('1 step(s) are paused until then.');
      expect(await banner.textContent()).toContain('Google refused the refresh token');
      const link = banner.getByRole('link', { name: 'Reconnect google' });
      expect(await link.getAttribute('href')).toBe(
        `/oauth/google/start?email=${encodeURIComponent(REP.email)}`,
      );

      const { cookie } = await signIn(h.ctx, server.url, REP.email);
      const api = (await (await fetch(`${server.url}/api/connections`, { headers: { cookie } })).json()) as {
        connections: { status: string; pausedSteps: number; reconnect: unknown }[];
      };
      expect(api.connections[0]).toMatchObject({ status: 'needs_reauth', pausedSteps: 1 });
      expect(JSON.stringify(api)).not.toMatch(/encryptedTokens|refresh_token/);
      await page.close();
    });
  },
);
