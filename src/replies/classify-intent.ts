/**
 * What the prospect meant, by deterministic rules a rep can check:
 * 1. an auto-reply is `auto_reply`; a reply with no words is `unclear`;
 * 2. a strong decline ("not interested", "went with another vendor") is `decline`;
 * 3. otherwise any ask to reschedule, change or cancel wins over a confirmation
 *    ("Confirmed — could we also cover pricing?", "Looks good. Can Sam join too?" and
 *    "Sounds good. How long is the call?" are `change`); between asks the higher score
 *    wins, a match in the first sentence scoring 3 and elsewhere 1; a cancel next to a
 *    reschedule phrase is a reschedule; moving, pushing, shifting or postponing the meeting
 *    is a reschedule in every language;
 * 4. a confirmation wins unless a hold ("need to check with Sam") scores as high; a hold
 *    that conditions the yes ("…first", "…yet") scores as if it came first; a request of
 *    any kind beside it ("please…", "could we…", "bitte…") makes it a `change`, because the
 *    prospect agreed but asked for something the rep must read; a "but" after it ("Sounds
 *    good, but our CFO will say no") leaves it `unclear`;
 * 5. a confirmation needs an affirmative act aimed at the meeting or its agenda: negated
 *    ("not confirmed"), asked ("Does that sound good?") and unaimed yeses ("an email with a
 *    correct signature", "Your deck looks great", "I confirm receipt") never count, and a
 *    yes promised for later or made on a condition ("Je vous confirme ça demain", "I'll
 *    confirm once you add…") is a hold; the subject of an agreeing phrase aims it when it
 *    names the meeting, its agenda, the next step, a plan or a revision ("the revised
 *    timeline works for us");
 * 6. a yes left standing is `confirm` only when every other sentence of the reply is
 *    accounted for (`confirm-guard.ts`: greetings, thanks, apologies, sign-offs, agreeing
 *    logistics); anything else makes it `unclear` for the rep to read, because a false
 *    `confirm` is the one error the rep never checks.
 * A question about who attends ("Who else is joining?", "Confirmed. Will your CTO be
 * there?") is a `change`, alone or beside a yes: the rep has to answer it, and a `confirm`
 * or an `unclear` would lose the ask. A pure question about something else ("Sorry, who is
 * this?") is `unclear`. "Can't make it" with no other time offered is a `reschedule`, not a
 * `decline`: a decline cancels the meeting's pending steps and retracts its unsent messages.
 */
import { ASK_PATTERNS } from './ask-patterns.js';
import { confirmOnMeetingDay } from './confirm-day.js';
import { guardConfirm } from './confirm-guard.js';
import { confirmAtMeetingTime } from './confirm-time.js';
import { capitalisedWords, findAddedAttendees } from './find-added-attendees.js';
import { HEDGE_PHRASES } from './hedge-words.js';
import { type DroppedYes, type MatchIntent, readMatches, type Scored } from './intent-matches.js';
import {
  CONFIRM_INTERJECTIONS,
  CONFIRM_PHRASES,
  HOLD_PHRASES,
  NO_CHANGE_PHRASES,
  RESERVATION,
  SEE_YOU_ON_DAY,
} from './lexicon.js';
import {
  ALTERNATIVE_PHRASES,
  CHANGE_PHRASES,
  NOT_WORKING_PHRASES,
  RESCHEDULE_PHRASES,
  STRONG_DECLINE_PHRASES,
  WEAK_DECLINE_PHRASES,
} from './lexicon-asks.js';
import { matchPhrases, normalizeForMatching, type PhraseMatch, splitSentences } from './match-phrases.js';
import type { MeetingTime } from './meeting-day.js';

export type ReplyIntent = 'confirm' | 'change' | 'reschedule' | 'decline' | 'auto_reply' | 'unclear';

/** The intent and the phrase that decided it. */
export interface IntentResult {
  intent: ReplyIntent;
  /** How the intent was read: the phrase matched and where (for the record, not for the rep). */
  evidence: string;
  /** The index of the sentence that carried it, when one did (see `replySentences`). */
  sentence?: number;
  /**
   * Set when the rep should read more than `sentence`: every sentence to quote, in reading
   * order — the deciding one, others with the same ask, and for a change or reschedule the
   * agreement it outweighed ("Looks good." and "Can Sam join too?").
   */
  sentences?: number[];
}

