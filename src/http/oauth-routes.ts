/**
 * Connecting a rep's account: `/oauth/:provider/start` sends the browser to the provider's
 * consent screen; `/oauth/:provider/callback` takes the code, stores the tokens and starts
 * syncing. The `state` is a signed, expiring, single-use token bound to the browser by a
 * cookie, so a callback link crafted by someone else cannot connect their account to us.
 */
import { type Request, type Response, Router } from 'express';
import { domainOf } from '../compose/names.js';
import type { AppContext } from '../context.js';
import { AppError, errorMessage, httpStatusFor } from '../errors.js';
import type { OAuthProviderName } from '../providers/oauth-providers.js';
import { signActionToken, verifyActionToken } from '../security/action-token.js';
import { sameSecret } from '../security/same-secret.js';
import { connectAccount } from '../workflows/connect-account.js';
import { messagePage } from './html.js';

const STATE_TTL_MS = 10 * 60_000;
const COOKIE = 'agendum_oauth';
const PROVIDERS: readonly OAuthProviderName[] = ['google', 'microsoft'];

function providerOf(req: Request): OAuthProviderName {
  const p = req.params.provider as OAuthProviderName;
  if (!PROVIDERS.includes(p)) throw new AppError('not_found', `There is no provider called "${String(p)}".`);
  return p;
}

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
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
 * A sign-in may create a new rep only for an allowed domain (ALLOWED_SIGNUP_DOMAINS); reps
 * that exist (created by an admin with `agendum connect`, or earlier) may always reconnect.
 */
async function checkSignupAllowed(ctx: AppContext, email: string): Promise<void> {
  const allowed = ctx.config.allowedSignupDomains;
  if (allowed.length === 0) return;
  const domain = domainOf(email.trim());
  if (allowed.includes(domain)) return;
  if (await ctx.db.rep.findUnique({ where: { email: email.trim().toLowerCase() } })) return;
  ctx.log.warn('sign-in refused: domain not allowed', { domain });
  throw new AppError(
    'token_invalid',
    `${email} may not connect to this agendum: its domain is not in ALLOWED_SIGNUP_DOMAINS. Ask your admin to add it, or to connect you with agendum connect.`,
  );
}

/** The OAuth routes; `onConnected` starts the sync loops of the new connection. */
export function oauthRoutes(ctx: AppContext, onConnected?: (connectionId: string) => void): Router {
  const router = Router();

  router.get('/oauth/:provider/start', async (req, res) => {
    try {
      const provider = providerOf(req);
      const flow = ctx.providers.oauthFlow(provider);
      const state = signActionToken(
        ctx.secretKey,
        'oauth',
        provider,
        new Date(ctx.clock().getTime() + STATE_TTL_MS),
      );
      const hint = typeof req.query.email === 'string' ? req.query.email.slice(0, 254) : undefined;
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
      if (payload.ref !== provider || !sameSecret(cookieValue(req, COOKIE) ?? '', payload.jti)) {
        throw new AppError(
          'token_invalid',
          `This sign-in was not started in this browser. Start again at /oauth/${provider}/start.`,
        );
      }
      await ctx.db.usedToken.create({ data: { jti: payload.jti } }).catch(() => {
        throw new AppError(
          'token_used',
          `This sign-in was already completed. Start again at /oauth/${provider}/start to reconnect.`,
        );
      });
      const account = await ctx.providers.oauthFlow(provider).exchangeCode(code);
      await checkSignupAllowed(ctx, account.email);
      const result = await connectAccount(ctx, provider, account);
      onConnected?.(result.connectionId);
      res.setHeader('Set-Cookie', `${COOKIE}=; Path=/oauth; Max-Age=0`);
      const resumed = result.resumedSteps ? ` ${result.resumedSteps} waiting step(s) resumed.` : '';
      res
        .type('html')
        .send(
          messagePage(
            'Connected',
            `${account.email} is connected. agendum now watches this calendar and drafts agendas for prospect meetings.${resumed}`,
          ),
        );
    } catch (err) {
      fail(res, ctx, err);
    }
  });
  return router;
}
