/**
 * A recap on the approval page: the recorded outcome as fields, and the edits in a posted
 * form. The date is read in the rep's zone (due-field.ts); an unreadable one is reported
 * for the page to show and changes nothing.
 */
import type { NextStepOwner } from '../compose/next-step-line.js';
import type { Outcome } from '../db/types.js';
import { editedOutcome, type RecapEdits } from '../workflows/outbound/compose-meeting-recap.js';
import { dueFieldText, dueWords, readDueField } from './due-field.js';
import { formText } from './form-text.js';
import type { RecapFields } from './pages/edit-forms.js';

/** The fields, the edits they make, and how the date reads (its words, or why it does not). */
export interface RecapForm {
  fields: RecapFields;
  edits: RecapEdits;
  due: { words?: string; error?: string };
}

const OWNERS: readonly string[] = ['rep', 'prospect', 'both'];

/** The recorded outcome as the page's fields. */
export function recapFields(outcome: Outcome, zone: string): RecapFields {
  const o = editedOutcome(outcome, null);
  return { agreed: o.agreed, nextStep: o.nextStep, owner: o.owner, due: dueFieldText(o.due ?? null, zone) };
}

/** The form as stored (no `body`) or as posted; only what differs from the outcome is an edit. */
export function readRecapForm(
  body: Record<string, unknown> | null,
  outcome: Outcome,
  now: Date,
  zone: string,
): RecapForm {
  const current = recapFields(outcome, zone);
  const stored = { words: dueWords(outcome.nextStepDue, zone, now) };
  if (!body) return { fields: current, edits: {}, due: stored };
  const agreed = formText(body.agreed, 2000);
  const nextStep = formText(body.nextStep, 2000);
  const owner = OWNERS.includes(String(body.owner)) ? (body.owner as NextStepOwner) : undefined;
  const dueText = formText(body.due, 200);
  const edits: RecapEdits = {
    agreed: agreed && agreed !== current.agreed ? agreed : undefined,
    nextStep: nextStep && nextStep !== current.nextStep ? nextStep : undefined,
    owner: owner && owner !== current.owner ? owner : undefined,
  };
  const fields: RecapFields = {
    agreed: edits.agreed ?? current.agreed,
    nextStep: edits.nextStep ?? current.nextStep,
    owner: edits.owner ?? current.owner,
    // As typed, so the rep can correct what could not be read.
    due: dueText ?? current.due,
  };
  if (dueText === undefined || dueText === current.due) return { fields, edits, due: stored };
  const reading = readDueField(dueText, now, zone);
  if ('error' in reading) return { fields, edits, due: { error: reading.error } };
  return { fields, edits: { ...edits, due: reading.due }, due: { words: reading.words } };
}