const LEXICON = {
  confirm: CONFIRM_PHRASES,
  interjection: CONFIRM_INTERJECTIONS,
  noChange: NO_CHANGE_PHRASES,
  seeYou: SEE_YOU_ON_DAY,
  change: CHANGE_PHRASES,
  alternative: ALTERNATIVE_PHRASES,
  reschedule: RESCHEDULE_PHRASES,
  strongDecline: STRONG_DECLINE_PHRASES,
  weakDecline: WEAK_DECLINE_PHRASES,
  hold: HOLD_PHRASES,
  notWorking: NOT_WORKING_PHRASES,
  hedge: HEDGE_PHRASES,
};

const MAX_READ = 5000;
/** Enough for the agreement and an ask or two; more would bury the ask. */
const MAX_QUOTED = 3;

function where(m: PhraseMatch): string {
  return m.sentence === 0 ? 'in the first sentence' : `in sentence ${m.sentence + 1}`;
}

function describe(m: Scored, intent: string = m.intent): string {
  if ('who' in m) return `names another attendee, "${m.who}", in "${m.phrase}" (${intent}) ${where(m)}`;
  const negated = m.negatedBy ? ` negated by "${m.negatedBy}" next to a time` : '';
  return `matched "${m.phrase}"${negated} (${intent}) ${where(m)}`;
}

function score(matches: Scored[], intent: MatchIntent): number {
  return matches.filter((m) => m.intent === intent).reduce((sum, m) => sum + m.weight, 0);
}

/** The decisive match of an intent: the heaviest, then reading order. */
function lead(matches: Scored[], intent: MatchIntent): Scored | undefined {
  const of = matches.filter((m) => m.intent === intent);
  return of.find((m) => m.weight === Math.max(...of.map((o) => o.weight)));
}

/** The result decided by match `m`, quoting `also` (sentence indexes) beside its own. */
function by(m: PhraseMatch, intent: ReplyIntent, evidence: string, also: number[] = []): IntentResult {
  const sentences = [...new Set([m.sentence, ...also])].sort((a, b) => a - b).slice(0, MAX_QUOTED);
  const result: IntentResult = { intent, evidence, sentence: m.sentence };
  return sentences.length > 1 ? { ...result, sentences } : result;
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
  const same = actions.filter((a) => a.intent === best.intent).map((a) => a.sentence);
  const confirm = lead(matches, 'confirm');
  if (!confirm) return by(m, best.intent, describe(m), same);
  const evidence = `${describe(m)}; outweighs "${confirm.phrase}" (confirm)`;
  // The rep must see both what the prospect agreed to and what they asked for; a decline
  // is the whole story.
  const also = best.intent === 'decline' ? same : [confirm.sentence, ...same];
  return by(m, best.intent, evidence, also);
}

/** The contrast word after a yes that qualifies it ("…, but only if legal is there"), if any. */
function reservationAfter(confirm: PhraseMatch, sentences: string[]): string | undefined {
  const rest = [
    (sentences[confirm.sentence] ?? '').slice(confirm.end),
    ...sentences.slice(confirm.sentence + 1),
  ];
  for (const text of rest) {
    const hit = RESERVATION.exec(text);
    // "…, but." with nothing after it qualifies nothing.
    if (hit && /\p{L}/u.test(text.slice(hit.index + hit[0].length)))
      return (hit[1] ?? hit[2] ?? hit[3]) as string;
  }
  return undefined;
}

/**
 * A yes stays `confirm` only when every other sentence of the reply is accounted for
 * (`confirm-guard.ts`); otherwise the rep reads it, quoted with the sentence that stopped it.
 */
function guardedConfirm(confirm: Scored, sentences: string[], replyText: string): IntentResult {
  const guard = guardConfirm(replyText.slice(0, MAX_READ));
  if (guard.ok) return by(confirm, 'confirm', describe(confirm));
  const needle = normalizeForMatching(guard.unit).slice(0, 40);
  const at = sentences.findIndex((s) => s.includes(needle));
  const evidence =
    guard.intent === 'change'
      ? `"${guard.unit}" ${guard.reason} beside "${confirm.phrase}" (confirm)`
      : `"${confirm.phrase}" ${where(confirm)} comes with "${guard.unit}", which ${guard.reason}: not a plain yes`;
  return by(confirm, guard.intent, evidence, at >= 0 ? [at] : []);
}

const YES_KINDS = ['confirm', 'interjection', 'noChange', 'seeYou'];

