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
  type TemplateLibrary,
} from '../../compose/template-library.js';
import type { ComposedEmail } from '../../compose/template-set.js';
import type { AppContext } from '../../context.js';
import type { Language } from '../../domain/languages.js';

/** One file's text as edited (`body` null: the bundled file, as a reset makes it). */
export interface TemplateEdit {
  language: Language;
  path: string;
  body: string | null;
}

/** The library the templates would be with `edit` saved; throws AppError('template_invalid'). */
export async function compileWithEdit(
  ctx: Pick<AppContext, 'config' | 'storedTemplates'>,
  edit: TemplateEdit,
): Promise<TemplateLibrary> {
  const bodies = new Map(ctx.storedTemplates.bodies());
  const key = storedKey(edit.language, edit.path);
  if (edit.body === null) bodies.delete(key);
  else bodies.set(key, edit.body);
  // The playbook's YAML error comes first, with its position in the edited text.
  if (edit.body !== null && edit.path === 'playbook.yaml') {
    parsePlaybookYaml(edit.body, storedFileName(edit.language, edit.path));
  }
  return createTemplateLibrary(
    folderSources(ctx.config.templatesDir, (language) => storedSource(() => bodies, language)),
  );
}

/** The edited file's email (null for the playbook), rendered with a real agenda's data when given. */
export async function renderEdit(
  ctx: Pick<AppContext, 'config' | 'storedTemplates'>,
  edit: TemplateEdit,
  agenda?: AgendaInput,
): Promise<ComposedEmail | null> {
  const library = await compileWithEdit(ctx, edit);
  return previewTemplateEmail(library.forLanguage(edit.language), edit.path, agenda);
}
