/**
 * A template error as the editor shows it and the API answers it: the reason without the
 * file name the message starts with, and where it is (`details.line`, `column`); when the
 * error is in the file being edited, the text of that line too, so the admin can find it.
 */
import path from 'node:path';
import { storedFileName } from '../compose/stored-templates.js';
import { templateErrorPosition } from '../domain/template-error-position.js';
import type { AppError } from '../errors.js';

/** `{ error: { code, message, details } }` of the API, and what the page shows. */
export interface TemplateErrorView {
  code: string;
  message: string;
  details: { file?: string; line?: number; column?: number; lineText?: string };
}

function reason(err: AppError, file: string | undefined): string {
  let msg = err.message;
  if (file && msg.startsWith(`${file}: `)) msg = msg.slice(file.length + 2);
  else if (file && msg.startsWith(`${file} `)) msg = msg.slice(file.length + 1);
  return msg
    .replace(/^is /, '')
    .replace(/^line \d+: /, '')
    .replace(/ at line \d+, column \d+/, '');
}

/**
 * The view of a template_invalid error for an edit of `rel` in `language` whose text is
 * `body`; `dir` (the templates folder) is left off the other files' names. A missing partial
 * is reported by the email that rendered it: when the edited text names it, the error is there.
 */
export function templateErrorView(
  err: AppError,
  edit: { language: string; path: string; body: string | null },
  dir?: string,
): TemplateErrorView {
  const { file } = err.details;
  let { line, column } = err.details;
  let own = file === storedFileName(edit.language, edit.path);
  const named = !line && edit.body !== null ? templateErrorPosition(err.cause, edit.body) : undefined;
  if (named) {
    own = true;
    line = named.line;
    column = named.column;
  }
  const lineText = own && line && edit.body !== null ? edit.body.split(/\r?\n/)[line - 1] : undefined;
  const shownFile = own ? edit.path : file && dir && file.startsWith(dir) ? path.relative(dir, file) : file;
  return {
    code: err.code,
    message: `${own || !shownFile ? '' : `${shownFile}: `}${reason(err, file)}`,
    details: {
      ...(shownFile ? { file: shownFile } : {}),
      ...(line ? { line } : {}),
      ...(column ? { column } : {}),
      ...(lineText !== undefined ? { lineText } : {}),
    },
  };
}

/** "line 12, column 5: " before a message, or nothing. */
export function positionWords(view: TemplateErrorView): string {
  const { line, column } = view.details;
  return line ? `line ${line}${column ? `, column ${column}` : ''}: ` : '';
}
