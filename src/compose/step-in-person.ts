/**
 * A next step that names the rep or the one prospect the recap goes to, told in person:
 * the recap is Dana's email to Priya, so "Priya sends us a sample" reads "you'll send us a
 * sample" and "Dana to book the room" reads "I'll book the room".
 */
import { verbBase } from './step-verbs.js';

// After these the verb stays as it is: "Priya can share" → "you can share".
const KEEP_VERB = new Set('can could should must may might would shall agreed offered promised'.split(' '));
// Present-tense verbs that take "to …": "Priya needs to check" → "you need to check".
const PRESENT = new Set(['needs', 'wants', 'plans']);

/**
 * `words` with words[0] (the name) as `pronoun` and words[1] (its verb) to match; null when
 * the verb cannot be told in person for certain ("Priya pings legal" keeps the name).
 */
export function inPerson(words: readonly string[], pronoun: 'I' | 'you'): string | null {
  const verb = (words[1] ?? '').toLowerCase();
  const rest = words.slice(2);
  const will = pronoun === 'I' ? "I'll" : "you'll";
  const say = (...start: string[]) => [...start, ...rest].join(' ');
  if (verb === 'will' || verb === 'to') return say(will);
  if (verb === 'is') return say(pronoun === 'I' ? "I'm" : "you're");
  if (KEEP_VERB.has(verb)) return say(pronoun, verb);
  if (PRESENT.has(verb)) return say(pronoun, verb.slice(0, -1));
  const base = verbBase(verb);
  return base && base !== 'be' ? say(will, base) : null;
}
