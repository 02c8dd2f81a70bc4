/**
 * Signing in with Google through the emulator (OpenID Connect; fetch follows each redirect
 * by hand): identity scopes only, a browser-bound single-use state, no token kept, and an
 * id token whose every check is proven by a token that fails just that one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import type { IdTokenFault } from '../emulators/id-token-signer.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { beginSignin, googleEnv, signInWith } from '../helpers/oidc.js';

let emu: GoogleEmulator;
let h: Harness | undefined;
let server: TestServer | undefined;

async function serve(env: Record<string, string> = {}): Promise<void> {
  await server?.close();
  await h?.cleanup();
  h = await createHarness({ now: new Date().toISOString(), env: { ...googleEnv(emu), ...env } });
  server = await serveApp(h.ctx);
}

const app = () => ({ h: h as Harness, url: (server as TestServer).url });

beforeEach(async () => {
  emu = await startGoogleEmulator();
  emu.addUser(REP.email);
  emu.oauth.approveAs = REP.email;
  await serve();
});
afterEach(async () => {
  await server?.close();
  await h?.cleanup();
  server = undefined;
  h = undefined;
  await emu.close();
  expect(emu.unimplemented).toEqual([]);
});

describe('sign-in with Google', () => {
  it('signs an existing rep in, asking only for openid email profile, and keeps no token', async () => {
    const run = await signInWith(app().url, 'google', '/?from=test');
    const q = run.authorize.searchParams;
    expect(run.authorize.origin + run.authorize.pathname).toBe(`${emu.url}/o/oauth2/v2/auth`);
    expect(q.get('scope')).toBe('openid email profile');
    expect(q.get('prompt')).toBe('select_account');
    expect(q.get('response_type')).toBe('code');
    expect(q.get('redirect_uri')).toBe('http://agendum.test/signin/google/callback');
    expect(q.get('access_type')).toBeNull();
    expect(q.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(q.get('nonce')?.length).toBeGreaterThanOrEqual(32);
    expect(q.get('nonce')).not.toBe(q.get('state'));
    expect(run.attemptSetCookie).toMatch(
      /^agendum_signin=[^;]+; Path=\/signin; HttpOnly; SameSite=Lax; Max-Age=600$/,
    );
    expect(emu.oauth.idTokens.issued[0]?.nonce).toBe(q.get('nonce'));

    expect(run.status).toBe(303);
    expect(run.location).toBe('/?from=test');
    expect(run.session).toBeDefined();
    const dashboard = await fetch(`${app().url}/`, { headers: { cookie: run.session as string } });
    expect(await dashboard.text()).toContain(`Signed in as ${REP.email}`);
    const session = await app().h.ctx.db.session.findFirstOrThrow({ where: { repId: app().h.repId } });
    expect(session.method).toBe('google');
    // The sign-in connected nothing: its tokens were only read, never stored.
    const connections = await app().h.ctx.db.connection.findMany({ where: { repId: app().h.repId } });
    expect(connections.map((c) => c.provider)).toEqual(['local']);
  });

  const refusals: [IdTokenFault, string][] = [
    ['wrong_issuer', 'not issued by Google'],
    ['wrong_audience', 'issued to another app'],
    ['wrong_nonce', 'belongs to another sign-in'],
    ['expired', 'it has expired'],
    ['issued_in_future', 'dated in the future'],
    ['bad_signature', 'signature does not verify'],
  ];
  it.each(refusals)('refuses an id token with %s', async (fault, reason) => {
    emu.oauth.idTokens.spoilNext(fault);
    const run = await signInWith(app().url, 'google');
    expect(run.status).toBe(403);
    expect(run.body).toContain('Could not sign you in');
    expect(run.body).toContain(reason);
    expect(run.session).toBeUndefined();
    expect(await app().h.ctx.db.session.count()).toBe(0);
  });

  it('judges the attempt and the token by the injected clock', async () => {
    const started = await beginSignin(app().url, 'google');
    app().h.clock.advance(11 * 60_000); // the attempt cookie lives 10 minutes
    const late = await fetch(started.callbackUrl, { headers: { cookie: started.attemptCookie } });
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('took too long');

    // Our clock two hours behind Google's: the fresh token looks issued in the future.
    app().h.clock.set(new Date(Date.now() - 2 * 3_600_000));
    const skewed = await signInWith(app().url, 'google');
    expect(skewed.status).toBe(403);
    expect(skewed.body).toContain('dated in the future');
    expect(await app().h.ctx.db.session.count()).toBe(0);
  });

  it('refuses an address Google has not verified', async () => {
    emu.oauth.unverifiedEmails.add(REP.email);
    const run = await signInWith(app().url, 'google');
    expect(run.status).toBe(403);
    expect(run.body).toContain('Google has not verified the address');
    expect(await app().h.ctx.db.session.count()).toBe(0);
  });

  it('refuses a personal Google account that shows a company address (no hd claim)', async () => {
    emu.oauth.personalAccounts.add(REP.email);
    const run = await signInWith(app().url, 'google');
    expect(run.status).toBe(403);
    expect(run.body).toContain('not part of the northwind.example Google Workspace');
    expect(await app().h.ctx.db.session.count()).toBe(0);
  });

  it('binds the rep to the account of the first sign-in: another account with the address is refused', async () => {
    expect((await signInWith(app().url, 'google')).status).toBe(303);
    emu.oauth.subjects.set(REP.email, '999000111222333');
    const other = await signInWith(app().url, 'google');
    expect(other.status).toBe(403);
    expect(other.body).toContain('signs in with a different Google account');
    expect(await app().h.ctx.db.session.count()).toBe(1);
    emu.oauth.subjects.delete(REP.email);
    expect((await signInWith(app().url, 'google')).status).toBe(303);
  });

  it('signs nobody in from a replayed callback, another browser, or another attempt', async () => {
    const first = await signInWith(app().url, 'google');
    expect(first.status).toBe(303);
    const replay = await fetch(first.callbackUrl, {
      headers: { cookie: first.attemptCookie },
      redirect: 'manual',
    });
    expect(replay.status).toBe(409);
    expect(await replay.text()).toContain('already completed');

    const elsewhere = await fetch(first.callbackUrl.replace(/code=[^&]+/, 'code=x'), { redirect: 'manual' });
    expect(elsewhere.status).toBe(403);
    expect(await elsewhere.text()).toContain('not started in this browser');

    const mine = await beginSignin(app().url, 'google');
    const theirs = await beginSignin(app().url, 'google');
    const swapped = await fetch(theirs.callbackUrl, {
      headers: { cookie: mine.attemptCookie },
      redirect: 'manual',
    });
    expect(swapped.status).toBe(403);
    expect(await app().h.ctx.db.session.count()).toBe(1); // `first` only
    // The refused callback spent nothing: the attempt of this browser still completes.
    const own = await fetch(mine.callbackUrl, {
      headers: { cookie: mine.attemptCookie },
      redirect: 'manual',
    });
    expect(own.status).toBe(303);
  });

  it('creates a rep only for an ALLOWED_SIGNUP_DOMAINS address; others must be added by an admin', async () => {
    emu.addUser('lee@globex.example');
    emu.oauth.approveAs = 'lee@globex.example';
    const unset = await signInWith(app().url, 'google');
    expect(unset.status).toBe(403);
    expect(unset.body).toContain('agendum rep add --email lee@globex.example');

    await serve({ ALLOWED_SIGNUP_DOMAINS: 'acme.example' });
    const outside = await signInWith(app().url, 'google');
    expect(outside.status).toBe(403);
    expect(await app().h.ctx.db.rep.findUnique({ where: { email: 'lee@globex.example' } })).toBeNull();

    emu.addUser('sam.lee@acme.example');
    emu.oauth.names.set('sam.lee@acme.example', 'Sam Lee');
    emu.oauth.approveAs = 'sam.lee@acme.example';
    const inside = await signInWith(app().url, 'google');
    expect(inside.status).toBe(303);
    const sam = await app().h.ctx.db.rep.findUniqueOrThrow({ where: { email: 'sam.lee@acme.example' } });
    expect(sam).toMatchObject({ name: 'Sam Lee', orgDomains: ['acme.example'] });
    expect((await app().h.ctx.db.session.findFirstOrThrow({ where: { repId: sam.id } })).method).toBe(
      'google',
    );

    emu.oauth.approveAs = REP.email; // an existing rep outside the allowed domains still signs in
    expect((await signInWith(app().url, 'google')).status).toBe(303);
  });

  it('answers 404 for a provider that is not configured, and explains a denied consent', async () => {
    for (const path of ['/signin/microsoft/start', '/signin/yahoo/start', '/signin/yahoo/callback?code=x']) {
      expect((await fetch(`${app().url}${path}`, { redirect: 'manual' })).status).toBe(404);
    }
    const denied = await fetch(`${app().url}/signin/google/callback?error=access_denied`);
    expect(denied.status).toBe(400);
    expect(await denied.text()).toContain('access_denied');
  });
});
