/**
 * Signing in from tests the way a rep does: a one-time link, posted. `signIn` gives the
 * session cookie and CSRF token for fetch; `signInBrowser` clicks through in Chromium.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { createSigninLink } from '../../src/auth/signin-links.js';
import type { AppContext } from '../../src/context.js';

export interface TestSession {
  /** The `Cookie` header value. */
  cookie: string;
  /** The session's CSRF token, read from the dashboard's sign-out form. */
  csrf: string;
}

/** The path of a fresh one-time sign-in link for `email`. */
export async function signinPath(ctx: AppContext, email: string): Promise<string> {
  return new URL((await createSigninLink(ctx, email)).url).pathname;
}

/** Signs `email` in against the app at `base`; returns the cookie and CSRF token. */
export async function signIn(ctx: AppContext, base: string, email: string): Promise<TestSession> {
  const res = await fetch(`${base}${await signinPath(ctx, email)}`, { method: 'POST', redirect: 'manual' });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  if (res.status !== 303 || !cookie.includes('agendum_session=')) {
    throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  }
  const page = await (await fetch(`${base}/`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error('no CSRF token on the dashboard');
  return { cookie, csrf };
}

/** Signs `email` in inside a Chromium page (opens the link, clicks "Sign in"). */
export async function signInBrowser(page: Page, ctx: AppContext, base: string, email: string): Promise<void> {
  await page.goto(`${base}${await signinPath(ctx, email)}`);
  await Promise.all([page.waitForURL(`${base}/`), page.getByRole('button', { name: 'Sign in' }).click()]);
}

/** A new page in `context`, `width` × `height` px, signed in as `email` (on the dashboard). */
export async function openSignedInPage(
  context: BrowserContext,
  at: { ctx: AppContext; base: string; email: string },
  width: number,
  height = 900,
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await signInBrowser(page, at.ctx, at.base, at.email);
  return page;
}
