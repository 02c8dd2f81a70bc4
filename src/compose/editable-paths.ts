/**
 * Which template files the browser editor offers: every `.hbs` file of the email folders and
 * `playbook.yaml`, per language folder present on disk (English at the top of the templates
 * folder, others under `locales/<code>/`, holding what they translate). A path the editor
 * takes from an address must be one of these, so nothing outside the templates is ever read
 * or stored.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isLanguage, type Language } from '../domain/languages.js';

/** The folders that hold email templates, in the order the list page shows them. */
export const TEMPLATE_FOLDERS = ['agenda', 'recap', 'revision', 'notify', 'partials'] as const;

/** The playbook's path, editable like a template. */
export const PLAYBOOK_PATH = 'playbook.yaml';

/** One language's editable files. */
export interface LanguagePaths {
  language: Language;
  paths: string[];
}

const names = (dir: string): Promise<string[]> => readdir(dir).catch(() => [] as string[]);

function languageDir(dir: string, language: Language): string {
  return language === 'en' ? dir : path.join(dir, 'locales', language);
}

async function pathsIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const folder of TEMPLATE_FOLDERS) {
    const files = (await names(path.join(dir, folder))).filter((f) => f.endsWith('.hbs')).sort();
    out.push(...files.map((f) => `${folder}/${f}`));
  }
  if ((await names(dir)).includes(PLAYBOOK_PATH)) out.push(PLAYBOOK_PATH);
  return out;
}

/** Every language folder on disk and its editable paths; English first. */
export async function listEditablePaths(dir: string): Promise<LanguagePaths[]> {
  const locales = (await names(path.join(dir, 'locales'))).filter(isLanguage).sort();
  const languages: Language[] = ['en', ...locales.filter((l) => l !== 'en')];
  const out: LanguagePaths[] = [];
  for (const language of languages) {
    const paths = await pathsIn(languageDir(dir, language));
    if (paths.length > 0) out.push({ language, paths });
  }
  return out;
}

/** True when `rel` is one of the language's editable paths. */
export async function isEditablePath(dir: string, language: string, rel: string): Promise<boolean> {
  if (!isLanguage(language)) return false;
  const found = (await listEditablePaths(dir)).find((l) => l.language === language);
  return found?.paths.includes(rel) ?? false;
}

/** The bundled file's path on disk (for "reset to bundled file" and the editor's first text). */
export function bundledFile(dir: string, language: Language, rel: string): string {
  return path.join(languageDir(dir, language), rel);
}
