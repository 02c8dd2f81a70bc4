/**
 * The languages agendum writes prospect email in. Every stage's agenda, recap and revision
 * templates are bundled in each (English in `templates/`, the others in
 * `templates/locales/<code>/`); the reply reader understands the same six.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, as a picker lists it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  nl: 'Nederlands',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
