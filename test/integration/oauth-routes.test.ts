/**
 * The OAuth routes with a fake OAuthFlow (our interface; the Google and Microsoft suites
 * run the real SDKs): consent redirect, browser-bound single-use state, and errors that
 * say what to do.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OAuthFlow } from '../../src/providers/oauth-types.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';

let h: Harness;
let server: TestServer;
const exchanged: string[] = [];

const fakeFlow: OAuthFlow = {
  provider: 'google',
  async authUrl(state, loginHint) {
    return `https://consent.test/auth?state=${encodeURIComponent(state)}&login_hint=${loginHint ?? ''}`;
  },
  async exchangeCode(code) {
    exchanged.push(code);
    return {
      email: 'lee.chen@northwind.example',
      timeZone: 'America/Denver',
      tokens: { refresh_token: 'rt' },
    };
  },
  async fromRefreshToken(email) {
    return { email, tokens: {} };
  },
};

beforeEach(async () => {
  exchanged.length = 0;
  h = await createHarness({ now: '2026-12-07T15:00:00Z' });
  h.ctx.providers = { ...h.ctx.providers, oauthFlow: () => fakeFlow };
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

async function start(): Promise<{ state: string; cookie: string }> {
  const res = await fetch(`${server.url}/oauth/google/start?email=lee.chen@northwind.example`, {
    redirect: 'manual',
  });
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location') ?? '');
  expect(location.origin).toBe('https://consent.test');
  expect(location.searchParams.get('login_hint')).toBe('lee.chen@northwind.example');
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/^agendum_oauth=/);
  expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/);
  return { state: location.searchParams.get('state') ?? '', cookie };
}

const callback = (query: string, cookie?: string) =>
  fetch(`${server.url}/oauth/google/callback?${query}`, { headers: cookie ? { cookie } : {} });

describe('OAuth routes', () => {
  it('connects the account that signed in, once', async () => {
    const { state, cookie } = await start();
    const res = await callback(`code=abc&state=${encodeURIComponent(state)}`, cookie);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('lee.chen@northwind.example is connected');
    expect(exchanged).toEqual(['abc']);
    const conn = await h.ctx.db.connection.findFirstOrThrow({
      where: { provider: 'google' },
      include: { rep: true },
    });
    expect(conn.rep.timeZone).toBe('America/Denver');

    const replay = await callback(`code=abc&state=${encodeURIComponent(state)}`, cookie);
    expect(replay.status).toBe(409);
    expect(exchanged).toEqual(['abc']);
  });

  it('refuses a callback that was not started in this browser', async () => {
    const { state } = await start();
    const res = await callback(`code=abc&state=${encodeURIComponent(state)}`, 'agendum_oauth=someone-else');
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('not started in this browser');
    expect(exchanged).toEqual([]);
  });

  it('explains a denied consent, a forged state and an unknown provider', async () => {
    const denied = await callback('error=access_denied');
    expect(denied.status).toBe(400);
    expect(await denied.text()).toContain('access_denied');
    expect((await callback('code=x&state=forged.token')).status).toBe(403);
    expect((await fetch(`${server.url}/oauth/yahoo/start`, { redirect: 'manual' })).status).toBe(404);
    expect(exchanged).toEqual([]);
  });

  it('lets only allowed domains sign up, while existing reps may always reconnect', async () => {
    await server.close();
    await h.cleanup();
    h = await createHarness({ now: '2026-12-07T15:00:00Z', env: { ALLOWED_SIGNUP_DOMAINS: 'acme.example' } });
    h.ctx.providers = { ...h.ctx.providers, oauthFlow: () => fakeFlow };
    server = await serveApp(h.ctx);
    const first = await start();
    const refused = await callback(`code=abc&state=${encodeURIComponent(first.state)}`, first.cookie);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('not in ALLOWED_SIGNUP_DOMAINS');
    expect(await h.ctx.db.rep.findUnique({ where: { email: 'lee.chen@northwind.example' } })).toBeNull();

    await h.ctx.db.rep.create({
      data: {
        email: 'lee.chen@northwind.example',
        name: 'Lee Chen',
        timeZone: 'America/Denver',
        orgDomains: ['northwind.example'],
        businessHours: h.ctx.config.repDefaults.businessHours,
        ignoreRules: [],
      },
    });
    const second = await start();
    const ok = await callback(`code=def&state=${encodeURIComponent(second.state)}`, second.cookie);
    expect(ok.status).toBe(200);
  });

  it('says which variables to set when the provider is not configured', async () => {
    const { createProviderRegistry } = await import('../../src/providers/registry.js');
    h.ctx.providers = createProviderRegistry({
      config: h.ctx.config,
      log: h.ctx.log,
      db: h.ctx.db,
      secretKey: h.ctx.secretKey,
    });
    const res = await fetch(`${server.url}/oauth/microsoft/start`, { redirect: 'manual' });
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/MICROSOFT_CLIENT_ID|not available/);
  });
});
