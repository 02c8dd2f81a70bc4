/**
 * Which language a prospect email is written in: the account's when it has one (a German
 * prospect of an English-writing rep), else the rep's, else English. A value that is not a
 * language agendum writes (a hand-edited row) counts as unset, so the next one decides.
 */
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages.js';

/** Anything with an optional language column: an Account or a Rep row. */
interface HasLanguage {
  language?: string | null;
}

/** The language of email to `account`'s prospects, sent by `rep`. */
export function emailLanguageFor(
  account: HasLanguage | null | undefined,
  rep: HasLanguage | null | undefined,
): Language {
  if (isLanguage(account?.language)) return account.language;
  if (isLanguage(rep?.language)) return rep.language;
  return DEFAULT_LANGUAGE;
}

/** What the account page's language select sent, checked: a language, or empty for "the rep's". */
export type AccountLanguageChoice = { ok: true; language: Language | null } | { ok: false; error: string };

/** Checks the account page's language field; the error says what to pick. */
export function readAccountLanguage(value: unknown): AccountLanguageChoice {
  if (value === undefined || value === null || value === '') return { ok: true, language: null };
  if (isLanguage(value)) return { ok: true, language: value };
  return {
    ok: false,
    error: `Pick one of the listed languages (${LANGUAGES.join(', ')}), or “The rep’s language”.`,
  };
}
