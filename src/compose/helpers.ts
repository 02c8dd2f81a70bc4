/**
 * The helpers templates may use. Every date helper takes the zone explicitly
 * (`{{formatTime meeting.start meeting.timeZone}}`): a template can never fall back to the
 * server's zone by accident.
 */
import type Handlebars from 'handlebars';
import type { Language } from '../domain/languages.js';
import { duration, formatDate, formatDateTime, formatTime, weekday } from './format-time.js';
import { wordsFor } from './language-words.js';
import { firstNameFor, firstNameOf, joinWords } from './names.js';

type Env = typeof Handlebars;
type DateArg = Date | string;

// Handlebars passes its options object as the last argument; a helper called with too few
// arguments sees that object where a value should be.
const isOptions = (v: unknown): boolean => typeof v === 'object' && v !== null && 'hash' in v && 'data' in v;

function zoned(name: string, fn: (date: DateArg, zone: string) => string) {
  return (date: unknown, zone: unknown) => {
    if (isOptions(zone) || typeof zone !== 'string') {
      throw new Error(
        `{{${name}}} needs a date and a time zone, e.g. {{${name} meeting.start meeting.timeZone}}`,
      );
    }
    if (!(date instanceof Date) && typeof date !== 'string') throw new Error(`{{${name}}} got no date`);
    return fn(date, zone);
  };
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x)) : []);

/** "  1. first\n  2. second" — continuation lines of an item are indented under its text. */
export function numberedList(items: string[]): string {
  return items
    .map((item, i) => {
      const label = `  ${i + 1}. `;
      return (
        label +
        item
          .trim()
          .split('\n')
          .join(`\n${' '.repeat(label.length)}`)
      );
    })
    .join('\n');
}

/** Ends a phrase with a full stop unless it already ends with punctuation. */
export function asSentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?…:)"”]$/.test(t) ? t : `${t}.`;
}

type ZonedFormat = (date: DateArg, zone: string, language: Language) => string;

/**
 * Registers the helper set on an isolated Handlebars environment; dates, durations and
 * lists come out in `language` (each language's templates compile in their own environment).
 */
export function registerHelpers(env: Env, language: Language = 'en'): void {
  const inLanguage = (fn: ZonedFormat) => (date: DateArg, zone: string) => fn(date, zone, language);
  env.registerHelper({
    formatDate: zoned('formatDate', inLanguage(formatDate)),
    formatTime: zoned('formatTime', inLanguage(formatTime)),
    formatDateTime: zoned('formatDateTime', inLanguage(formatDateTime)),
    weekday: zoned('weekday', inLanguage(weekday)),
    duration: (start: DateArg, end: DateArg) => duration(start, end, language),
    numbered: (list: unknown) => numberedList(asList(list)),
    sentence: (text: unknown) => asSentence(typeof text === 'string' ? text : ''),
    firstName: (who: unknown) =>
      typeof who === 'string'
        ? firstNameOf(who)
        : typeof who === 'object' && who !== null && 'email' in who
          ? firstNameFor(who as { name?: string; email: string })
          : '',
    // {{join names}} → "A, B and C"; {{join names ", "}} → "A, B, C".
    join: (list: unknown, separator: unknown) =>
      typeof separator === 'string'
        ? asList(list).join(separator)
        : joinWords(asList(list), wordsFor(language).and),
    // HTML only: escaped text with its line breaks kept as <br>.
    multiline: (text: unknown) =>
      new env.SafeString(
        String(text ?? '')
          .split('\n')
          // Leading spaces kept, so an indented numbered list still reads as one.
          .map((line) => env.escapeExpression(line).replace(/^ +/, (m) => '&nbsp;'.repeat(m.length)))
          .join('<br>'),
      ),
  });
}
