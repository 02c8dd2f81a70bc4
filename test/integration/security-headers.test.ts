/**
 * The security headers on real responses of the real app: a strict CSP whose hashes match
 * the inline style and script the page actually carries, HSTS only behind an https
 * PUBLIC_URL, Permissions-Policy, and the sign-in/sign-out redirects form-action allows.
 */

import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_PROGRESS_SCRIPT } from '../../src/http/pages/sync-progress-script.js';
import { TEMPLATE_EDITOR_SCRIPT } from '../../src/http/pages/template-editor-script.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { meetingAwaitingApproval } from '../helpers/scenario.js';
import { signIn, signinPath } from '../helpers/signin.js';

let h: Harness | undefined;
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  await h?.cleanup();
  server = undefined;
  h = undefined;
});

async function start(publicUrl = 'http://agendum.test'): Promise<{ h: Harness; server: TestServer }> {
  h = await createHarness({ now: '2026-12-08T16:30:00Z', env: { PUBLIC_URL: publicUrl } });
  server = await serveApp(h.ctx);
  return { h, server };
}

/** The CSP header as directive → sources. */
function parseCsp(header: string | null): Map<string, string[]> {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  const entries = (header ?? '').split(';').map((d) => d.trim().split(/\s+/));
  return new Map(entries.filter((e) => e[0]).map(([name, ...sources]) => [name as string, sources]));
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The texts of every `<tag>…</tag>` in a page. */
const inlineTexts = (page: string, tag: 'script' | 'style') =>
  [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] as string);

/** The approval page link from the approval request the rep received. */
async function approvalPath(harness: Harness): Promise<string> {
  return (await meetingAwaitingApproval(harness)).approvalPath;
}

describe('security headers', () => {
  it('serves the approval page under a hash-only CSP that allows exactly its style and script', async () => {
    const { h, server } = await start();
    const res = await fetch(server.url + (await approvalPath(h)));
    expect(res.status).toBe(200);
    const page = await res.text();
    const header = res.headers.get('content-security-policy');
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const csp = parseCsp(header);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    const scripts = inlineTexts(page, 'script');
    expect(scripts).toHaveLength(1);
    // The one policy also allows the connections page's and the template editor's scripts (its only others).
    expect(csp.get('script-src')).toEqual(
      [...scripts, SYNC_PROGRESS_SCRIPT, TEMPLATE_EDITOR_SCRIPT].map(hashOf),
    );
    expect(csp.get('style-src')).toEqual(inlineTexts(page, 'style').map(hashOf));
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('frames the draft’s HTML part only from its own URL, under a policy that allows style attributes and nothing that runs', async () => {
    const { h, server } = await start();
    const path = await approvalPath(h);
    const page = await (await fetch(server.url + path)).text();
    expect(page).toContain(`src="${path}/frame"`);
    expect(page).not.toContain('srcdoc');
    const pageCsp = parseCsp((await fetch(server.url + path)).headers.get('content-security-policy'));
    expect(pageCsp.get('frame-src')).toEqual(["'self'"]);
    expect(pageCsp.get('style-src-attr')).toBeUndefined();

    for (const res of [
      await fetch(`${server.url}${path}/frame`),
      await fetch(`${server.url}${path}/frame`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ purpose: 'to agree the rollout' }).toString(),
      }),
    ]) {
      expect(res.status).toBe(200);
      const frame = parseCsp(res.headers.get('content-security-policy'));
      expect(frame.get('default-src')).toEqual(["'none'"]);
      expect(frame.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
      expect(frame.get('script-src')).toBeUndefined();
      expect(frame.get('style-src')).toBeUndefined();
      expect(frame.get('frame-ancestors')).toEqual(["'self'"]);
      expect(frame.has('sandbox')).toBe(true);
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      const doc = await res.text();
      expect(doc).toContain('Hi Alice');
      // The prospect's working confirmation link never reaches the rep's preview.
      expect(doc).not.toMatch(/\/c\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
    }
    const edited = await fetch(`${server.url}${path}/frame`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ purpose: 'to agree the rollout' }).toString(),
    });
    expect(await edited.text()).toContain('to agree the rollout');
    // A forged token frames nothing.
    const forged = await fetch(`${server.url}/a/bogus.token/frame`);
    expect(forged.status).toBe(409);
    expect(await forged.text()).not.toContain('Hi Alice');
  });

  it('keeps the header set that protects the secret-bearing links, without HSTS over http', async () => {
    const { server } = await start();
    const res = await fetch(`${server.url}/signin`);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const policy = res.headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort']) {
      expect(policy).toContain(`${feature}=()`);
    }
  });

  it('sends HSTS when PUBLIC_URL is https', async () => {
    const { server } = await start('https://agendum.example');
    const res = await fetch(`${server.url}/signin`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('redirects sign-in and sign-out to this origin (what form-action allows)', async () => {
    const { h, server } = await start();
    const signedIn = await fetch(server.url + (await signinPath(h.ctx, REP.email)), {
      method: 'POST',
      redirect: 'manual',
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/');
    const session = await signIn(h.ctx, server.url, REP.email);
    const out = await fetch(`${server.url}/logout`, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: session.csrf }),
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/signin');
  });
});
