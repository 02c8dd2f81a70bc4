/**
 * `agendum render`: compose the agenda for an event file in one of the languages agendum
 * writes, touching no provider or database.
 */
import { renderEventFile } from './compose/render-event.js';
import { createTemplateLibrary, folderSources } from './compose/template-library.js';
import type { Config } from './config.js';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './domain/languages.js';
import { AppError } from './errors.js';
import { previewConfirmationUrl } from './messages/links.js';

/** The `--language` value checked: a language agendum writes, English when absent. */
export function renderLanguage(value: string | undefined): Language {
  if (value === undefined) return DEFAULT_LANGUAGE;
  if (isLanguage(value)) return value;
  throw new AppError('bad_request', `--language must be one of ${LANGUAGES.join(', ')}, not "${value}".`);
}

/** Returns the output to print: the .eml, or JSON with subject/text/html and the resolved point. */
export async function renderFromCli(
  config: Config,
  input: string,
  format: 'eml' | 'json',
  language: Language = DEFAULT_LANGUAGE,
): Promise<string> {
  let eventJson: unknown;
  try {
    eventJson = JSON.parse(input);
  } catch (err) {
    throw new AppError('event_invalid', `The event file is not valid JSON: ${(err as Error).message}`);
  }
  // The language's templates over English, and its playbook: what the service would send.
  const library = await createTemplateLibrary(folderSources(config.templatesDir));
  const out = await renderEventFile({
    eventJson,
    templates: library.forLanguage(language),
    playbook: library.playbookFor(language),
    confirmUrl: previewConfirmationUrl({ config }),
  });
  return format === 'eml' ? out.eml.toString('utf8') : `${JSON.stringify(out.json, null, 2)}\n`;
}
