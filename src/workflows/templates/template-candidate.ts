/**
 * An edited template checked and rendered without saving it: every language compiled again
 * with the edit on top of the saved versions (so an edit that breaks another language's
 * file through a shared partial is caught too), then the edited file's own email rendered
 * (which finds what only rendering finds: a missing partial, a field the data lacks).
 */
import type { AgendaInput } from '../../compose/compose-agenda.js';
import { parsePlaybookYaml } from '../../compose/load-playbook.js';
import { previewTemplateEmail } from '../../compose/preview-template.js';
import { storedFileName, storedKey, storedSource } from '../../compose/stored-templates.js';
import {
  createTemplateLibrary,
  folderSources,
  type LanguageSources,
  type TemplateLibrary,
} from '../../compose/template-library.js';
import { type ComposedEmail, loadTemplatesFrom } from '../../compose/template-set.js';
import type { AppContext } from '../../context.js';
import type { Language } from '../../domain/languages.js';

/** One file's text as edited (`body` null: the bundled file, as a reset makes it). */
export interface TemplateEdit {
  language: Language;
  path: string;
  body: string | null;
}

type Ctx = Pick<AppContext, 'config' | 'storedTemplates'>;

/** Every language's sources as they would be with `edit` saved. */
function sourcesWithEdit(ctx: Ctx, edit: TemplateEdit): LanguageSources {
  const bodies = new Map(ctx.storedTemplates.bodies());
  const key = storedKey(edit.language, edit.path);
  if (edit.body === null) bodies.delete(key);
  else bodies.set(key, edit.body);
  // The playbook's YAML error comes first, with its position in the edited text.
  if (edit.body !== null && edit.path === 'playbook.yaml') {
    parsePlaybookYaml(edit.body, storedFileName(edit.language, edit.path));
  }
  return folderSources(ctx.config.templatesDir, (language) => storedSource(() => bodies, language));
}

/** The library the templates would be with `edit` saved; throws AppError('template_invalid'). */
export function compileWithEdit(ctx: Ctx, edit: TemplateEdit): Promise<TemplateLibrary> {
  return createTemplateLibrary(sourcesWithEdit(ctx, edit));
}

/**
 * The edited file's email (null for the playbook), rendered with a real agenda's data when
 * given. `everyLanguage` (a save) compiles all of them; a preview only the edited file's
 * language, so the preview keeps up with the typing (the playbook always compiles whole).
 */
export async function renderEdit(
  ctx: Ctx,
  edit: TemplateEdit,
  opts: { agenda?: AgendaInput; everyLanguage?: boolean } = {},
): Promise<ComposedEmail | null> {
  const whole = opts.everyLanguage || edit.path === 'playbook.yaml';
  const set = whole
    ? (await compileWithEdit(ctx, edit)).forLanguage(edit.language)
    : await loadTemplatesFrom(sourcesWithEdit(ctx, edit)(edit.language));
  return previewTemplateEmail(set, edit.path, opts.agenda);
}
