/**
 * Connecting a rep's account: `/oauth/:provider/start` sends the browser to the provider's
 * consent screen; `/oauth/:provider/callback` takes the code, stores the tokens and starts
 * syncing. Both need a signed-in rep, and the account connected must be that rep's own
 * (same address): from the browser a rep connects only themself; an admin connects someone
 * else's account with `agendum connect`. The `state` is a signed, expiring, single-use
 * token bound to the browser by a cookie, so a callback link crafted by someone else
 * cannot connect their account to us.
 */
import { type Request, type Response, Router } from 'express';
import type { Viewer } from '../auth/viewer.js';
import type { AppContext } from '../context.js';
import { AppError, errorMessage, httpStatusFor } from '../errors.js';
import { consumeActionToken } from '../messages/action-tokens.js';
import type { OAuthProviderName } from '../providers/oauth-providers.js';
import { signActionToken, verifyActionToken } from '../security/action-token.js';
import { sameSecret } from '../security/same-secret.js';
import { connectAccount } from '../workflows/connections/connect-account.js';
import { readCookie } from './auth/cookies.js';
import { html, messagePage } from './html.js';

const STATE_TTL_MS = 10 * 60_000;
const COOKIE = 'agendum_oauth';
const PROVIDERS: readonly OAuthProviderName[] = ['google', 'microsoft'];

function providerOf(req: Request): OAuthProviderName {
  const p = req.params.provider as OAuthProviderName;
  if (!PROVIDERS.includes(p)) throw new AppError('not_found', `There is no provider called "${String(p)}".`);
  return p;
}

function fail(res: Response, ctx: AppContext, err: unknown): void {
  const status = err instanceof AppError ? httpStatusFor(err.code) : 500;
  if (status >= 500) ctx.log.error('oauth connect failed', { error: errorMessage(err) });
  const text =
    err instanceof AppError ? err.message : 'The provider did not answer as expected. Try again in a minute.';
  res
    .status(status)
    .type('html')
    .send(messagePage('Could not connect the account', text, 'error'));
}

/**
 * The signed-in rep, or undefined after redirecting to sign-in. From a callback the rep
 * is sent back to the start (the code in its address is single use and short-lived).
 */
function viewerOrSignin(req: Request, res: Response, provider: OAuthProviderName): Viewer | undefined {
  const viewer = res.locals.viewer;
  if (viewer) return viewer;
  const next = req.path.endsWith('/callback') ? `/oauth/${provider}/start` : req.originalUrl.slice(0, 500);
  res.redirect(303, `/signin?next=${encodeURIComponent(next)}`);
  return undefined;
}

/** A rep connects their own account only: the provider's address must be the rep's. */
function requireOwnAccount(viewer: Viewer, provider: OAuthProviderName, email: string): void {
  if (email.trim().toLowerCase() === viewer.email.toLowerCase()) return;
  throw new AppError(
    'conflict',
    `You are signed in as ${viewer.email}, but the ${provider} account you chose is ${email}. Start again at /oauth/${provider}/start and choose ${viewer.email}, or sign in as ${email} first. (An admin connects another rep's account with agendum connect.)`,
  );
}

/**
 * A rep who joined by signing in has no zone of their own yet (UTC); the first calendar
 * they connect gives them its zone, as connecting did when it created the rep. A rep with
 * any connection already (`agendum rep add` makes a local one) keeps theirs.
 */
async function adoptCalendarZone(
  ctx: AppContext,
  repId: string,
  timeZone: string | undefined,
): Promise<void> {
  if (!timeZone || (await ctx.db.connection.count({ where: { repId } })) > 0) return;
  await ctx.db.rep.updateMany({ where: { id: repId, timeZone: 'UTC' }, data: { timeZone } });
}

/** The OAuth routes; `onConnected` starts the sync loops of the new connection. */
export function oauthRoutes(ctx: AppContext, onConnected?: (connectionId: string) => void): Router {
  const router = Router();

  router.get('/oauth/:provider/start', async (req, res) => {
    try {
      const provider = providerOf(req);
      const viewer = viewerOrSignin(req, res, provider);
      if (!viewer) return;
      const flow = ctx.providers.oauthFlow(provider);
      const state = signActionToken(
        ctx.secretKey,
        'oauth',
        provider,
        new Date(ctx.clock().getTime() + STATE_TTL_MS),
      );
      const hint = typeof req.query.email === 'string' ? req.query.email.slice(0, 254) : viewer.email;
      const jti = verifyActionToken(ctx.secretKey, state, 'oauth', ctx.clock()).jti;
      const secure = ctx.config.http.publicUrl.startsWith('https:') ? '; Secure' : '';
      res.setHeader(
        'Set-Cookie',
        `${COOKIE}=${jti}; Path=/oauth; HttpOnly; SameSite=Lax; Max-Age=600${secure}`,
      );
      res.redirect(302, await flow.authUrl(state, hint));
    } catch (err) {
      fail(res, ctx, err);
    }
  });

  router.get('/oauth/:provider/callback', async (req, res) => {
    try {
      const provider = providerOf(req);
      const viewer = viewerOrSignin(req, res, provider);
      if (!viewer) return;
      if (typeof req.query.error === 'string') {
        throw new AppError(
          'bad_request',
          `The provider said "${req.query.error.slice(0, 100)}": access was not granted. Start again at /oauth/${provider}/start.`,
        );
      }
      const { code, state } = req.query;
      if (typeof code !== 'string' || typeof state !== 'string') {
        throw new AppError(
          'bad_request',
          `This address needs the code and state the provider adds. Start at /oauth/${provider}/start.`,
        );
      }
      const payload = verifyActionToken(ctx.secretKey, state, 'oauth', ctx.clock());
      if (payload.ref !== provider || !sameSecret(readCookie(req, COOKIE) ?? '', payload.jti)) {
        throw new AppError(
          'token_invalid',
          `This sign-in was not started in this browser. Start again at /oauth/${provider}/start.`,
        );
      }
      await consumeActionToken(
        ctx.db,
        payload.jti,
        `This sign-in was already completed. Start again at /oauth/${provider}/start to reconnect.`,
      );
      const account = await ctx.providers.oauthFlow(provider).exchangeCode(code);
      requireOwnAccount(viewer, provider, account.email);
      await adoptCalendarZone(ctx, viewer.repId, account.timeZone);
      const result = await connectAccount(ctx, provider, account);
      onConnected?.(result.connectionId);
      res.setHeader('Set-Cookie', `${COOKIE}=; Path=/oauth; Max-Age=0`);
      const resumed = result.resumedSteps ? ` ${result.resumedSteps} waiting step(s) resumed.` : '';
      res
        .type('html')
        .send(
          messagePage(
            'Connected',
            html`${account.email} is connected. agendum now watches this calendar and drafts agendas for prospect meetings.${resumed} <a href="/connections">See your connections</a>`,
          ),
        );
    } catch (err) {
      fail(res, ctx, err);
    }
  });
  return router;
}
