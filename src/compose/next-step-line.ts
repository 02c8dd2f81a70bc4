/** The next step of a recap as one plain sentence that says what, who and by when. */
import { DateTime } from 'luxon';
import { formatDate } from './format-time.js';

/** Who does the next step. */
export type NextStepOwner = 'rep' | 'prospect' | 'both';

// Verbs a next step typically starts with. When it does, the owner becomes its subject
// ("I'll send …"); otherwise the step is a noun phrase and the owner is said after it.
const VERBS = new Set(
  (
    'agree align approve arrange ask assess book bring build call check circle clarify collect compare confirm ' +
    'connect consider decide deliver demo discuss document draft email estimate evaluate finalise finalize find ' +
    'follow forward gather get go identify install introduce invite join kick list look loop map meet organise ' +
    'organize outline pilot plan prepare present price propose provide pull quote reach reply respond return ' +
    'review revise run schedule scope send set share sign start submit summarise summarize sync talk test think ' +
    'trial try update validate verify walk write'
  ).split(' '),
);

// The rep already wrote who does it ("I'll send …", "Priya will share …", "a deep-dive — I'll
// send times"): keep it as written.
const SAYS_WHO = /^(i|we|you|they|he|she)\b|^\S+ will\b|(^|[\s—–(,;:-])(i|we|you|they)('ll|’ll| will)\b/i;

const SUBJECT: Record<NextStepOwner, string> = { rep: "I'll", prospect: "you'll", both: "we'll both" };
const TAKE_ON: Record<NextStepOwner, string> = {
  rep: "I'll take that on",
  prospect: "you'll take that on",
  both: "we'll both take that on",
};

/** "Thursday, March 5", with the year when it is not the year of `reference`. */
export function dueDate(due: Date, zone: string, reference: Date): string {
  const year = DateTime.fromJSDate(due).setZone(zone).year;
  const sameYear = year === DateTime.fromJSDate(reference).setZone(zone).year;
  return sameYear ? formatDate(due, zone) : `${formatDate(due, zone)}, ${year}`;
}

/**
 * "I'll send two time options by Thursday, March 5." or
 * "a technical deep-dive with Sam — you'll take that on by Friday, March 6."
 * The date is the due date in `zone` (the meeting's); `reference` decides whether the year is shown.
 */
export function nextStepLine(
  step: { what: string; owner: NextStepOwner; due?: Date },
  zone: string,
  reference: Date,
): string {
  const what = step.what.trim().replace(/[\s.;,!]+$/, '');
  if (!what) return '';
  const by = step.due ? ` by ${dueDate(step.due, zone, reference)}` : '';
  const firstWord = (/^[A-Za-z]+/.exec(what)?.[0] ?? '').toLowerCase();
  if (SAYS_WHO.test(what)) return `${what}${by}.`;
  if (VERBS.has(firstWord))
    return `${SUBJECT[step.owner]} ${what.charAt(0).toLowerCase()}${what.slice(1)}${by}.`;
  return `${what} — ${TAKE_ON[step.owner]}${by}.`;
}
