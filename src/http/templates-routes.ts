/**
 * The template editor, for admins only (a rep gets 403; signing in comes first):
 * `/templates` (every editable file), `/templates/<language>/<path>` (the editor: Preview,
 * Save, Revert, Reset by POST with the CSRF token, usable without JavaScript),
 * `/templates/frame/<language>/<path>` (the preview's HTML part under its own policy) and
 * `POST /api/templates/preview` (the live preview: JSON, `{error:{code,message,details}}`
 * with the line and column on a template error).
 */
import { type Request, type Response, Router } from 'express';
import { isEditablePath, listEditablePaths } from '../compose/editable-paths.js';
import type { AppContext } from '../context.js';
import type { Language } from '../domain/languages.js';
import { AppError } from '../errors.js';
import {
  currentTemplateText,
  revertToVersion,
  saveTemplateVersion,
  templateHistory,
} from '../workflows/templates/save-template.js';
import { requireAdmin, viewerOf } from './auth/authenticate.js';
import { requireCsrf } from './auth/csrf.js';
import { messagePage } from './html.js';
import { sendPageError } from './page-errors.js';
import { renderTemplateEditor } from './pages/template-editor-page.js';
import { editorPath, renderTemplatesPage } from './pages/templates-page.js';
import { sendEmptyFrame, sendPreviewFrame } from './preview-frame.js';
import { type EditPreview, previewEdit } from './template-edit-preview.js';
import { templateErrorView } from './template-error-view.js';
import { savedNotice } from './template-notices.js';

const FORBIDDEN_TEXT = 'Only an admin may edit the templates. Ask your admin to change an email’s wording.';

interface Target {
  language: Language;
  path: string;
}

/** The file an address names, or null when it is not an editable file. */
async function targetOf(ctx: AppContext, req: Request): Promise<Target | null> {
  const language = String(req.params.language ?? '');
  const raw = req.params.path as unknown;
  const rel = Array.isArray(raw) ? raw.join('/') : String(raw ?? '');
  return (await isEditablePath(ctx.config.templatesDir, language, rel))
    ? { language: language as Language, path: rel }
    : null;
}

const bodyOf = (req: Request): string | null => {
  const v = (req.body as Record<string, unknown> | undefined)?.body;
  return typeof v === 'string' ? v.replace(/\r\n/g, '\n') : null;
};

function notFound(res: Response): void {
  res
    .status(404)
    .type('html')
    .send(messagePage('No such template', 'Pick a file from the list at /templates.', 'error'));
}

async function sendEditor(
  ctx: AppContext,
  res: Response,
  t: Target,
  text: string,
  extra: { preview: EditPreview; notice?: string; status?: number; posted?: boolean },
): Promise<void> {
  const history = await templateHistory(ctx, t.language, t.path);
  const page = renderTemplateEditor({
    csrfToken: viewerOf(res).csrfToken ?? '',
    ...t,
    text,
    edited: (history[0]?.hasBody ?? false) === true,
    email: extra.preview.email,
    previewOn: extra.preview.previewOn,
    history,
    ...(extra.preview.error ? { error: extra.preview.error } : {}),
    ...(extra.notice ? { notice: extra.notice } : {}),
    posted: extra.posted === true,
  });
  res
    .status(extra.status ?? 200)
    .type('html')
    .send(page);
}

type Change = 'save' | 'revert' | 'reset';
const CHANGES: readonly string[] = ['save', 'revert', 'reset'];

/** Stores the change the form asks for (a check failing throws AppError('template_invalid')). */
function applyChange(ctx: AppContext, t: Target, change: Change, b: Record<string, unknown>, by: string) {
  if (change === 'revert') return revertToVersion(ctx, String(b.versionId ?? ''), t, by);
  if (change === 'reset') {
    return saveTemplateVersion(ctx, { ...t, body: null }, { by, note: 'Reset to the bundled file' });
  }
  const note = typeof b.note === 'string' && b.note.trim() ? b.note.trim().slice(0, 200) : undefined;
  const body = typeof b.body === 'string' ? b.body.replace(/\r\n/g, '\n') : '';
  return saveTemplateVersion(ctx, { ...t, body }, { by, ...(note ? { note } : {}) });
}

/**
 * Saves, reverts or resets, then back to the editor with what it did; an invalid text comes
 * back with its error. Any other button (Preview) renders the posted text without saving.
 */
