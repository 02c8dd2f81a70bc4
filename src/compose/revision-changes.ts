/**
 * What a revision changed, as the prospect reads it at the top of the revised email: the
 * method asks the prospect to confirm again, and they should not have to diff two emails to
 * see what they are confirming. Lines are written from the rep ("I", "you").
 */
import { toBodyText } from './clean-text.js';
import { dueDate, type NextStepOwner, OWNER_WORDS } from './next-step-line.js';

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

function agendaChanges(before: string[], after: string[]): string[] {
  const key = (s: string) => clean(s).toLowerCase();
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const added = after.filter((i) => !had.has(key(i))).map(clean);
  const removed = before.filter((i) => !has.has(key(i))).map(clean);
  const lines: string[] = [];
  if (added.length) lines.push(`Added to what we'll cover: ${added.join('; ')}`);
  if (removed.length) lines.push(`Taken off the agenda: ${removed.join('; ')}`);
  if (!added.length && !removed.length && before.map(key).join('\n') !== after.map(key).join('\n')) {
    lines.push("What we'll cover is in a new order");
  }
  return lines;
}

/** The changes from `before` to `after`, one line each; empty when nothing changed. */
export function pointChanges(before: PointText, after: PointText): string[] {
  const lines: string[] = [];
  if (!same(before.purpose, after.purpose)) lines.push(`Why we're meeting, now: ${clean(after.purpose)}`);
  lines.push(...agendaChanges(before.agenda, after.agenda));
  if (!same(before.outcome, after.outcome)) lines.push(`A good outcome, now: ${clean(after.outcome)}`);
  return lines;
}

/** The changes from `before` to `after` of a recap, with dates in `zone`; empty when nothing changed. */
export function recapChanges(
  before: RecapText,
  after: RecapText,
  zone: string,
  meetingStart: Date,
): string[] {
  const lines: string[] = [];
  if (!same(before.agreed, after.agreed)) lines.push(`What we agreed, now: ${clean(after.agreed)}`);
  if (!same(before.nextStep, after.nextStep)) lines.push(`The next step, now: ${clean(after.nextStep)}`);
  if (before.owner !== after.owner) lines.push(`Who takes the next step: ${OWNER_WORDS[after.owner]}`);
  if ((before.due?.getTime() ?? null) !== (after.due?.getTime() ?? null)) {
    lines.push(
      after.due ? `By when: ${dueDate(after.due, zone, meetingStart)}` : 'The next step has no date now',
    );
  }
  return lines;
}
