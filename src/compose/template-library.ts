/**
 * Every language's templates and playbook, compiled once. English lives in the templates
 * folder itself; another language in `locales/<code>/`, holding only what it translates
 * (English fills in the rest, so the rep-facing notices stay English until translated).
 * `reload` compiles everything again and swaps it in only when all of it compiled, so a
 * broken edit never leaves a half-loaded library behind.
 */
import path from 'node:path';
import { LANGUAGES, type Language } from '../domain/languages.js';
import {
  localizePlaybook,
  type PlaybookTranslation,
  parsePlaybookTranslation,
} from '../domain/localized-playbook.js';
import { type Playbook, parsePlaybook } from '../domain/playbook.js';
import { AppError } from '../errors.js';
import { parsePlaybookYaml } from './load-playbook.js';
import { loadTemplatesFrom, type TemplateSet } from './template-set.js';
import { fileSource, layeredSource, type TemplateSource } from './template-source.js';

export interface TemplateLibrary {
  /** The compiled templates for a language: its own files, English for any it lacks. */
  forLanguage(language: Language): TemplateSet;
  /** The playbook with that language's stage texts (every language's keywords). */
  playbookFor(language: Language): Playbook;
  /** Compiles every language again from the sources; throws, keeping the old ones, on an error. */
  reload(): Promise<void>;
}

/** Where each language's files are read from, in order; English is the last layer of each. */
export type LanguageSources = (language: Language) => TemplateSource;

/**
 * The templates folder: English at its top, other languages in `locales/<code>/`. `over`
 * puts a layer above each language's folder (the versions saved in the browser,
 * stored-templates.ts), so an edit of an English file also reaches languages that lack it.
 */
export function folderSources(dir: string, over?: (language: Language) => TemplateSource): LanguageSources {
  const own = (language: Language, folder: TemplateSource) =>
    over ? layeredSource([over(language), folder]) : folder;
  const english = own('en', fileSource(dir));
  return (language) =>
    language === 'en'
      ? english
      : layeredSource([own(language, fileSource(path.join(dir, 'locales', language))), english]);
}

interface Compiled {
  sets: Map<Language, TemplateSet>;
  playbooks: Map<Language, Playbook>;
}

async function readPlaybookOf(source: TemplateSource): Promise<{ file: string; data: unknown } | null> {
  const found = await source.read('playbook.yaml');
  return found && { file: found.file, data: parsePlaybookYaml(found.text, found.file) };
}

async function compileAll(sources: LanguageSources): Promise<Compiled> {
  const englishFile = await readPlaybookOf(sources('en'));
  if (!englishFile) {
    throw new AppError(
      'template_invalid',
      `${sources('en').where('playbook.yaml')}: missing. Restore playbook.yaml from the bundled templates.`,
    );
  }
  const english = parsePlaybook(englishFile.data, englishFile.file);
  const translations = new Map<Language, PlaybookTranslation>();
  for (const language of LANGUAGES) {
    if (language === 'en') continue;
    const own = await readPlaybookOf(sources(language));
    // A language without its own playbook file reads English's through the layers.
    if (own && own.file !== englishFile.file) {
      translations.set(language, parsePlaybookTranslation(own.data, own.file));
    }
  }
  const all = [...translations.values()];
  const sets = new Map<Language, TemplateSet>();
  const playbooks = new Map<Language, Playbook>();
  const englishSet = await loadTemplatesFrom(sources('en'), 'en');
  for (const language of LANGUAGES) {
    const set =
      language === 'en' ? englishSet : await loadTemplatesFrom(sources(language), language, englishSet);
    sets.set(language, set);
    playbooks.set(language, localizePlaybook(english, translations.get(language) ?? { stages: {} }, all));
  }
  return { sets, playbooks };
}

/** Compiles every language's templates and playbook; throws AppError('template_invalid') on the first error. */
export async function createTemplateLibrary(sources: LanguageSources): Promise<TemplateLibrary> {
  let compiled = await compileAll(sources);
  const pick = <T>(map: Map<Language, T>, language: Language): T => map.get(language) ?? (map.get('en') as T);
  return {
    forLanguage: (language) => pick(compiled.sets, language),
    playbookFor: (language) => pick(compiled.playbooks, language),
    async reload() {
      compiled = await compileAll(sources);
    },
  };
}