async function act(ctx: AppContext, req: Request, res: Response, t: Target): Promise<void> {
  const viewer = viewerOf(res);
  const b = (req.body ?? {}) as Record<string, unknown>;
  const action = String(b.action ?? 'preview');
  const body = bodyOf(req);
  if (!CHANGES.includes(action)) {
    const text = body ?? (await currentTemplateText(ctx, t.language, t.path));
    const preview = await previewEdit(ctx, viewer.repId, { ...t, body: text });
    return sendEditor(ctx, res, t, text, { preview, posted: body !== null });
  }
  try {
    const saved = await applyChange(ctx, t, action as Change, b, viewer.repId);
    const q = new URLSearchParams({
      done: action,
      drafts: String(saved.drafts.rerendered),
      kept: String(saved.drafts.keptEdits),
      mailbox: String(saved.drafts.leftInMailbox),
    });
    res.redirect(303, `${editorPath(t.language, t.path)}?${q}`);
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'template_invalid')) throw err;
    const text = action === 'save' ? (body ?? '') : await currentTemplateText(ctx, t.language, t.path);
    const error = templateErrorView(err, { ...t, body: text }, ctx.config.templatesDir);
    const notice = 'Nothing was saved: fix the error below and save again.';
    const preview: EditPreview = { email: null, previewOn: '', error };
    await sendEditor(ctx, res, t, text, { preview, notice, status: 400, posted: action === 'save' });
  }
}

/** The pages; mount behind requireViewer('page') and requireCsrf. */
export function templatesPageRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use('/templates', requireAdmin('page', FORBIDDEN_TEXT, 'Templates are for admins'));
  router.get('/templates', async (_req, res) => {
    try {
      const languages = await listEditablePaths(ctx.config.templatesDir);
      res.type('html').send(renderTemplatesPage(languages, new Set(ctx.storedTemplates.bodies().keys())));
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  // The HTML part in the preview frame: GET the current text's, POST (the form's) the edited text's.
  router.all('/templates/frame/:language/*path', async (req, res) => {
    try {
      const t = await targetOf(ctx, req);
      if (!t || (req.method !== 'GET' && req.method !== 'POST')) return sendEmptyFrame(res, 404);
      const body = req.method === 'POST' ? bodyOf(req) : null;
      const text = body ?? (await currentTemplateText(ctx, t.language, t.path));
      const preview = await previewEdit(ctx, viewerOf(res).repId, { ...t, body: text });
      if (!preview.email) return sendEmptyFrame(res, 200);
      sendPreviewFrame(res, preview.email.html);
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  router.get('/templates/:language/*path', async (req, res) => {
    try {
      const t = await targetOf(ctx, req);
      if (!t) return notFound(res);
      const text = await currentTemplateText(ctx, t.language, t.path);
      const preview = await previewEdit(ctx, viewerOf(res).repId, { ...t, body: text });
      await sendEditor(ctx, res, t, text, { preview, ...savedNoticeOf(req) });
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  router.post('/templates/:language/*path', async (req, res) => {
    try {
      const t = await targetOf(ctx, req);
      if (!t) return notFound(res);
      await act(ctx, req, res, t);
    } catch (err) {
      await sendPageError(res, err, ctx);
    }
  });
  return router;
}

function savedNoticeOf(req: Request): { notice?: string } {
  const notice = savedNotice(req.query);
  return notice ? { notice } : {};
}

/** `POST /api/templates/preview`; mount inside the API router (behind requireViewer('api')). */
export function templatesApiRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/templates/preview', requireCsrf, async (req, res, next) => {
    try {
      const viewer = viewerOf(res);
      if (!viewer.isAdmin) {
        res.status(403).json({ error: { code: 'forbidden', message: FORBIDDEN_TEXT, details: {} } });
        return;
      }
      const b = (req.body ?? {}) as Record<string, unknown>;
      const body = typeof b.body === 'string' ? b.body.replace(/\r\n/g, '\n') : null;
      const language = String(b.language ?? '');
      const rel = String(b.path ?? '');
      if (body === null || !(await isEditablePath(ctx.config.templatesDir, language, rel))) {
        const message = 'Send {language, path, body}: path one of the files listed at /templates.';
        res.status(400).json({ error: { code: 'bad_request', message, details: {} } });
        return;
      }
      const preview = await previewEdit(ctx, viewer.repId, {
        language: language as Language,
        path: rel,
        body,
      });
      if (preview.error) {
        res.status(400).json({ error: preview.error });
        return;
      }
      res.json({ email: preview.email, previewOn: preview.previewOn });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
