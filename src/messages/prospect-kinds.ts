/**
 * The kinds of email a prospect answers, by what they are about: the agenda (the meeting's
 * point) and its revisions, the recap (the next step) and its revisions. A reply to a
 * revision counts exactly as a reply to the email it revised.
 */
import type { MessageKind } from '../db/types.js';
import type { ActionTarget } from '../domain/rep-actions.js';

const KINDS: Record<ActionTarget, MessageKind[]> = {
  agenda: ['agenda', 'agenda_revision'],
  recap: ['recap', 'recap_revision'],
};

/** Every kind of email the prospects get in a meeting's one thread. */
export const PROSPECT_KINDS: readonly MessageKind[] = [...KINDS.agenda, ...KINDS.recap];

/** The kinds of email about `target`. */
export function kindsAbout(target: ActionTarget): MessageKind[] {
  return KINDS[target];
}

/** What an email of `kind` is about, or null when it is not one a prospect answers. */
export function targetOf(kind: string): ActionTarget | null {
  if ((KINDS.agenda as string[]).includes(kind)) return 'agenda';
  if ((KINDS.recap as string[]).includes(kind)) return 'recap';
  return null;
}
