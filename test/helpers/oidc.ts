/**
 * Signing in with Google or Microsoft against the loopback emulators: the environment that
 * points agendum at an emulator, a fetch-driven sign-in that follows each redirect by hand
 * (so a test sees every hop), and serving the app on PUBLIC_URL's own port (a browser
 * must be able to follow the provider's redirect back to the callback).
 */
import type { Server } from 'node:http';
import type { AppContext } from '../../src/context.js';
import { createApp } from '../../src/http/app.js';
import type { MicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { googleEnv } from './google-service.js';
import type { TestServer } from './http.js';

/** Environment pointing the Microsoft sign-in and connect flows at the emulator. */
export function microsoftEnv(emu: MicrosoftEmulator, tenant = emu.tenantId): Record<string, string> {
  return {
    MICROSOFT_CLIENT_ID: emu.clientId,
    MICROSOFT_CLIENT_SECRET: emu.clientSecret,
    MICROSOFT_TENANT: tenant,
    MICROSOFT_GRAPH_BASE_URL: emu.url,
    MICROSOFT_AUTHORITY_HOST: emu.url,
  };
}

export { googleEnv };

export interface SigninRun {
  /** The authorization request agendum sent the browser to. */
  authorize: URL;
  /** The callback address the provider sent the browser back to (on the test server). */
  callbackUrl: string;
  /** The attempt cookie set by /start (`name=value`), and its whole Set-Cookie header. */
  attemptCookie: string;
  attemptSetCookie: string;
  /** The callback's answer. */
  status: number;
  location: string | null;
  body: string;
  /** The session cookie (`name=value`) when the callback signed the rep in. */
  session: string | undefined;
}

const firstPart = (cookie: string) => cookie.split(';')[0] ?? '';

/** The session cookie a response set, if any. */
export function sessionCookieOf(res: Response): string | undefined {
  return res.headers
    .getSetCookie()
    .map(firstPart)
    .find((c) => /^agendum_session=./.test(c));
}

/** A sign-in up to the provider's redirect back: the callback not yet opened. */
export type StartedSignin = Pick<
  SigninRun,
  'authorize' | 'callbackUrl' | 'attemptCookie' | 'attemptSetCookie'
>;

/**
 * Runs /signin/:provider/start and the emulator's consent. The emulator redirects to
 * PUBLIC_URL; `callbackUrl` is that address on `base` instead (same path and query).
 */
export async function beginSignin(
  base: string,
  provider: 'google' | 'microsoft',
  next = '/',
): Promise<StartedSignin> {
  const start = await fetch(`${base}/signin/${provider}/start?next=${encodeURIComponent(next)}`, {
    redirect: 'manual',
  });
  if (start.status !== 302) throw new Error(`start answered ${start.status}: ${await start.text()}`);
  const authorize = new URL(start.headers.get('location') ?? '');
  const attemptSetCookie = start.headers.getSetCookie()[0] ?? '';
  const consent = await fetch(authorize, { redirect: 'manual' });
  if (consent.status !== 302) throw new Error(`consent answered ${consent.status}: ${await consent.text()}`);
  const back = new URL(consent.headers.get('location') ?? '');
  return {
    authorize,
    callbackUrl: `${base}${back.pathname}${back.search}`,
    attemptCookie: firstPart(attemptSetCookie),
    attemptSetCookie,
  };
}

/** A whole sign-in: `beginSignin`, then the callback in the same "browser". */
export async function signInWith(
  base: string,
  provider: 'google' | 'microsoft',
  next = '/',
): Promise<SigninRun> {
  const started = await beginSignin(base, provider, next);
  const done = await fetch(started.callbackUrl, {
    headers: { cookie: started.attemptCookie },
    redirect: 'manual',
  });
  return {
    ...started,
    status: done.status,
    location: done.headers.get('location'),
    body: await done.text(),
    session: sessionCookieOf(done),
  };
}

/** Serves the app on the port of the context's PUBLIC_URL (http://127.0.0.1:PORT). */
export async function serveAppOnPublicUrl(ctx: AppContext): Promise<TestServer> {
  const url = new URL(ctx.config.http.publicUrl);
  const server = await new Promise<Server>((resolve) => {
    const s = createApp(ctx).listen(Number(url.port), '127.0.0.1', () => resolve(s));
  });
  return {
    url: url.origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
