/**
 * Which capitalised words of a sentence are names the confirm guard may pass over: the
 * ones a greeting, thanks, apology, sign-off or pleasantry addresses ("Thanks Dana",
 * "Sorry Dana and Ravi", "Regards, Priya"), and beside logistics the names of places ("I
 * will join from the Chennai office"). Not any capitalised word: German
 * capitalises every noun, and in "Danke, Budgetfreigabe Ende Mai" no one is named; and not
 * a person beside logistics ("Ravi will dial in as well"), who is another attendee the rep
 * must invite (decision of 2026-12-07), so only names after a place word count there.
 */
import type { PhraseMatch } from './match-phrases.js';

/** Kinds of harmless phrase that address someone by name. */
const ADDRESSING = new Set(['greeting', 'thanks', 'apology', 'signOff', 'pleasantry']);
const JOINS = new Set(['and', 'und', 'et', 'y', 'e', 'en', '&']);
/** "Frau Dr. Kowalski": enough for a name with a title. */
const MAX_NAME_WORDS = 3;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The capitalised words right next to `edge` in reading direction `step`, up to three,
 * joined by "and", with only spaces between — or a comma first, after a sign-off.
 */
function nameRun(
  sentence: string,
  words: Word[],
  edge: number,
  step: 1 | -1,
  comma: boolean,
  capitalised: Set<string>,
): Word[] {
  const ordered =
    step === 1 ? words.filter((w) => w.start >= edge) : words.filter((w) => w.end <= edge).reverse();
  const names: Word[] = [];
  let last = edge;
  for (const w of ordered) {
    const between = step === 1 ? sentence.slice(last, w.start) : sentence.slice(w.end, last);
    const allowed = comma && names.length === 0 ? /^[\s,]*$/ : /^\s*$/;
    if (!allowed.test(between) || names.length === MAX_NAME_WORDS) break;
    last = step === 1 ? w.end : w.start;
    if (JOINS.has(w.text) && names.length > 0) continue;
    if (!capitalised.has(w.text)) break;
    names.push(w);
  }
  return names;
}

/** "from", "in", "aus", "desde", "vanuit" …: what names a place beside logistics. */
// biome-ignore format: one word per line would make this list hard to scan
const PLACE_WORDS = new Set([
  'from', 'at', 'in', 'aus', 'von', 'im', 'vom', 'de', 'depuis', 'desde', 'en', 'da', 'do', 'em', 'no', 'na',
  'vanuit', 'uit', 'van', 'te', 'à', 'au',
]);

/** A capitalised word two words or less after a place word, or after another such name. */
function afterPlaceWord(words: Word[], i: number): boolean {
  return words.slice(Math.max(0, i - 2), i).some((w) => PLACE_WORDS.has(w.text));
}

/**
 * The offsets in `sentence` (normalised, lower case) of the words that are names, given the
 * harmless phrases matched in it and the words written capitalised in the original.
 */
export function namesBeside(sentence: string, matches: PhraseMatch[], capitalised: Set<string>): Set<number> {
  const words = [...sentence.matchAll(WORD)].map((w) => {
    const start = w.index ?? 0;
    return { text: w[0], start, end: start + w[0].length };
  });
  // Beside logistics: places ("from the Chennai office") and the reader ("see you then, Dana").
  const logistics = matches.filter((m) => m.kind === 'logistics');
  const places = logistics.length
    ? [
        ...words.filter((w, i) => capitalised.has(w.text) && afterPlaceWord(words, i)),
        ...vocative(sentence, words, capitalised),
        ...logistics.flatMap((m) => nameRun(sentence, words, m.end, 1, false, capitalised)),
      ]
    : [];
  const names = matches
    .filter((m) => ADDRESSING.has(m.kind))
    .flatMap((m) => [
      ...nameRun(sentence, words, m.end, 1, m.kind === 'signOff', capitalised),
      ...nameRun(sentence, words, m.start, -1, false, capitalised),
    ]);
  return new Set([...places, ...names].map((w) => w.start));
}

/** Particles inside a name: "Bram de Vries", "Ana da Silva", "Jan van Dijk". */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'del']);

/**
 * "See you then, Dana.": the name after the last comma, ending the sentence, addresses the
 * reader. Only beside logistics: "Danke, Budgetfreigabe Ende Mai" names no one.
 */
function vocative(sentence: string, words: Word[], capitalised: Set<string>): Word[] {
  const comma = sentence.lastIndexOf(',');
  if (comma < 0 || !/^[\s\p{L}'-]*[.!]*\s*$/u.test(sentence.slice(comma + 1))) return [];
  const after = words.filter((w) => w.start > comma);
  const named = after.filter((w) => capitalised.has(w.text));
  const fits = after.every((w) => capitalised.has(w.text) || PARTICLES.has(w.text));
  return fits && named.length > 0 && named.length <= MAX_NAME_WORDS ? after : [];
}
