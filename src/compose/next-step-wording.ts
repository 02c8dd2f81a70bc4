/**
 * How the rep worded a next step, so the recap can say who does it without saying it twice:
 * it already names who ("Priya sends us a sample", "Sam to check the data", "I'll send …"),
 * it starts with what to do ("send two time options", "to send two time options"), or it
 * names a thing ("a pilot on the Joliet site").
 */
import { inPerson } from './step-in-person.js';
import { isStepVerb, verbBase } from './step-verbs.js';

/** The next step as worded, with the text the recap line builds on. */
export type StepWording =
  /** Says who does it; "Sam to send …" is told as "Sam will send …". */
  | { kind: 'says_who'; text: string }
  /** Starts with its verb, lower-cased and without a leading "to". */
  | { kind: 'verb'; text: string }
  /** A noun phrase, as written. */
  | { kind: 'noun'; text: string };

/** First names a step may name: the rep (the recap's "I") and the prospects it goes to. */
export interface StepPeople {
  rep?: string;
  prospects?: readonly string[];
}

// Words after a subject that make it a clause about that person: "Sam will", "Sam can".
const AUXILIARIES = new Set(
  'will can could should shall must would may might is are was has have needs plans wants agreed offered promised'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(
  'a an the this that these those next one some any another both each every all'.split(' '),
);
const POSSESSIVES = new Set('my our your their his her'.split(' '));

// A pronoun first, or later after a dash or comma: "a deep-dive — I'll send times".
const PRONOUN_SAYS_WHO =
  /^(i|we|you|they|he|she)\b|^let['’]?s\b|(^|[\s—–(,;:-])(i|we|you|they)('ll|’ll| will)\b/i;

const bare = (word: string | undefined) => (word ?? '').toLowerCase().replace(/[^\p{L}'’-]/gu, '');

/** Whether words[0..k) can be the subject: a name, "Priya and Sam", "Priya's team", "your CFO". */
function isSubject(words: string[], k: number): boolean {
  const first = words[0] ?? '';
  if (POSSESSIVES.has(first.toLowerCase())) return k >= 2 && k <= 3;
  if (!/^\p{Lu}/u.test(first) || isStepVerb(bare(first)) || DETERMINERS.has(bare(first))) return false;
  let inParens = false;
  return words.slice(1, k).every((w, i) => {
    const previous = words[i] ?? '';
    if (w.startsWith('(')) inParens = true;
    const ok = inParens || /^\p{Lu}/u.test(w) || w === 'and' || w === '&' || /['’]s$/.test(previous);
    if (w.endsWith(')')) inParens = false;
    return ok;
  });
}

/** The index of the verb of a clause that names who does the step, or -1. */
function verbAfterSubject(words: string[], names: ReadonlySet<string>): number {
  for (let k = 1; k < Math.min(words.length, 6); k++) {
    if (!isSubject(words, k)) continue;
    const word = bare(words[k]);
    const compound = words.slice(1, k).some((w) => w === 'and' || w === '&');
    const known = k === 1 && names.has(words[0] ?? '') && /^\p{Ll}/u.test(words[k] ?? '');
    if (word === 'to' && isStepVerb(bare(words[k + 1]))) return k;
    if (AUXILIARIES.has(word) || verbBase(word) || (compound && isStepVerb(word)) || known) return k;
  }
  return -1;
}

/** A step that names who does it, told in person when that is the rep or the one addressee. */
function namedStep(words: string[], verb: number, people: StepPeople): string {
  const addressee = people.prospects?.length === 1 ? people.prospects[0] : undefined;
  const pronoun = verb !== 1 ? null : words[0] === people.rep ? 'I' : words[0] === addressee ? 'you' : null;
  const spoken = pronoun ? inPerson(words, pronoun) : null;
  if (spoken) return spoken;
  // "Sam to send the data" is a note; the recap says it as a sentence.
  return words.map((w, i) => (i === verb && bare(w) === 'to' ? 'will' : w)).join(' ');
}

/** Reads how `what` is worded. */
export function readWording(what: string, people: StepPeople = {}): StepWording {
  if (PRONOUN_SAYS_WHO.test(what)) return { kind: 'says_who', text: what };
  const words = what.split(/\s+/);
  const names = new Set([people.rep ?? '', ...(people.prospects ?? [])].filter(Boolean));
  const verb = verbAfterSubject(words, names);
  if (verb >= 0) return { kind: 'says_who', text: namedStep(words, verb, people) };
  const after = bare(words[1]);
  const infinitive = bare(words[0]) === 'to' && !!after && !DETERMINERS.has(after) && !POSSESSIVES.has(after);
  if (infinitive || isStepVerb(bare(words[0]))) {
    const rest = words.slice(infinitive ? 1 : 0).join(' ');
    return { kind: 'verb', text: rest.charAt(0).toLowerCase() + rest.slice(1) };
  }
  return { kind: 'noun', text: what };
}
