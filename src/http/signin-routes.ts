/**
 * Signing in and out. `/signin` offers the configured providers (Google, Microsoft) and
 * explains one-time links; `/signin/:token` is such a link: its GET only asks (mail and
 * chat scanners open links), its POST signs in. `POST /logout` ends the session.
 */
import { type Request, type Response, Router } from 'express';
import { createSession, endSession, type SigninMethod } from '../auth/sessions.js';
import { consumeSigninLink, peekSigninLink } from '../auth/signin-links.js';
import type { AppContext } from '../context.js';
import { viewerOf } from './auth/authenticate.js';
import { clearSessionCookie, setSessionCookie } from './auth/cookies.js';
import { requireCsrf } from './auth/csrf.js';
import { connectableProviders } from './connections-view.js';
import { html, layout, messagePage } from './html.js';
import { sendPageError } from './page-errors.js';

/** Only local paths are followed after sign-in, so a link cannot bounce the rep elsewhere. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) && value.length < 500
    ? value
    : '/';
}

/** Signs the rep in: a fresh session (never one an attacker planted), then the next page. */
export async function signIn(
  ctx: AppContext,
  res: Response,
  repId: string,
  method: SigninMethod,
  next: string,
): Promise<void> {
  // A browser signs in as one rep at a time: the session it had (maybe another rep's) ends.
  const previous = res.locals.viewer?.sessionId;
  if (previous) await endSession(ctx, previous);
  const cookie = await createSession(ctx, repId, method);
  setSessionCookie(res, ctx.config, cookie, ctx.config.auth.sessionMaxMs);
  ctx.log.info('signed in', { rep: repId, method });
  res.redirect(303, safeNext(next));
}

/**
 * A sign-in POST from another site (login CSRF) is refused. Browsers label every request
 * with Sec-Fetch-Site; our pages send no Referer, so their Origin is "null" and the label
 * is what counts. Clients without it (curl, old browsers) fall back to the Origin header.
 */
function sameOrigin(ctx: AppContext, req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = req.get('origin');
  if (!origin || origin === ctx.config.http.publicUrl) return true;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

function signinPage(ctx: AppContext, next: string): string {
  const providers = connectableProviders(ctx).map(
    (p) =>
      html`<p><a class="button" href="/signin/${p.name}/start?next=${encodeURIComponent(next)}">Sign in with ${p.label}</a></p>`,
  );
  return layout(
    'Sign in',
    html`<h1>Sign in to agendum</h1><div class="card">${providers}
<p>${providers.length ? 'Or use' : 'Use'} a one-time sign-in link. Whoever runs agendum creates one with
<code>agendum signin-link --email you@example.com</code>; it works once, for ${Math.round(ctx.config.auth.signinLinkMs / 60_000)} minutes.</p></div>`,
  );
}

/** The sign-in and sign-out routes. */
export function signinRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/signin', (req, res) => {
    if (res.locals.viewer) return res.redirect(303, safeNext(req.query.next));
    res.type('html').send(signinPage(ctx, safeNext(req.query.next)));
  });

  router.get('/signin/:token', async (req, res) => {
    try {
      const rep = await peekSigninLink(ctx, String(req.params.token));
      res.type('html').send(
        layout(
          'Sign in',
          html`<h1>Sign in to agendum</h1><form class="card" method="post" action="">
<p>Sign in as <strong>${rep.name}</strong> (${rep.email})?</p>
<div class="actions"><button type="submit">Sign in</button></div></form>`,
        ),
      );
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });

  router.post('/signin/:token', async (req, res) => {
    try {
      if (!sameOrigin(ctx, req)) {
        res
          .status(403)
          .type('html')
          .send(messagePage('Not allowed', 'Open the sign-in link directly.', 'error'));
        return;
      }
      const repId = await consumeSigninLink(ctx, String(req.params.token));
      await signIn(ctx, res, repId, 'link', '/');
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });

  router.post('/logout', requireCsrf, async (_req, res, next) => {
    try {
      if (res.locals.viewer) await endSession(ctx, viewerOf(res).sessionId ?? '');
      clearSessionCookie(res, ctx.config);
      res.redirect(303, '/signin');
    } catch (err) {
      next(err);
    }
  });

  return router;
}
