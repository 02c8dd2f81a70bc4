/**
 * Signing in with Google or Microsoft: `/signin/:provider/start` sends the browser to the
 * provider (identity scopes only) with a state and nonce bound to it by a short-lived
 * cookie; `/signin/:provider/callback` exchanges the code, checks the id token and signs
 * the rep in (see auth/oidc-*.ts for what is checked and why).
 */
import { type Request, type Response, Router } from 'express';
import { type OidcProvider, oidcProvider } from '../auth/oidc-providers.js';
import { repForSignin } from '../auth/oidc-signin.js';
import { ATTEMPT_TTL_MS, readAttempt, startAttempt } from '../auth/oidc-state.js';
import { authorizationUrl, createIdTokenVerifier, exchangeCode } from '../auth/oidc-token.js';
import type { AppContext } from '../context.js';
import { AppError, errorMessage, httpStatusFor } from '../errors.js';
import { consumeActionToken } from '../messages/action-tokens.js';
import { readCookie } from './auth/cookies.js';
import { messagePage } from './html.js';
import { safeNext, signIn } from './signin-routes.js';

const COOKIE = 'agendum_signin';

/** Scoped to the callback's path, so no other page ever receives it. */
function attemptCookie(ctx: AppContext, value: string, maxAgeSeconds: number): string {
  const secure = ctx.config.http.publicUrl.startsWith('https:') ? '; Secure' : '';
  return `${COOKIE}=${value}; Path=/signin; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

function providerOf(ctx: AppContext, req: Request): OidcProvider {
  const p = oidcProvider(ctx.config, String(req.params.provider));
  if (!p) throw new AppError('not_found', 'There is no such sign-in here. Go back to /signin.');
  return p;
}

const redirectUri = (ctx: AppContext, p: OidcProvider) =>
  `${ctx.config.http.publicUrl}/signin/${p.name}/callback`;

function fail(res: Response, ctx: AppContext, err: unknown): void {
  const status = err instanceof AppError ? httpStatusFor(err.code) : 500;
  if (status >= 500) ctx.log.error('sign-in failed', { error: errorMessage(err) });
  else ctx.log.warn('sign-in refused', { error: errorMessage(err) });
  const text = err instanceof AppError ? err.message : 'Something went wrong. Try again in a minute.';
  res
    .status(status)
    .type('html')
    .send(messagePage('Could not sign you in', text, 'error'));
}

/** The state and code of a callback, once it is known to finish this browser's attempt. */
async function takeAttempt(ctx: AppContext, req: Request, res: Response, p: OidcProvider) {
  if (typeof req.query.error === 'string') {
    throw new AppError(
      'bad_request',
      `${p.label} said "${req.query.error.slice(0, 100)}": you were not signed in. Start again at /signin.`,
    );
  }
  const { code, state } = req.query;
  if (typeof code !== 'string' || typeof state !== 'string') {
    throw new AppError(
      'bad_request',
      'This address needs the code and state the provider adds. Start at /signin.',
    );
  }
  const cookie = readCookie(req, COOKIE);
  const attempt = readAttempt(ctx.secretKey, cookie, { provider: p.name, state }, ctx.clock());
  res.append('Set-Cookie', attemptCookie(ctx, '', 0));
  // Prefixed: a sign-in state shares the table with link tokens and must never match one.
  await consumeActionToken(
    ctx.db,
    `oidc:${attempt.state}`,
    'This sign-in was already completed. Start again at /signin.',
  );
  return { attempt, code };
}

/** The Google and Microsoft sign-in routes. */
export function oidcRoutes(ctx: AppContext): Router {
  const router = Router();
  const verifier = createIdTokenVerifier();

  router.get('/signin/:provider/start', (req, res) => {
    try {
      const p = providerOf(ctx, req);
      const { attempt, cookie } = startAttempt(ctx.secretKey, p.name, safeNext(req.query.next), ctx.clock());
      res.append('Set-Cookie', attemptCookie(ctx, cookie, ATTEMPT_TTL_MS / 1000));
      res.redirect(302, authorizationUrl(p, attempt, redirectUri(ctx, p)));
    } catch (err) {
      fail(res, ctx, err);
    }
  });

  router.get('/signin/:provider/callback', async (req, res) => {
    try {
      const p = providerOf(ctx, req);
      const { attempt, code } = await takeAttempt(ctx, req, res, p);
      const idToken = await exchangeCode(p, code, redirectUri(ctx, p), ctx.config.providerTimeouts.requestMs);
      const identity = await verifier.verify(p, idToken, attempt.nonce, ctx.clock());
      const rep = await repForSignin(ctx, p.name, identity);
      await signIn(ctx, res, rep.id, p.name, attempt.next);
    } catch (err) {
      fail(res, ctx, err);
    }
  });

  return router;
}
