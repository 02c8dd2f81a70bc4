/**
 * `/a/:token` for a recap prompt: the rep records the outcome of a meeting. Approval links
 * share the `/a/` prefix; their tokens fall through to approval-routes.ts.
 */
import { type NextFunction, type Request, type Response, Router } from 'express';
import { DateTime } from 'luxon';
import { formatDateTime } from '../compose/format-time.js';
import { toRepVoice } from '../compose/rep-voice.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { isTokenUsed } from '../messages/action-tokens.js';
import { REP_LINK_PURPOSES, verifyActionToken } from '../security/action-token.js';
import { recordOutcome } from '../workflows/inbound/record-outcome.js';
import { messagePage } from './html.js';
import { sendPageError } from './page-errors.js';
import { renderOutcomePage } from './pages/outcome-page.js';

async function load(ctx: AppContext, token: string) {
  const payload = verifyActionToken(ctx.secretKey, token, REP_LINK_PURPOSES, ctx.clock());
  if (payload.p !== 'recap') return null;
  if (await isTokenUsed(ctx.db, payload.jti)) {
    throw new AppError('token_used', 'This link was already used: the outcome is recorded.');
  }
  const meeting = await ctx.db.meeting.findUnique({
    where: { id: payload.ref },
    include: { outcome: true, rep: true },
  });
  if (!meeting) throw new AppError('not_found', 'This meeting no longer exists.');
  if (meeting.outcome) throw new AppError('conflict', 'The outcome of this meeting is already recorded.');
  return { payload, meeting };
}

/** Reads the posted date (yyyy-mm-dd) as 17:00 in the rep's zone. */
function dueFrom(value: unknown, zone: string): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = DateTime.fromISO(`${value}T17:00`, { zone });
  return d.isValid ? d.toJSDate() : undefined;
}

/** The outcome routes. */
export function outcomeRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/a/:token', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const d = await load(ctx, String(req.params.token));
      if (!d) return next();
      const m = d.meeting;
      res.type('html').send(
        renderOutcomePage({
          meetingTitle: m.title,
          meetingWhen: formatDateTime(m.start, m.rep.timeZone),
          // The point was written to the prospect; the rep reads it about them.
          purpose: toRepVoice(m.purpose ?? ''),
          desiredOutcome: toRepVoice(m.desiredOutcome ?? ''),
          suggestedDue:
            DateTime.fromJSDate(ctx.clock(), { zone: m.rep.timeZone }).plus({ days: 7 }).toISODate() ?? '',
        }),
      );
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });
  router.post('/a/:token', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const d = await load(ctx, String(req.params.token));
      if (!d) return next();
      const body = (req.body ?? {}) as Record<string, unknown>;
      const text = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 2000) : '');
      const owner = body.owner === 'prospect' || body.owner === 'both' ? body.owner : 'rep';
      await recordOutcome(
        ctx,
        d.meeting.id,
        {
          agreed: text(body.agreed),
          nextStep: text(body.nextStep),
          owner,
          due: dueFrom(body.due, d.meeting.rep.timeZone),
        },
        { jti: d.payload.jti },
      );
      res.type('html').send(messagePage('Saved', 'The recap is drafted and follows your approval setting.'));
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });
  return router;
}
