/**
 * Whether a yes in a reply is aimed at the meeting or its agenda. `confirm` needs an
 * affirmative act the text aims at the meeting: "Correct." answers the agenda email, "an
 * email with a correct signature" describes something else; "The agenda looks good" and
 * "the revised timeline works for us" are about the meeting, "Your deck looks great" is not.
 */
import { AIM_WORDS, ANSWER_FOLLOWERS, ANSWER_LEADS, SUBJECT_WORDS } from './aim-words.js';
import { CONFIRM_INTERJECTIONS } from './lexicon.js';
import type { PhraseMatch } from './match-phrases.js';

const INTERJECTIONS = new Set(CONFIRM_INTERJECTIONS);
const AIMED = new Set([...AIM_WORDS, ...SUBJECT_WORDS, ...CONFIRM_INTERJECTIONS]);
const FOLLOWERS = new Set(ANSWER_FOLLOWERS);
const LEADS = new Set([...ANSWER_LEADS, ...CONFIRM_INTERJECTIONS]);
const YES_KINDS = new Set(['confirm', 'interjection', 'noChange', 'seeYou']);

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** The part of the sentence before `start` that belongs to the same clause. */
function clauseBefore(sentence: string, start: number): string {
  return (
    sentence
      .slice(0, start)
      .split(/[,;:()—–!]|\s-\s|^-\s/)
      .pop() ?? ''
  );
}

/** A one-word answer stands alone: at the start, and followed by nothing that it describes. */
function answerStandsAlone(sentence: string, m: PhraseMatch, others: PhraseMatch[]): boolean {
  if (!words(sentence.slice(0, m.start)).every((w) => LEADS.has(w))) return false;
  const after = sentence.slice(m.end);
  if (/^\s*($|[,.!;:—–)…?-]|\p{Extended_Pictographic})/u.test(after)) return true;
  const next = words(after)[0];
  if (next !== undefined && (FOLLOWERS.has(next) || INTERJECTIONS.has(next))) return true;
  // "Ok confirmed", "Yes that works": another yes right after it.
  return others.some(
    (o) => YES_KINDS.has(o.kind) && o.start >= m.end && !sentence.slice(m.end, o.start).trim(),
  );
}

/**
 * Why the yes `m` in `sentence` is not aimed at the meeting, or undefined when it is.
 * `others` are the other matches of the same sentence.
 */
export function unaimedReason(sentence: string, m: PhraseMatch, others: PhraseMatch[]): string | undefined {
  if (m.kind === 'interjection') {
    return answerStandsAlone(sentence, m, others) ? undefined : 'is not the answer itself';
  }
  // "bis Dienstag" says see you only as its own clause; "ich bin bis Dienstag …" is "until".
  if (m.kind === 'seeYou') {
    const lead = words(clauseBefore(sentence, m.start));
    return lead.every((w) => LEADS.has(w)) ? undefined : 'is "until", not "see you"';
  }
  const stranger = words(clauseBefore(sentence, m.start)).find((w) => !AIMED.has(w));
  return stranger === undefined ? undefined : `is about "${stranger}", not the meeting`;
}

/**
 * Where the subject of the agreeing phrase `m` starts in `sentence`, when every word of it
 * aims the yes at the meeting ("the revised timeline first" in "confirmed, the revised
 * timeline first works for us"); undefined when the subject names something else ("the
 * NDA works for us"). The subject is the clause before the phrase, as `unaimedReason` reads it.
 */
export function aimedSubjectStart(sentence: string, m: PhraseMatch): number | undefined {
  const subject = clauseBefore(sentence, m.start);
  return words(subject).every((w) => AIMED.has(w)) ? m.start - subject.length : undefined;
}
