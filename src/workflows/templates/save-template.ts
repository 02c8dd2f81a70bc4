/**
 * Saving a template edit from the browser: checked first (every language compiles and the
 * file's email renders, template-candidate.ts), then stored as a new TemplateVersion, the
 * library reloaded with it, and the waiting drafts written with it rendered again. A version
 * that fails the check is never stored. History is never rewritten: a revert and a reset
 * are new versions too.
 */
import { readFile } from 'node:fs/promises';
import { bundledFile } from '../../compose/editable-paths.js';
import { storedKey } from '../../compose/stored-templates.js';
import type { AppContext } from '../../context.js';
import type { Language } from '../../domain/languages.js';
import { AppError } from '../../errors.js';
import { type RerenderResult, rerenderDraftsFor } from './rerender-drafts.js';
import { renderEdit, type TemplateEdit } from './template-candidate.js';

/** A save's answer: the new version and what it did to waiting drafts. */
export interface SavedTemplate {
  versionId: string;
  drafts: RerenderResult;
}

/** One entry of a file's history, newest first. */
export interface TemplateVersionView {
  id: string;
  createdAt: Date;
  by: string;
  note: string | null;
  /** False for a reset to the bundled file. */
  hasBody: boolean;
}

async function newestAt(ctx: AppContext, edit: TemplateEdit): Promise<Date | null> {
  const newest = await ctx.db.templateVersion.findFirst({
    where: { language: edit.language, path: edit.path },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  return newest?.createdAt ?? null;
}

/** Checks and stores `edit` as the file's newest version, reloads, re-renders waiting drafts. */
export async function saveTemplateVersion(
  ctx: AppContext,
  edit: TemplateEdit,
  opts: { by: string; note?: string },
): Promise<SavedTemplate> {
  await renderEdit(ctx, edit, { everyLanguage: true });
  // Strictly after the newest, so "newest" is the order of saves even within one clock tick.
  const last = await newestAt(ctx, edit);
  const now = ctx.clock();
  const createdAt = last && last.getTime() >= now.getTime() ? new Date(last.getTime() + 1) : now;
  const row = await ctx.db.templateVersion.create({
    data: {
      language: edit.language,
      path: edit.path,
      body: edit.body,
      note: opts.note ?? null,
      createdById: opts.by,
      createdAt,
    },
  });
  await ctx.storedTemplates.load();
  await ctx.templates.reload();
  const drafts = await rerenderDraftsFor(ctx, edit.path);
  ctx.log.info('template saved', { path: edit.path, language: edit.language, drafts: drafts.rerendered });
  return { versionId: row.id, drafts };
}

/** Saves an older version's text again as the newest (a reset entry restores the bundled file). */
export async function revertToVersion(
  ctx: AppContext,
  versionId: string,
  target: { language: Language; path: string },
  by: string,
): Promise<SavedTemplate> {
  const old = await ctx.db.templateVersion.findUnique({ where: { id: versionId } });
  if (!old || old.language !== target.language || old.path !== target.path) {
    throw new AppError('not_found', 'That version is not in this file’s history; reload the page.');
  }
  const note = `Reverted to the version of ${old.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return saveTemplateVersion(ctx, { ...target, body: old.body }, { by, note });
}

/** The file's text as the templates read it now: its newest saved version, else the bundled file. */
export async function currentTemplateText(ctx: AppContext, language: Language, rel: string): Promise<string> {
  const stored = ctx.storedTemplates.bodies().get(storedKey(language, rel));
  return stored ?? readFile(bundledFile(ctx.config.templatesDir, language, rel), 'utf8');
}

/** The file's versions, newest first, with who saved each. */
export async function templateHistory(
  ctx: AppContext,
  language: Language,
  rel: string,
): Promise<TemplateVersionView[]> {
  const rows = await ctx.db.templateVersion.findMany({
    where: { language, path: rel },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  const ids = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => id !== null))];
  const reps = await ctx.db.rep.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(reps.map((r) => [r.id, r.name]));
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    by: (r.createdById && names.get(r.createdById)) || 'a removed rep',
    note: r.note,
    hasBody: r.body !== null,
  }));
}
