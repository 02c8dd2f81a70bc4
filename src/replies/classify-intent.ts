/**
 * What the prospect meant, by deterministic rules a rep can check:
 * 1. an auto-reply is `auto_reply`; a reply with no words is `unclear`;
 * 2. a strong decline ("not interested", "went with another vendor") is `decline`;
 * 3. otherwise any ask to reschedule, change or cancel wins over a confirmation
 *    ("Confirmed — could we also cover pricing?" is `change`); between them the higher
 *    score wins, a phrase in the first sentence scoring 3 and elsewhere 1; a cancel next to
 *    a reschedule phrase is a reschedule;
 * 4. a confirmation wins unless a hold ("need to check with Sam") scores as high;
 * 5. negated phrases ("not confirmed", "doesn't work for us") never count as what they
 *    negate, and a confirm phrase inside a question ("Does that sound good?") does not count.
 * A pure question ("Who else is joining?") matches nothing and is `unclear`: the rep has
 * to answer it before the point is settled, and nothing should be changed on its basis.
 */
import {
  CHANGE_PHRASES,
  CONFIRM_PHRASES,
  HOLD_PHRASES,
  NOT_WORKING_PHRASES,
  RESCHEDULE_PHRASES,
  STRONG_DECLINE_PHRASES,
  TIME_WORDS,
  WEAK_DECLINE_PHRASES,
} from './lexicon.js';
import { matchPhrases, normalizeForMatching, type PhraseMatch, splitSentences } from './match-phrases.js';

export type ReplyIntent = 'confirm' | 'change' | 'reschedule' | 'decline' | 'auto_reply' | 'unclear';

/** The intent and the phrase that decided it. */
export interface IntentResult {
  intent: ReplyIntent;
  /** How the intent was read: the phrase matched and where (for the record, not for the rep). */
  evidence: string;
  /** The index of the sentence that carried it, when one did (see `replySentences`). */
  sentence?: number;
}

const LEXICON = {
  confirm: CONFIRM_PHRASES,
  change: CHANGE_PHRASES,
  reschedule: RESCHEDULE_PHRASES,
  strongDecline: STRONG_DECLINE_PHRASES,
  weakDecline: WEAK_DECLINE_PHRASES,
  hold: HOLD_PHRASES,
  notWorking: NOT_WORKING_PHRASES,
};

const MAX_READ = 5000;

/** A time word, a clock time ("2pm", "14:00", "10 Uhr") or a date ("3.3.", "03/05"). */
const TIME_WORD = new RegExp(
  `(?<![\\p{L}])(${TIME_WORDS.join('|')})(?![\\p{L}])|\\d{1,2}(:\\d{2})?\\s?(am|pm|h|uhr)(?![\\p{L}])|\\d{1,2}[:./]\\d{1,2}`,
  'iu',
);

type Scored = PhraseMatch & { intent: 'confirm' | 'change' | 'reschedule' | 'decline' | 'hold' };

function where(m: PhraseMatch): string {
  return m.sentence === 0 ? 'in the first sentence' : `in sentence ${m.sentence + 1}`;
}

function describe(m: Scored, intent: string = m.intent): string {
  const negated = m.negatedBy ? ` negated by "${m.negatedBy}" next to a time` : '';
  return `matched "${m.phrase}"${negated} (${intent}) ${where(m)}`;
}

/** Maps raw matches to intents: drops negated ones, resolves "doesn't work" by time words. */
function toIntents(matches: PhraseMatch[], sentences: string[]): Scored[] {
  const out: Scored[] = [];
  for (const m of matches) {
    const aboutTime = TIME_WORD.test(sentences[m.sentence] ?? '');
    // "Dienstag passt mir leider nicht": a negated yes about a time asks for another time.
    if (m.negatedBy && m.kind === 'confirm' && aboutTime) out.push({ ...m, intent: 'reschedule' });
    if (m.negatedBy) continue;
    if (m.kind === 'confirm' && m.inQuestion) continue;
    if (m.kind === 'notWorking') {
      out.push({ ...m, intent: aboutTime ? 'reschedule' : 'change' });
    } else if (m.kind === 'strongDecline' || m.kind === 'weakDecline') {
      out.push({ ...m, intent: 'decline' });
    } else {
      out.push({ ...m, intent: m.kind as Scored['intent'] });
    }
  }
  return out;
}

