/** The next step of a recap as one plain sentence that says what, who and by when. */
import { DateTime } from 'luxon';
import type { Language } from '../domain/languages.js';
import { formatDate } from './format-time.js';
import { wordsFor } from './language-words.js';
import { readWording, type StepPeople } from './next-step-wording.js';

/** Who does the next step. */
export type NextStepOwner = 'rep' | 'prospect' | 'both';

// The recap is written by the rep to the prospect: the rep is "I", the prospect "you".
const SUBJECT: Record<NextStepOwner, string> = { rep: "I'll", prospect: "you'll", both: "we'll both" };

/** "Thursday, March 5", with the year when it is not the year of `reference`. */
export function dueDate(due: Date, zone: string, reference: Date, language: Language = 'en'): string {
  const year = DateTime.fromJSDate(due).setZone(zone).year;
  const sameYear = year === DateTime.fromJSDate(reference).setZone(zone).year;
  const date = formatDate(due, zone, language);
  if (sameYear) return date;
  // "March 5, 2027"; "5 de marzo de 2027"; "6. März 2027".
  if (language === 'en') return `${date}, ${year}`;
  return language === 'es' || language === 'pt' ? `${date} de ${year}` : `${date} ${year}`;
}

/**
 * "I'll send two time options by Thursday, March 5.", "Sam will share the shift data by
 * Friday, March 6." or "a technical deep-dive with Sam — you'll take care of it by Friday, March 6."
 * A step that already says who does it keeps its words (told in person when it names the
 * rep or the one prospect of `people`); otherwise `owner` says it, once. The date is the
 * due date in `zone` (the meeting's); `reference` decides whether the year is shown.
 */
export function nextStepLine(
  step: { what: string; owner: NextStepOwner; due?: Date },
  zone: string,
  reference: Date,
  people: StepPeople = {},
  language: Language = 'en',
): string {
  const what = step.what.trim().replace(/[\s.;,!]+$/, '');
  if (!what) return '';
  // The wording rules below read English grammar; another language states the owner after the step.
  const { nextStep } = wordsFor(language);
  if (language !== 'en') {
    const due = step.due ? ` (${nextStep.due(dueDate(step.due, zone, reference, language))})` : '';
    return `${what}${due} — ${nextStep.takesCare[step.owner]}.`;
  }
  const by = step.due ? ` by ${dueDate(step.due, zone, reference)}` : '';
  const wording = readWording(what, people);
  if (wording.kind === 'says_who') return `${wording.text}${by}.`;
  if (wording.kind === 'verb') return `${SUBJECT[step.owner]} ${wording.text}${by}.`;
  return `${wording.text} — ${nextStep.takesCare[step.owner]}${by}.`;
}
