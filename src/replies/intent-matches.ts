/**
 * Turns the raw phrase and pattern matches of a reply into what each one says about the
 * intent: drops negated, asked and unaimed yeses, reads "doesn't work" and "instead" as a
 * reschedule when they are about a time, drops a change word that is only the subject of a
 * yes ("die neue Reihenfolge ist gut"), and weighs each match (the first sentence, and a
 * hold that conditions the yes, weigh most).
 */
import { aimedSubjectStart, unaimedReason } from './confirm-aim.js';
import { CALL_ME_PHRASES, CONDITION_WORDS } from './lexicon.js';
import type { PhraseMatch } from './match-phrases.js';
import { ANY_TIME, WHEN_WORD as WHEN_SOURCE } from './time-words.js';

/** What a match says. */
export type MatchIntent = 'confirm' | 'change' | 'reschedule' | 'decline' | 'hold' | 'request' | 'hedge';

/** A match with what it says and how much it weighs. */
export type Scored = PhraseMatch & { intent: MatchIntent; weight: number };

/** A yes that did not count, and why (for the evidence when nothing else decides). */
export interface DroppedYes {
  match: PhraseMatch;
  reason: string;
}

const words = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** A time word, a clock time ("2pm", "14:00", "10 Uhr") or a date ("3.3.", "03/05"). */
const TIME_WORD = new RegExp(ANY_TIME, 'iu');
/** When, not just "time": "Wednesday instead" moves the meeting, "more time instead" does not. */
const WHEN_WORD = new RegExp(WHEN_SOURCE, 'iu');
const CONDITION = new RegExp(`(?<![\\p{L}'])(${words(CONDITION_WORDS)})(?![\\p{L}])`, 'iu');
/**
 * "exactly what we want to cover" describes the agenda; it does not ask for anything. "Est-ce
 * que …" only asks, so it describes nothing.
 */
const DESCRIBED = /(?:^|[^\p{L}-])(what|ce que|ce qu'|lo que|o que|was|wat)\s+(?:[\p{L}'-]+\s+){0,3}$/u;

const CALL_ME = new RegExp(`(?<![\\p{L}])(${words(CALL_ME_PHRASES)})(?![\\p{L}])`, 'iu');
/** A length of time ("30 min", "45 minutes"), not a time of day. */
const DURATION = /(?<![\p{L}])\d+\s*(min|mins|minutes|minuten|minutos|minuut)(?![\p{L}])/iu;

const YES = new Set(['confirm', 'interjection', 'noChange', 'seeYou']);

function intentOf(m: PhraseMatch, sentence: string): MatchIntent | undefined {
  switch (m.kind) {
    case 'notWorking':
      return TIME_WORD.test(sentence) ? 'reschedule' : 'change';
    case 'alternative':
      // "Call me instead" offers another channel, not another agenda; "30 min instead of 1h"
      // changes the length, not the start.
      if (CALL_ME.test(sentence)) return undefined;
      return WHEN_WORD.test(sentence) && !DURATION.test(sentence) ? 'reschedule' : 'change';
    case 'strongDecline':
    case 'weakDecline':
      return 'decline';
    case 'attendeeQuestion':
      return 'change';
    case 'agendaQuestion':
    case 'change':
      return m.kind === 'change' && DESCRIBED.test(sentence.slice(0, m.start)) ? undefined : 'change';
    case 'reschedule':
    case 'hold':
    case 'request':
    case 'hedge':
      return m.kind;
    default:
      return undefined; // a receipt ("confirm receipt of your email") says nothing
  }
}

/**
 * "Die neue Reihenfolge ist gut", "de nieuwe volgorde is prima": a change word that is the
 * subject of a yes names what the prospect agrees to, it asks for nothing.
 */
function isAgreedSubject(m: PhraseMatch, sentence: string, matches: PhraseMatch[]): boolean {
  return matches.some(
    (yes) =>
      yes.kind === 'confirm' &&
      yes.sentence === m.sentence &&
      !yes.negatedBy &&
      !yes.inQuestion &&
      m.end <= yes.start &&
      (aimedSubjectStart(sentence, yes) ?? Number.POSITIVE_INFINITY) <= m.start,
  );
}

/** What the matches say, with the yeses that did not count. */
export function readMatches(
  matches: PhraseMatch[],
  sentences: string[],
): { scored: Scored[]; dropped: DroppedYes[] } {
  const scored: Scored[] = [];
  const dropped: DroppedYes[] = [];
  const weight = (m: PhraseMatch) => (m.sentence === 0 ? 3 : 1);
  for (const m of matches) {
    const sentence = sentences[m.sentence] ?? '';
    if (YES.has(m.kind)) {
      // "Dienstag passt mir leider nicht": a negated yes about a time asks for another time.
      if (m.negatedBy && m.kind !== 'noChange' && m.kind !== 'seeYou' && TIME_WORD.test(sentence)) {
        scored.push({ ...m, intent: 'reschedule', weight: weight(m) });
      }
      if (m.negatedBy || m.inQuestion) continue;
      const others = matches.filter((o) => o.sentence === m.sentence && o !== m);
      const reason = unaimedReason(sentence, m, others);
      if (reason) dropped.push({ match: m, reason });
      else scored.push({ ...m, intent: 'confirm', weight: weight(m) });
      continue;
    }
    // A question is not negated by a word before it ("no horário de Brasília?" is "in the",
    // "I don't know who else is joining?" still asks).
    if (m.negatedBy && m.kind !== 'agendaQuestion' && m.kind !== 'attendeeQuestion') continue;
    const intent = intentOf(m, sentence);
    if (!intent) continue;
    if (m.kind === 'change' && isAgreedSubject(m, sentence, matches)) continue;
    // "…but I need to check with Sam first" holds the yes back wherever it stands.
    const conditioned = intent === 'hold' && CONDITION.test(sentence);
    scored.push({ ...m, intent, weight: conditioned ? 3 : weight(m) });
  }
  return { scored, dropped };
}