function score(matches: Scored[], intent: Scored['intent']): number {
  return matches.filter((m) => m.intent === intent).reduce((sum, m) => sum + (m.sentence === 0 ? 3 : 1), 0);
}

/** The decisive match of an intent: first-sentence matches first, then reading order. */
function lead(matches: Scored[], intent: Scored['intent']): Scored | undefined {
  const of = matches.filter((m) => m.intent === intent);
  return of.find((m) => m.sentence === 0) ?? of[0];
}

/** The result decided by match `m`. */
function by(m: PhraseMatch, intent: ReplyIntent, evidence: string): IntentResult {
  return { intent, evidence, sentence: m.sentence };
}

function withConfirm(evidence: string, matches: Scored[]): string {
  const confirm = lead(matches, 'confirm');
  return confirm ? `${evidence}; outweighs "${confirm.phrase}" (confirm)` : evidence;
}

function decideAction(matches: Scored[]): IntentResult | undefined {
  const strong = matches.find((m) => m.kind === 'strongDecline');
  if (strong) return by(strong, 'decline', describe(strong));
  const hasReschedule = matches.some((m) => m.intent === 'reschedule');
  const actions = hasReschedule ? matches.filter((m) => m.kind !== 'weakDecline') : matches;
  // Tie order: a new time is the most urgent thing for the rep, then a changed agenda.
  const ranked = (['reschedule', 'change', 'decline'] as const)
    .map((intent) => ({ intent, score: score(actions, intent) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return undefined;
  const m = lead(actions, best.intent) as Scored;
  return by(m, best.intent, withConfirm(describe(m), matches));
}

function decideConfirm(matches: Scored[], all: PhraseMatch[]): IntentResult {
  const confirm = lead(matches, 'confirm');
  const hold = lead(matches, 'hold');
  if (hold && score(matches, 'hold') >= score(matches, 'confirm')) {
    return by(hold, 'unclear', describe(hold, 'not confirmed yet'));
  }
  if (confirm) return by(confirm, 'confirm', describe(confirm));
  const negated = all.find((m) => m.kind === 'confirm' && m.negatedBy);
  if (negated) {
    return by(
      negated,
      'unclear',
      `"${negated.phrase}" is negated by "${negated.negatedBy}" ${where(negated)}`,
    );
  }
  const asked = all.find((m) => m.kind === 'confirm' && m.inQuestion);
  if (asked) return by(asked, 'unclear', `"${asked.phrase}" is inside a question ${where(asked)}`);
  return { intent: 'unclear', evidence: 'no confirm, change, reschedule or decline phrase matched' };
}

/** Classifies the new text of a reply (quoted history already removed). */
export function classifyIntent(replyText: string, opts: { autoReply?: boolean } = {}): IntentResult {
  if (opts.autoReply) return { intent: 'auto_reply', evidence: 'the message is an automatic reply' };
  const sentences = replySentences(replyText).map(normalizeForMatching);
  if (sentences.length === 0) return { intent: 'unclear', evidence: 'the reply has no text' };
  const all = matchPhrases(sentences.join('\n'), LEXICON);
  const matches = toIntents(all, sentences);
  return decideAction(matches) ?? decideConfirm(matches, all);
}

/**
 * The sentences of a reply that are read for intent, in the prospect's own words (a result's
 * `sentence` indexes them); the greeting ("Hi Dana,") is not one.
 */
export function replySentences(replyText: string): string[] {
  // What decides a reply is near its top; reading a bounded prefix keeps time bounded too.
  return splitSentences(stripGreeting(replyText.slice(0, MAX_READ)));
}

const GREETING =
  /^\s*(hi|hello|hey|dear|hallo|hej|moin|servus|liebe|lieber|guten tag|bonjour|salut|hola|buenos días|buenas|estimad[oa]|olá|oi|bom dia|boa tarde|beste|hoi|goedemorgen|goedemiddag)(?![\p{L}])/iu;
/** Names after a greeting are capitalised; "Hey sounds good" has no name to skip. */
const GREETING_NAMES = /^(\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s*([,!:]|\n|$)/u;

/** "Hi Dana," is not the first sentence; what follows it is. */
function stripGreeting(text: string): string {
  const greeting = GREETING.exec(text);
  if (!greeting) return text;
  const rest = text.slice(greeting[0].length);
  const names = GREETING_NAMES.exec(rest);
  return names ? rest.slice(names[0].length) : text;
}
