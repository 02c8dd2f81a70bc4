/**
 * The note in the next meeting's approval request when the last recap's next step is
 * disputed: without it the rep sees a playbook purpose where they expected the next step,
 * and approves it not knowing the prospect objected.
 */
import { replySentences } from '../replies/classify-intent.js';
import { intentWords } from '../replies/intent-words.js';
import { toHeaderText } from './clean-text.js';
import { withoutActionLinks } from './compose-rep-notice.js';
import { formatDate } from './format-time.js';
import { prospectViews } from './people.js';

/** What the note is made of: the meeting the step was agreed at, who got its recap, what they wrote. */
export interface DisputedNextStepInput {
  /** The earlier meeting whose recap stated the next step. */
  meeting: { title: string; start: Date };
  /** Who the recap went to. The stored dispute does not say which of them wrote it. */
  prospects: { email: string; name?: string }[];
  /** The prospect's words, as stored with the dispute; absent or empty when none were. */
  reply?: string;
  /** The action page where the rep settles it (revise the recap, mark it confirmed, keep it). */
  settleUrl?: string;
}

/** The note as the approval-request template shows it (documented in templates/README.md). */
export interface DisputedNextStepNote {
  /** The whole note, one sentence or two, for the text and the HTML part alike. */
  line: string;
  meetingTitle: string;
  /** The earlier meeting's day, in the rep's zone: "Wednesday, December 9". */
  date: string;
  /** "Priya Raman", "Priya Raman or Sam Ortiz", "the prospect". */
  who: string;
  /** The quoted words ("" when none were recorded). */
  words: string;
  /** Where to settle it; "" when unknown. */
  settleUrl: string;
}

/** Long enough for a sentence with its reason, short enough to read at a glance. */
export const QUOTE_MAX = 280;

/** `text` cut to `max` characters at a word boundary, with "…" when anything was cut. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  // One very long word would leave nothing: then cut inside it.
  const cut = space > max * 0.6 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * The prospect's words worth quoting, on one line of at most QUOTE_MAX characters: all
 * they wrote (without the greeting) when it fits, since a dispute's reason often sits
 * beside its ask and "Can we change that?" alone tells the rep nothing; else the sentence
 * the dispute was read from, as the rep notices quote it; else the start of what they wrote.
 */
export function disputeQuote(said: string): string {
  // A quoted agenda the stripper missed must not hand the rep the prospect's working link.
  const reply = withoutActionLinks(said);
  const oneLine = (text: string) => toHeaderText(text, Number.MAX_SAFE_INTEGER);
  const whole = oneLine(replySentences(reply).join(' '));
  if (whole.length <= QUOTE_MAX) return whole;
  return cutAtWord(oneLine(intentWords(reply)) || whole, QUOTE_MAX);
}

/** Who wrote it: the one recipient by name, else each of a few with "or", else "the prospect". */
export function whoDisputed(prospects: { email: string; name?: string }[]): string {
  const views = prospectViews(prospects);
  if (views.length === 0 || views.length > 3) return 'the prospect';
  const names = views.map((p) => p.name || p.email);
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** The note, its date in `zone` (the rep's). */
export function disputedNextStepNote(input: DisputedNextStepInput, zone: string): DisputedNextStepNote {
  const meetingTitle = toHeaderText(input.meeting.title);
  const date = formatDate(input.meeting.start, zone);
  const who = whoDisputed(input.prospects);
  const words = input.reply ? disputeQuote(input.reply) : '';
  // Their own full stop (or question mark) ends the sentence: no second one after the quote.
  const said = words ? `: ${who} wrote "${words}"${/[.!?…]$/u.test(words) ? '' : '.'}` : ` by ${who}.`;
  const line = `The next step from "${meetingTitle}" (${date}) is disputed${said} It is not used as this meeting's point until you settle it.`;
  return { line, meetingTitle, date, who, words, settleUrl: input.settleUrl ?? '' };
}
