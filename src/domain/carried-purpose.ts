/**
 * The next step agreed at the previous meeting, worded as the purpose of the next one. It reads
 * after "Why we're meeting:" and the template adds the full stop, so it starts "to …" and ends
 * without punctuation; the previous meeting's title stays out (it names the old stage).
 */
import type { Language } from './languages.js';
import type { CarriedNextStep } from './types.js';

const AS_AGREED = 'as we agreed last time';
const FOLLOW_UP = 'to follow up on what we agreed last time';

// Things people do together in the meeting: "review the proposal" already is its purpose.
const MEETING_VERBS = new Set(
  (
    'agree align assess check clarify compare confirm cover decide demo discuss dig evaluate explore ' +
    'finalise finalize go kick look map meet plan present prioritise prioritize review scope settle ' +
    'show sync talk validate verify walk work'
  ).split(' '),
);

// Work one side does between meetings: "send a proposal" is what the meeting follows up on.
const TASK_VERBS = new Set(
  (
    'arrange ask book bring build call circle collect connect deliver document draft email estimate ' +
    'find forward gather get install introduce invite list loop organise organize outline pilot ' +
    'prepare price propose provide pull quote reach reply respond return revise run schedule send set ' +
    'share sign start submit summarise summarize test trial try update write'
  ).split(' '),
);

const SUBJECT: Record<CarriedNextStep['owner'], string> = { rep: 'I', prospect: 'you', both: 'we' };

/**
 * The same opening in each other language, fitted to its "Why we're meeting:" label; the
 * step follows as the rep wrote it (the wording rules above read English grammar).
 */
const FOLLOW_UP_IN: Record<Exclude<Language, 'en'>, string> = {
  de: 'Wir knüpfen an das an, was wir zuletzt vereinbart haben',
  fr: 'faire le point sur ce dont nous avons convenu la dernière fois',
  es: 'dar seguimiento a lo que acordamos la última vez',
  pt: 'dar continuidade ao que combinamos da última vez',
  nl: 'om verder te gaan met wat we de vorige keer hebben afgesproken',
};
const COLON: Partial<Record<Language, string>> = { fr: ' : ' };

/** One line, no list marker in front, no punctuation or dangling dash at the end. */
function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—*•·]+/, '')
    .replace(/[\s.,;:!\-–—]+$/, '');
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

// "Review of the proposal", "call with Sam", "demo for the ops team": the verb is a noun here.
const NOUN_AFTER = new Set(['of', 'with', 'for']);

/** The step's verb, when it starts with one we know ("to" in front or not); else undefined. */
function leadingVerb(action: string): string | undefined {
  const [first, second] = words(action);
  if (!first || (second && NOUN_AFTER.has(second))) return undefined;
  return first;
}

/**
 * "to review the proposal, as we agreed last time" for a step the meeting itself does;
 * "to follow up on what we agreed last time: I would send a proposal" for work done in between;
 * "to follow up on what we agreed last time: a technical deep-dive with Sam" for a noun phrase
 * or a step that already says who. Undefined when the step says nothing.
 */
export function purposeFromNextStep(carried: CarriedNextStep, language: Language = 'en'): string | undefined {
  const what = clean(carried.what);
  if (language !== 'en')
    return what ? `${FOLLOW_UP_IN[language]}${COLON[language] ?? ': '}${what}` : undefined;
  const infinitive = /^to(?:\s|$)/i.test(what);
  const action = infinitive ? what.slice(2).trimStart() : what;
  if (!action) return undefined;
  const verb = leadingVerb(action);
  if (verb && TASK_VERBS.has(verb)) {
    return `${FOLLOW_UP}: ${SUBJECT[carried.owner]} would ${lowerFirst(action)}`;
  }
  if (infinitive || (verb && MEETING_VERBS.has(verb))) return `to ${lowerFirst(action)}, ${AS_AGREED}`;
  const article = ['a', 'an', 'the'].includes(words(what)[0] ?? '');
  return `${FOLLOW_UP}: ${article ? lowerFirst(what) : what}`;
}
