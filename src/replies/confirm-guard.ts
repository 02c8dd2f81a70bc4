/**
 * The structural guard on `confirm`: a yes aimed at the meeting makes a reply `confirm`
 * only when every other sentence of it is accounted for as harmless — a greeting, thanks,
 * an apology, a sign-off or signature, a pleasantry, logistics that agree with the meeting,
 * another yes, or the subject of an agreeing phrase that names the meeting, its agenda or
 * the next step ("the revised timeline first works for us"). The rules that find asks are
 * open lists and miss new wordings ("The comparison can go, we've seen it"); this guard is
 * a closed list, so what it does not know leaves the reply `unclear` and the rep reads it,
 * instead of a false `confirm` the rep never reads. Pure: text in, verdict out.
 */
import { AIM_WORDS } from './aim-words.js';
import { aimedSubjectStart } from './confirm-aim.js';
import {
  CONFIRM_ACCESS,
  CONGRATULATION,
  FILLER_WORDS,
  HARMLESS_PHRASES,
  MONTHS,
  NOT_ONLY_PLEASANTRY,
  PREPARATION,
} from './confirm-guard-words.js';
import { CONFIRM_INTERJECTIONS, CONFIRM_PHRASES, NO_CHANGE_PHRASES, SEE_YOU_ON_DAY } from './lexicon.js';
import { matchPhrases, normalizeForMatching, type PhraseMatch, splitSentences } from './match-phrases.js';
import { namesBeside } from './names-beside.js';
import { isSignatureLine, splitUnits } from './reply-units.js';
import { isName, isSignOff } from './signature-patterns.js';
import { WEEKDAYS } from './time-words.js';

/** Whether the reply may stay `confirm`, and if not, the sentence that stopped it. */
export type GuardVerdict =
  | { ok: true }
  | { ok: false; intent: 'unclear' | 'change'; unit: string; reason: string };

const LEXICON: Record<string, string[]> = {
  yes: [...CONFIRM_PHRASES, ...CONFIRM_INTERJECTIONS, ...NO_CHANGE_PHRASES, ...SEE_YOU_ON_DAY],
  ...HARMLESS_PHRASES,
};
/** Agreeing phrases, whose subject may name what they agree to ("the new order is fine"). */
const AGREEING = new Set(CONFIRM_PHRASES);
const FILLER = new Set([...AIM_WORDS, ...FILLER_WORDS, ...MONTHS, ...Object.values(WEEKDAYS).flat()]);
/**
 * "10", "10:30", "2pm", "14h", "3rd", "3.3.", "2026-03-03", a year: times and dates restate
 * the meeting (and with the meeting known, a date that is not its day stops the yes first).
 */
const NUMBER =
  /^(\d{1,2}([:.h]\d{2})?(am|pm|h|uhr|uur|u)?|\d{1,2}(st|nd|rd|th|e|er|º|ª)?|\d{1,2}[./]\d{1,2}[./]?(\d{2,4})?|20\d{2}(-\d{2}-\d{2})?)$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;

/** What reading one unit found: the words nothing accounts for, and what covered the rest. */
interface UnitReading {
  left: string[];
  kinds: Set<string>;
}

/** A filler word, a time or date, or an elision of fillers ("l'ordre", "qu'on"). */
function isFiller(word: string): boolean {
  if (FILLER.has(word) || NUMBER.test(word)) return true;
  const elided = /^(\p{L}{1,2}')(\p{L}.*)$/u.exec(word);
  return elided !== null && FILLER.has(elided[1] as string) && FILLER.has(elided[2] as string);
}

/** The spans a match accounts for: its own words, and an agreeing phrase's aimed subject. */
function coveredSpans(sentence: string, m: PhraseMatch): { start: number; end: number }[] {
  const own = { start: m.start, end: m.end };
  if (m.kind !== 'yes' || !AGREEING.has(m.phrase)) return [own];
  const subject = aimedSubjectStart(sentence, m);
  return subject === undefined ? [own] : [own, { start: subject, end: m.start }];
}

function readUnit(text: string): UnitReading {
  const sentences = splitSentences(normalizeForMatching(text));
  const matches = matchPhrases(sentences.join('\n'), LEXICON).filter(
    // A negated or asked yes ("not sure", "Sounds good?") covers nothing.
    (m) => !m.negatedBy && !(m.kind === 'yes' && m.inQuestion),
  );
  const kinds = new Set(matches.map((m) => m.kind));
  const capitalised = new Set((text.match(/\p{Lu}\p{Ll}[\p{L}'-]*/gu) ?? []).map((w) => w.toLowerCase()));
  const left: string[] = [];
  sentences.forEach((sentence, i) => {
    const here = matches.filter((m) => m.sentence === i);
    const spans = here.flatMap((m) => coveredSpans(sentence, m));
    const names = namesBeside(sentence, here, capitalised);
    for (const w of sentence.matchAll(WORD)) {
      const at = w.index ?? 0;
      if (spans.some((s) => at >= s.start && at < s.end)) continue;
      const word = w[0].replace(/^'+|'+$/g, '');
      if (isFiller(word) || names.has(at)) continue;
      left.push(word);
    }
  });
  return { left, kinds };
}

/**
 * Whether a reply the rules read as `confirm` may stay one: every unit accounted for, and
 * no confirm verb aimed at the meeting's access details ("please confirm the link").
 */
export function guardConfirm(replyText: string): GuardVerdict {
  let signature = false;
  for (const unit of splitUnits(replyText)) {
    if (unit.quoted) continue;
    if (CONFIRM_ACCESS.test(normalizeForMatching(unit.text))) {
      return { ok: false, intent: 'change', unit: unit.text, reason: 'asks to confirm the access details' };
    }
    if (signature && isSignatureLine(unit.text)) continue;
    const plain = normalizeForMatching(unit.text);
    const pleasantry = CONGRATULATION.test(plain) || PREPARATION.test(plain);
    if (pleasantry && !NOT_ONLY_PLEASANTRY.test(plain)) continue;
    const { left, kinds } = readUnit(unit.text);
    // A question is accounted for only as small talk or about material after the call
    // ("How are you?", "Will you share the slides afterwards?"); "Hi Dana, Tuesday at 10?"
    // asks something the rep must answer.
    const question = /\?\s*$/.test(unit.text);
    const answered = !question || kinds.has('pleasantry') || kinds.has('afterCall');
    if (left.length === 0 && answered) {
      // Below "Best," or "Regards, Priya" comes the signature.
      if (kinds.has('signOff') || isSignOff(unit.text)) signature = true;
      continue;
    }
    if (isName(unit.text.replace(/[,:;]$/, ''))) continue;
    const reason = left.length
      ? `says "${left.slice(0, 4).join(' ')}", which no rule accounts for`
      : 'is a question no rule accounts for';
    return { ok: false, intent: 'unclear', unit: unit.text, reason };
  }
  return { ok: true };
}