function hedged(yes: PhraseMatch, hedge: PhraseMatch): string {
  return `"${yes.phrase}" ${where(yes)} is hedged by "${hedge.phrase}" ${where(hedge)}: a guess, not a plain yes`;
}

function decideConfirm(
  matches: Scored[],
  all: PhraseMatch[],
  dropped: DroppedYes[],
  sentences: string[],
  replyText: string,
): IntentResult {
  const confirm = lead(matches, 'confirm');
  const hold = lead(matches, 'hold');
  if (hold && score(matches, 'hold') >= score(matches, 'confirm')) {
    return by(hold, 'unclear', describe(hold, 'not confirmed yet'));
  }
  if (confirm) {
    // "Fine, but make sure Chris gets the invite": agreed, and asked for something.
    const ask = lead(matches, 'request');
    if (ask) {
      const evidence = `${describe(ask, 'a request')} beside "${confirm.phrase}" (confirm)`;
      return by(ask, 'change', evidence, [confirm.sentence]);
    }
    // "Should be fine I think": a guess the rep must check (decision in the corpus README).
    const hedge = lead(matches, 'hedge');
    if (hedge) return by(confirm, 'unclear', hedged(confirm, hedge), [hedge.sentence]);
    const reservation = reservationAfter(confirm, sentences);
    if (reservation) {
      const evidence = `"${confirm.phrase}" ${where(confirm)} is followed by "${reservation}": not a plain yes`;
      return by(confirm, 'unclear', evidence);
    }
    return guardedConfirm(confirm, sentences, replyText);
  }
  const hedge = lead(matches, 'hedge');
  const guessed = all.find((m) => YES_KINDS.includes(m.kind) && !m.negatedBy);
  if (hedge && guessed) return by(hedge, 'unclear', hedged(guessed, hedge), [guessed.sentence]);
  // "Creo que sí", "ik denk het wel": the hedge carries the whole answer.
  if (hedge)
    return by(
      hedge,
      'unclear',
      `"${hedge.phrase}" ${where(hedge)} hedges the answer: a guess, not a plain yes`,
    );
  const yes = (m: PhraseMatch) => YES_KINDS.includes(m.kind);
  const negated = all.find((m) => yes(m) && m.negatedBy);
  if (negated) {
    return by(
      negated,
      'unclear',
      `"${negated.phrase}" is negated by "${negated.negatedBy}" ${where(negated)}`,
    );
  }
  const asked = all.find((m) => yes(m) && m.inQuestion);
  if (asked) return by(asked, 'unclear', `"${asked.phrase}" is inside a question ${where(asked)}`);
  const unaimed = dropped[0];
  if (unaimed) {
    const m = unaimed.match;
    return by(m, 'unclear', `"${m.phrase}" ${unaimed.reason} ${where(m)}`);
  }
  return { intent: 'unclear', evidence: 'no confirm, change, reschedule or decline phrase matched' };
}

/** What the classifier may know besides the text. */
export interface ClassifyOptions {
  autoReply?: boolean;
  /** The meeting the reply answers: a yes naming another day or start time is no confirmation of it. */
  meeting?: MeetingTime;
  /** When the reply was written (its Date header): which day "tomorrow" is. */
  repliedAt?: Date;
}

/** Classifies the new text of a reply (quoted history already removed). */
export function classifyIntent(replyText: string, opts: ClassifyOptions = {}): IntentResult {
  if (opts.autoReply) return { intent: 'auto_reply', evidence: 'the message is an automatic reply' };
  const sentences = replySentences(replyText).map(normalizeForMatching);
  if (sentences.length === 0) return { intent: 'unclear', evidence: 'the reply has no text' };
  const all = matchPhrases(sentences.join('\n'), LEXICON, ASK_PATTERNS);
  const { scored, dropped } = readMatches(all, sentences);
  // "I'll bring Sam": a person brought along is a change, since the rep must invite them.
  const added = findAddedAttendees(sentences, capitalisedWords(replyText.slice(0, MAX_READ)));
  const asks = added.length
    ? [...scored, ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    : scored;
  const result = decideAction(asks) ?? decideConfirm(scored, all, dropped, sentences, replyText);
  if (result.intent !== 'confirm' || !opts.meeting) return result;
  const onDay = confirmOnMeetingDay(result, sentences, opts.meeting, scored, opts.repliedAt);
  if (onDay.intent !== 'confirm') return onDay;
  return confirmAtMeetingTime(onDay, sentences, opts.meeting, scored);
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
