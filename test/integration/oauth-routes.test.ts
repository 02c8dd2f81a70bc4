/**
 * The OAuth routes with a fake OAuthFlow (our interface; the Google and Microsoft suites
 * run the real SDKs): only a signed-in rep connects, and only their own account; consent
 * redirect, browser-bound single-use state, and errors that say what to do.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rep } from '../../src/db/types.js';
import type { OAuthFlow } from '../../src/providers/oauth-types.js';
import { createRep } from '../../src/workflows/reps/create-rep.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { signIn } from '../helpers/signin.js';

const LEE = 'lee.chen@northwind.example';

let h: Harness;
let server: TestServer;
let lee: Rep;
/** Lee's session cookie: Lee is the rep whose account the fake flow connects. */
let session: string;
const exchanged: string[] = [];

const fakeFlow: OAuthFlow = {
  provider: 'google',
  async authUrl(state, loginHint) {
    return `https://consent.test/auth?state=${encodeURIComponent(state)}&login_hint=${loginHint ?? ''}`;
  },
  async exchangeCode(code) {
    exchanged.push(code);
    return {
      email: LEE,
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
  lee = await createRep(h.ctx, {
    email: LEE,
    name: 'Lee Chen',
    timeZone: 'UTC',
    orgDomains: ['northwind.example'],
  });
  session = (await signIn(h.ctx, server.url, LEE)).cookie;
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

async function start(as = session): Promise<{ state: string; cookie: string }> {
  const res = await fetch(`${server.url}/oauth/google/start?email=${LEE}`, {
    headers: { cookie: as },
    redirect: 'manual',
  });
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location') ?? '');
  expect(location.origin).toBe('https://consent.test');
  expect(location.searchParams.get('login_hint')).toBe(LEE);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/^agendum_oauth=/);
  expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/);
  return { state: location.searchParams.get('state') ?? '', cookie };
}

/** The callback in the signed-in browser (`as`), with the state cookie when given. */
const callback = (query: string, cookie?: string, as = session) =>
  fetch(`${server.url}/oauth/google/callback?${query}`, {
    headers: { cookie: [as, cookie].filter(Boolean).join('; ') },
  });

describe('OAuth routes', () => {
  it('connects the account that signed in, once', async () => {
    const { state, cookie } = await start();
    const res = await callback(`code=abc&state=${encodeURIComponent(state)}`, cookie);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`${LEE} is connected`);
    expect(exchanged).toEqual(['abc']);
    const conn = await h.ctx.db.connection.findFirstOrThrow({
      where: { provider: 'google' },
      include: { rep: true },
    });
    expect(conn.repId).toBe(lee.id);
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

  it('sends a signed-out browser to sign-in, from the start and from the callback', async () => {
    const res = await fetch(`${server.url}/oauth/google/start?email=${LEE}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `/signin?next=${encodeURIComponent(`/oauth/google/start?email=${LEE}`)}`,
    );
    expect(res.headers.get('set-cookie')).toBeNull();
    const back = await fetch(`${server.url}/oauth/google/callback?code=abc&state=s`, { redirect: 'manual' });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(`/signin?next=${encodeURIComponent('/oauth/google/start')}`);
    expect(exchanged).toEqual([]);
  });

  it('connects only the signed-in rep’s own account, even for an admin', async () => {
    await h.ctx.db.rep.update({ where: { id: h.repId }, data: { isAdmin: true } });
    const dana = (await signIn(h.ctx, server.url, REP.email)).cookie;
    const { state, cookie } = await start(dana);
    const refused = await callback(`code=abc&state=${encodeURIComponent(state)}`, cookie, dana);
    expect(refused.status).toBe(409);
    const text = await refused.text();
    expect(text).toContain(`signed in as ${REP.email}`);
    expect(text).toContain(LEE);
    expect(text).toContain('agendum connect');
    expect(exchanged).toEqual(['abc']);
    expect(await h.ctx.db.connection.count({ where: { provider: 'google' } })).toBe(0);
  });

  it('says which variables to set when the provider is not configured', async () => {
    const { createProviderRegistry } = await import('../../src/providers/registry.js');
    h.ctx.providers = createProviderRegistry({
      config: h.ctx.config,
      log: h.ctx.log,
      db: h.ctx.db,
      secretKey: h.ctx.secretKey,
    });
    const res = await fetch(`${server.url}/oauth/microsoft/start`, {
      headers: { cookie: session },
      redirect: 'manual',
    });
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/MICROSOFT_CLIENT_ID|not available/);
  });
});
