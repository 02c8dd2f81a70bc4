/**
 * The structural guard on `confirm`: a yes aimed at the meeting makes a reply `confirm`
 * only when every other sentence of it is accounted for as harmless — a greeting, thanks,
 * a sign-off or signature, a pleasantry, logistics that agree with the meeting, another
 * yes. The rules that find asks are open lists and miss new wordings ("The comparison can
 * go, we've seen it"); this guard is a closed list, so what it does not know leaves the
 * reply `unclear` and the rep reads it, instead of a false `confirm` the rep never reads.
 * Pure: text in, verdict out.
 */
import { AIM_WORDS } from './aim-words.js';
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
import { matchPhrases, normalizeForMatching, splitSentences } from './match-phrases.js';
import {
  isContactLine,
  isDeviceLine,
  isLegalFooter,
  isName,
  isRule,
  isSignatureDetail,
  isSignOff,
} from './signature-patterns.js';
import { WEEKDAYS } from './time-words.js';

/** One sentence, line or list item of a reply. */
export interface ReplyUnit {
  text: string;
  /** A `> …` line: the rep's own words quoted back, not the prospect's. */
  quoted: boolean;
}

/** Whether the reply may stay `confirm`, and if not, the sentence that stopped it. */
export type GuardVerdict =
  | { ok: true }
  | { ok: false; intent: 'unclear' | 'change'; unit: string; reason: string };

/** "- ", "* ", "• ", "1. ", "2) ", "(3) ", "a) " at the start of an item. */
const LIST_MARKER = /^(?:[-*•·–]|\(?\d{1,2}[.)]|\(?[a-h]\))\s+/u;
/** "1. Agenda fine 2. Tuesday no": items numbered on one line. */
const INLINE_ITEM = /\s+(?=\(?\d{1,2}[.)]\s)/u;
/** A sentence end, but not the dots of "a.m.", "z. B.", "inkl." or "Sra.". */
const SENTENCE_END =
  /(?<=[.!?…])(?<!(?:^|[\s.])\p{L}\.)(?<!(?:^|\s)(?:inkl|bzw|ca|usw|etc|approx|vs|dr|mr|mrs|ms|sr|sra|st)\.)\s+/iu;
const HAS_TEXT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** Splits a reply into the units the guard accounts for: lines, list items, sentences. */
export function splitUnits(text: string): ReplyUnit[] {
  const units: ReplyUnit[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!HAS_TEXT.test(line)) continue;
    if (line.startsWith('>')) {
      units.push({ text: line, quoted: true });
      continue;
    }
    for (const item of line.split(INLINE_ITEM)) {
      for (const sentence of item.replace(LIST_MARKER, '').split(SENTENCE_END)) {
        if (HAS_TEXT.test(sentence)) units.push({ text: sentence.trim(), quoted: false });
      }
    }
  }
  return units;
}

const LEXICON: Record<string, string[]> = {
  yes: [...CONFIRM_PHRASES, ...CONFIRM_INTERJECTIONS, ...NO_CHANGE_PHRASES, ...SEE_YOU_ON_DAY],
  ...HARMLESS_PHRASES,
};
const FILLER = new Set([...AIM_WORDS, ...FILLER_WORDS, ...MONTHS, ...Object.values(WEEKDAYS).flat()]);
/** "10", "10:30", "2pm", "14h", "3rd", "3.3.": times and dates restate the meeting. */
const NUMBER =
  /^(\d{1,2}([:.h]\d{2})?(am|pm|h|uhr|uur|u)?|\d{1,2}(st|nd|rd|th|e|er|º|ª)?|\d{1,2}[./]\d{1,2}[./]?(\d{2,4})?)$/u;
/** Kinds of harmless phrase next to which a capitalised word is a name ("Thanks Dana"). */
const NAMING = new Set(['greeting', 'thanks', 'signOff', 'pleasantry', 'logistics']);
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

function readUnit(text: string): UnitReading {
  const sentences = splitSentences(normalizeForMatching(text));
  const matches = matchPhrases(sentences.join('\n'), LEXICON).filter(
    // A negated or asked yes ("not sure", "Sounds good?") covers nothing.
    (m) => !m.negatedBy && !(m.kind === 'yes' && m.inQuestion),
  );
  const kinds = new Set(matches.map((m) => m.kind));
  const names = new Set((text.match(/\p{Lu}\p{Ll}[\p{L}'-]*/gu) ?? []).map((w) => w.toLowerCase()));
  const naming = [...kinds].some((k) => NAMING.has(k));
  const left: string[] = [];
  sentences.forEach((sentence, i) => {
    const spans = matches.filter((m) => m.sentence === i);
    for (const w of sentence.matchAll(WORD)) {
      const at = w.index ?? 0;
      if (spans.some((m) => at >= m.start && at < m.end)) continue;
      const word = w[0].replace(/^'+|'+$/g, '');
      if (isFiller(word) || (naming && names.has(word))) continue;
      left.push(word);
    }
  });
  return { left, kinds };
}

/** Words a title or company line is made of besides capitalised ones ("Head of Sales"). */
const TITLE_CONNECTORS = new Set([
  'of',
  'and',
  '&',
  'at',
  'de',
  'du',
  'des',
  'la',
  'für',
  'und',
  'van',
  'der',
  'en',
  'e',
  'y',
  'da',
  'do',
  'the',
  '|',
  '@',
  '-',
  '–',
  '·',
]);

/** A line of a signature: a name, a title or company, contact details, a device line. */
function isSignatureLine(text: string): boolean {
  if (isName(text) || isContactLine(text) || isDeviceLine(text) || isRule(text) || isLegalFooter(text))
    return true;
  if (!isSignatureDetail(text)) return false;
  return text
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\d+@(]/u.test(w) || /\d|@/.test(w) || TITLE_CONNECTORS.has(w.toLowerCase()));
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
    const question = /\?\s*$/.test(unit.text);
    const harmless = [...kinds].some((k) => k !== 'yes');
    if (left.length === 0 && !(question && !harmless)) {
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
