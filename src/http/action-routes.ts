/**
 * `/a/:token` for a notice about a prospect's answer: the action page. GET only shows (mail
 * scanners prefetch links); POST previews, revises and sends, or settles. Approval and
 * outcome links share the `/a/` prefix; their tokens pass on to those routes.
 */
import { type NextFunction, type Request, type Response, Router } from 'express';
import type { AppContext } from '../context.js';
import { readRepAction } from '../domain/rep-actions.js';
import { AppError } from '../errors.js';
import { meetingUrl } from '../messages/links.js';
import { settleAnswer } from '../workflows/inbound/settle-answer.js';
import { reviseAndSend } from '../workflows/outbound/revise-and-send.js';
import { revisionDraft } from '../workflows/outbound/revision-draft.js';
import { actionPageData, type LoadedAction, loadAction, readActionForm } from './action-review.js';
import { html, messagePage } from './html.js';
import { sendPageError } from './page-errors.js';
import { renderActionPage } from './pages/action-page.js';
import { sendEmptyFrame, sendPreviewFrame } from './preview-frame.js';

type Body = Record<string, unknown>;

const NOTHING = { subject: '', text: '', html: '' };

/** The revision as it would go out, for the preview; empty when there is nothing to revise. */
async function previewOf(ctx: AppContext, d: LoadedAction, body: Body | null) {
  const read = readActionForm(ctx, d, body);
  if (!read.edits) return { read, preview: NOTHING };
  try {
    const draft = await revisionDraft(
      ctx,
      d.meeting.id,
      { edits: read.edits, note: read.note },
      { preview: true },
    );
    return { read, preview: { subject: draft.subject, text: draft.text, html: draft.html } };
  } catch (err) {
    // Nothing was sent yet to revise (the page then offers no revision).
    if (err instanceof AppError && err.code === 'conflict') return { read, preview: NOTHING };
    throw err;
  }
}

/** What each settling action did, for the page after it. */
const DONE: Record<string, (who: string) => string> = {
  mark_confirmed: () => 'Marked confirmed.',
  keep: (who) => `Kept as it is. Nothing was sent to ${who}.`,
  stop: () => 'Stopped. Nothing more goes out about this meeting.',
  keep_going: () => 'The meeting goes ahead: its reminders and recap are planned again.',
};

async function act(ctx: AppContext, d: LoadedAction, body: Body, path: string) {
  const action = readRepAction(body.action);
  const { read, preview } = await previewOf(ctx, d, body);
  const page = async (status: number, message?: { text: string; error?: boolean }) => ({
    status,
    html: renderActionPage({
      ...(await actionPageData(ctx, d, read.form, preview, message)),
      path,
      edited: true,
      note: read.note,
    }),
  });
  if (!action) return page(200, { text: 'Preview only: nothing was saved or sent.' });
  const back = html`<a href="${meetingUrl(ctx, d.meeting.id)}">Open the meeting</a>`;
  if (action === 'revise') {
    if (read.error) return page(400, { text: `Nothing was sent: ${read.error}`, error: true });
    if (!read.edits) throw new AppError('conflict', 'This meeting has nothing to revise yet.');
    try {
      await reviseAndSend(ctx, d.meeting.id, { edits: read.edits, note: read.note }, { jti: d.jti });
    } catch (err) {
      // Nothing to send (no change): the page again, with everything the rep typed.
      if (err instanceof AppError && err.code === 'bad_request')
        return page(400, { text: err.message, error: true });
      throw err;
    }
    return {
      status: 200,
      html: messagePage(
        'Sent',
        html`The revised ${d.target} is on its way. agendum tells you when they answer. ${back}`,
      ),
    };
  }
  await settleAnswer(ctx, d.meeting.id, d.target, action, { jti: d.jti, note: read.note, via: 'page' });
  return { status: 200, html: messagePage('Done', html`${DONE[action]?.('the prospect') ?? ''} ${back}`) };
}

/** The action routes. */
export function actionRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/a/:token', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const d = await loadAction(ctx, String(req.params.token));
      if (!d) return next();
      const { read, preview } = await previewOf(ctx, d, null);
      const path = `/a/${String(req.params.token)}`;
      res
        .type('html')
        .send(renderActionPage({ ...(await actionPageData(ctx, d, read.form, preview)), path }));
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });
  // The preview frame: the revision's HTML part, as it stands (GET) or with the posted edits.
  router.all('/a/:token/frame', async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    try {
      const d = await loadAction(ctx, String(req.params.token));
      if (!d) return next();
      const { preview } = await previewOf(ctx, d, req.method === 'POST' ? ((req.body ?? {}) as Body) : null);
      sendPreviewFrame(res, preview.html);
    } catch (err) {
      sendEmptyFrame(res, err instanceof AppError ? 409 : 500);
    }
  });

  router.post('/a/:token/preview', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const d = await loadAction(ctx, String(req.params.token));
      if (!d) return next();
      const { read, preview } = await previewOf(ctx, d, (req.body ?? {}) as Body);
      const due = read.form?.kind === 'recap' ? read.form.due : {};
      res.json({
        subject: preview.subject,
        text: preview.text,
        ...(due.words !== undefined ? { due: due.words } : {}),
        ...(due.error ? { dueError: due.error } : {}),
      });
    } catch (err) {
      res
        .status(err instanceof AppError ? 409 : 500)
        .json({ error: err instanceof Error ? err.message : 'failed' });
    }
  });
  router.post('/a/:token', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const d = await loadAction(ctx, String(req.params.token));
      if (!d) return next();
      const answer = await act(ctx, d, (req.body ?? {}) as Body, `/a/${String(req.params.token)}`);
      res.status(answer.status).type('html').send(answer.html);
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });
  return router;
}
