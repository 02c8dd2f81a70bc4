/**
 * Finds the people a prospect brings along ("I'll bring Sam", "Sam from finance will join
 * too", "ich bringe meinen Kollegen mit"): each is a `change`, alone or beside a yes, since
 * the rep must invite them (the product decision in the intent corpus README). A match
 * counts only when its `who` names a person: a role noun ("my colleague", "our CFO"), or a
 * word the prospect wrote capitalised that is no pronoun and follows no article — so "I'll
 * bring the numbers" and "Ich bringe die Zahlen mit" bring no one — and not on the rep's
 * side ("together with your team").
 */
import {
  ADDED_ATTENDEE_PATTERNS,
  ARTICLES,
  NOT_A_NAME,
  PERSON_NOUNS,
  SUBORDINATORS,
  YOUR_SIDE,
} from './added-attendee-patterns.js';
import type { Scored } from './intent-matches.js';
import { WORD_CHAR } from './match-phrases.js';

const BOUNDARY = `(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`;
/** A subject starts a clause: at the start, after a comma or dash, or after a word break. */
const PATTERNS = ADDED_ATTENDEE_PATTERNS.map(
  (s) => new RegExp(`(?<![\\p{L}'-])${s.replaceAll('\\b', BOUNDARY)}`, 'giu'),
);
const PERSON = new Set(PERSON_NOUNS);
const STOP = new Set(NOT_A_NAME);
const ARTICLE = new Set(ARTICLES);
const SUBORDINATOR = new Set(SUBORDINATORS);
const YOURS = new Set(YOUR_SIDE);

/** Words a greedy object takes after the person: "Sam along", "Sam too", "Sam join". */
const AFTER_PERSON = new Set(['along', 'too', 'also', 'join', 'as', 'well', 'with', 'me', 'in']);

/** Words a greedy subject takes before the person: "and Lisa", "good - our CFO". */
const BEFORE_PERSON = new Set(['and', 'und', 'et', 'y', 'e', 'en', 'also', 'plus', 'so', 'then']);

/** Who a match names: the object as matched, or the subject after its last subordinator. */
function whoOf(groups: Record<string, string | undefined> = {}): string {
  if (groups.who !== undefined) {
    const words = groups.who.split(/\s+/);
    while (words.length > 1 && AFTER_PERSON.has(words.at(-1) ?? '')) words.pop();
    return words.join(' ');
  }
  let words = (groups.subject ?? '').split(/\s+/);
  words = words.slice(Math.max(words.findLastIndex((w) => SUBORDINATOR.has(w) || /^-+$/.test(w)) + 1, 0));
  while (words.length > 1 && BEFORE_PERSON.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** A person brought along: a change match, with who it names. */
export type AddedAttendee = Scored & { who: string };

/** The words of `text` written with a capital, lower-cased: names, and German nouns. */
export function capitalisedWords(text: string): Set<string> {
  const words = (text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
  // "Sam's in too": the name without its "'s".
  return new Set([...words, ...words.map((w) => w.replace(/'s$/, ''))]);
}

/** Whether `who` (lower case) names a person, given the words written capitalised. */
export function namesPerson(who: string, capitalised: Set<string>): boolean {
  const words = who.split(/\s+/);
  if (words.some((w) => YOURS.has(w))) return false;
  return words.some((w, i) => {
    if (PERSON.has(w)) return true;
    if (STOP.has(w) || !capitalised.has(w)) return false;
    return !ARTICLE.has(words[i - 1] ?? '');
  });
}

/**
 * The people brought along in `sentences` (normalized, as the classifier reads them);
 * `capitalised` is `capitalisedWords` of the reply as written. One match per sentence.
 */
export function findAddedAttendees(sentences: string[], capitalised: Set<string>): AddedAttendee[] {
  const found: AddedAttendee[] = [];
  sentences.forEach((sentence, i) => {
    for (const re of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        const who = whoOf(m.groups);
        if (!namesPerson(who, capitalised)) continue;
        found.push({
          kind: 'addedAttendee',
          phrase: m[0].trim(),
          who,
          sentence: i,
          inQuestion: false,
          start: m.index,
          end: m.index + m[0].length,
          intent: 'change',
          weight: i === 0 ? 3 : 1,
        });
        return;
      }
    }
  });
  return found;
}
