/**
 * What a revision changed, as the prospect reads it at the top of the revised email: the
 * method asks the prospect to confirm again, and they should not have to diff two emails to
 * see what they are confirming. Lines are written from the rep ("I", "you").
 */
import type { Language } from '../domain/languages.js';
import { toBodyText } from './clean-text.js';
import { type LanguageWords, wordsFor } from './language-words.js';
import { dueDate, type NextStepOwner } from './next-step-line.js';

/** An agenda's point as the prospect saw it, or as revised. */
export interface PointText {
  purpose: string;
  agenda: string[];
  outcome: string;
}

/** A recap's outcome as the prospect saw it, or as revised. */
export interface RecapText {
  agreed: string;
  nextStep: string;
  owner: NextStepOwner;
  due?: Date;
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
const clean = (s: string) => toBodyText(s).replace(/\s+/g, ' ').trim();

function agendaChanges(before: string[], after: string[], words: LanguageWords): string[] {
  const { changes: says, colon } = words;
  const key = (s: string) => clean(s).toLowerCase();
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const added = after.filter((i) => !had.has(key(i))).map(clean);
  const removed = before.filter((i) => !has.has(key(i))).map(clean);
  const lines: string[] = [];
  if (added.length) lines.push(`${says.added}${colon}${added.join('; ')}`);
  if (removed.length) lines.push(`${says.removed}${colon}${removed.join('; ')}`);
  if (!added.length && !removed.length && before.map(key).join('\n') !== after.map(key).join('\n')) {
    lines.push(says.reordered);
  }
  return lines;
}

/** The changes from `before` to `after`, one line each in `language`; empty when nothing changed. */
export function pointChanges(before: PointText, after: PointText, language: Language = 'en'): string[] {
  const words = wordsFor(language);
  const { changes: says, colon } = words;
  const lines: string[] = [];
  if (!same(before.purpose, after.purpose)) lines.push(`${says.purpose}${colon}${clean(after.purpose)}`);
  lines.push(...agendaChanges(before.agenda, after.agenda, words));
  if (!same(before.outcome, after.outcome)) lines.push(`${says.outcome}${colon}${clean(after.outcome)}`);
  return lines;
}

/** The changes from `before` to `after` of a recap, with dates in `zone`; empty when nothing changed. */
export function recapChanges(
  before: RecapText,
  after: RecapText,
  zone: string,
  meetingStart: Date,
  language: Language = 'en',
): string[] {
  const words = wordsFor(language);
  const { changes: says, colon } = words;
  const lines: string[] = [];
  if (!same(before.agreed, after.agreed)) lines.push(`${says.agreed}${colon}${clean(after.agreed)}`);
  if (!same(before.nextStep, after.nextStep)) lines.push(`${says.nextStep}${colon}${clean(after.nextStep)}`);
  if (before.owner !== after.owner) lines.push(`${says.owner}${colon}${words.owner[after.owner]}`);
  if ((before.due?.getTime() ?? null) !== (after.due?.getTime() ?? null)) {
    lines.push(
      after.due ? `${says.due}${colon}${dueDate(after.due, zone, meetingStart, language)}` : says.noDue,
    );
  }
  return lines;
}
