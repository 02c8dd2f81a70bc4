/**
 * Where a meeting's point and its recap's next step stand, in words for the rep: the
 * statuses of domain/point-status.ts, where each part of the point came from, who owns
 * the next step.
 */
import { plainWords, wordsFor } from './words.js';

const POINT_STATUSES: Record<string, string> = {
  unconfirmed: 'not confirmed yet',
  confirmed: 'confirmed',
  change_requested: 'change requested',
  revised: 'revised, waiting for the prospect to confirm again',
  declined: 'declined',
};

const NEXT_STEP_STATUSES: Record<string, string> = {
  pending: 'recap not sent yet',
  sent: 'sent, waiting for the prospect to confirm',
  confirmed: 'confirmed',
  disputed: 'disputed by the prospect',
  revised: 'revised, waiting for the prospect to confirm again',
};

// Point parts: domain/types.ts PointPartSource; the stage: domain/resolve-stage.ts.
const SOURCES: Record<string, string> = {
  event: 'from the calendar event',
  previous_recap: 'from the last recap',
  playbook: 'from the playbook',
  rep: 'edited by you',
  title: 'from the title',
  description: 'from the description',
  default: 'the playbook’s default',
};

/** "confirmed", "change requested", "not confirmed yet". */
export function pointStatusWords(status: string): string {
  return wordsFor(POINT_STATUSES, status);
}

/** "sent, waiting for the prospect to confirm", "disputed by the prospect". */
export function nextStepStatusWords(status: string): string {
  return wordsFor(NEXT_STEP_STATUSES, status);
}

/** "purpose edited by you, agenda from the playbook, stage from the title". */
export function sourcesWords(source: Record<string, string>): string {
  return Object.entries(source)
    .map(([part, from]) => `${part} ${wordsFor(SOURCES, from)}`)
    .join(', ');
}

/** Who does the next step, said to the rep: "you", "Priya", "you and Priya". */
export function ownerWords(owner: string, prospect: string): string {
  if (owner === 'rep') return 'you';
  if (owner === 'prospect') return prospect;
  if (owner === 'both') return `you and ${prospect}`;
  return plainWords(owner);
}
