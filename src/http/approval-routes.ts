/**
 * `/a/:token`: the rep's approval page. GET only shows (mail scanners prefetch links);
 * POST approves, skips or previews. The token is signed, expires, and acts once.
 */
import { type Request, type Response, Router } from 'express';
import type { AppContext } from '../context.js';
import { describePointSource } from '../domain/describe-point-source.js';
import { AppError } from '../errors.js';
import { verifyActionToken } from '../security/action-token.js';
import { approveMessage, previewDraft, skipMessage } from '../workflows/approve-message.js';
import type { AgendaEdits } from '../workflows/compose-meeting-agenda.js';
import { messagePage } from './html.js';
import { sendPageError } from './page-errors.js';
import { renderApprovalPage } from './pages/approval-page.js';

const field = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' ? v.slice(0, max).replace(/\r\n?/g, '\n').trim() : undefined;

/** The edits in a posted form: only what differs from the current draft counts. */
function editsFrom(body: Record<string, unknown>, current: Required<AgendaEdits>): AgendaEdits {
  const subject = field(body.subject, 300);
  const purpose = field(body.purpose, 2000);
  const outcome = field(body.outcome, 2000);
  const agendaText = field(body.agenda, 4000);
  const agenda = agendaText
    ?.split('\n')
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
  return {
    subject: subject && subject !== current.subject ? subject : undefined,
    purpose: purpose && purpose !== current.purpose ? purpose : undefined,
    outcome: outcome && outcome !== current.outcome ? outcome : undefined,
    agenda:
      agenda && agenda.length > 0 && agenda.join('\n') !== current.agenda.join('\n') ? agenda : undefined,
  };
}

async function loadDraft(ctx: AppContext, token: string) {
  const payload = verifyActionToken(ctx.secretKey, token, 'approve', ctx.clock());
  if (await ctx.db.usedToken.findUnique({ where: { jti: payload.jti } })) {
    throw new AppError('token_used', 'This link was already used. Open the dashboard to see what happened.');
  }
  const msg = await ctx.db.message.findUnique({ where: { id: payload.ref }, include: { meeting: true } });
  if (!msg) throw new AppError('not_found', 'This draft no longer exists.');
  const edits = (msg.edits ?? {}) as AgendaEdits;
  const m = msg.meeting;
  const current: Required<AgendaEdits> = {
    subject: msg.subject,
    purpose: edits.purpose ?? m?.purpose ?? '',
    agenda: edits.agenda ?? ((m?.agendaItems as string[]) || []),
    outcome: edits.outcome ?? m?.desiredOutcome ?? '',
  };
  return { payload, msg, current };
}

type LoadedDraft = Awaited<ReturnType<typeof loadDraft>>['msg'];

function pageFor(
  msg: LoadedDraft,
  fields: Required<AgendaEdits>,
  preview: { subject: string; text: string },
  dueNote: string,
): string {
  const m = msg.meeting;
  return renderApprovalPage({
    meetingTitle: m?.title ?? msg.subject,
    meetingWhen: m
      ? m.start.toLocaleString('en-US', { timeZone: m.timeZone, dateStyle: 'full', timeStyle: 'short' })
      : '',
    to: msg.to as string[],
    reason: m?.reason ?? '',
    pointSource: m ? describePointSource(m.stage, m.pointSource as object) : '',
    dueNote,
    fields,
    editable: msg.kind === 'agenda',
    kind: msg.kind === 'recap' ? 'the recap' : 'the agenda',
    // The prospect's confirmation link is theirs: the rep sees a placeholder, as in the approval email.
    preview: {
      subject: preview.subject,
      text: preview.text.replace(/https?:\/\/\S+\/c\/\S+/g, '[confirmation link]'),
    },
  });
}

/** The approval routes. */
export function approvalRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/a/:token', async (req: Request, res: Response) => {
    try {
      const { msg, current } = await loadDraft(ctx, String(req.params.token));
      if (msg.status !== 'awaiting_approval') throw await statusError(ctx, msg.id);
      res.type('html').send(pageFor(msg, current, msg, 'Nothing is sent until you choose "Approve & send".'));
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });

  router.post('/a/:token/preview', async (req: Request, res: Response) => {
    try {
      const { msg, current } = await loadDraft(ctx, String(req.params.token));
      const preview = await previewDraft(ctx, msg.id, editsFrom(req.body ?? {}, current));
      res.json({ subject: preview.subject, text: preview.text });
    } catch (err) {
      res
        .status(err instanceof AppError ? 409 : 500)
        .json({ error: err instanceof Error ? err.message : 'failed' });
    }
  });

  router.post('/a/:token', async (req: Request, res: Response) => {
    try {
      const { payload, msg, current } = await loadDraft(ctx, String(req.params.token));
      const body = (req.body ?? {}) as Record<string, unknown>;
      const edits = editsFrom(body, current);
      if (body.action === 'skip') {
        await skipMessage(ctx, msg.id, { jti: payload.jti });
        res.type('html').send(messagePage('Skipped', 'Nothing will be sent for this meeting.'));
      } else if (body.action === 'approve') {
        await approveMessage(ctx, msg.id, { edits, jti: payload.jti });
        res
          .type('html')
          .send(messagePage('Approved', `The agenda is on its way to ${(msg.to as string[]).join(', ')}.`));
      } else {
        const preview = await previewDraft(ctx, msg.id, edits);
        const fields = {
          ...current,
          ...Object.fromEntries(Object.entries(edits).filter(([, v]) => v !== undefined)),
        };
        res.type('html').send(pageFor(msg, fields, preview, 'Preview only: nothing was saved or sent.'));
      }
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });

  return router;
}

/** The explanation for a draft that can no longer be approved. */
async function statusError(ctx: AppContext, messageId: string): Promise<AppError> {
  try {
    await previewDraft(ctx, messageId, {});
    return new AppError('conflict', 'This draft cannot be approved.');
  } catch (err) {
    return err instanceof AppError ? err : new AppError('conflict', String(err));
  }
}
