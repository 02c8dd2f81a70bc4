/** What each step of a meeting does and where it stands, in words (kinds: jobs/step-kinds.ts). */
import { plainWords, wordsFor } from './words.js';

const STEP_NAMES: Record<string, string> = {
  draft_agenda: 'Draft the agenda',
  send_message: 'Send a message',
  recap_prompt: 'Ask you for the recap',
  // The nudge goes to the rep, not the prospect (workflows/outbound/nudges.ts).
  nudge_unconfirmed: 'Remind you if the prospect has not confirmed',
  nudge_approval: 'Remind you to approve the agenda',
  nudge_book_next: 'Remind you to book the next meeting',
};

// A send step is named by what it sends; mail to the rep says "you".
const SEND_NAMES: Record<string, string> = {
  agenda: 'Send the agenda',
  agenda_revision: 'Send the revised agenda',
  agenda_reminder: 'Send the agenda reminder',
  recap: 'Send the recap',
  recap_revision: 'Send the revised recap',
  approval_request: 'Send you the approval request',
  rep_notice: 'Send you a notice',
  recap_prompt: 'Send you the recap prompt',
  nudge: 'Send you a reminder',
};

const STEP_STATUSES: Record<string, string> = {
  pending: 'planned',
  running: 'running now',
  done: 'done',
  skipped: 'skipped',
  cancelled: 'cancelled',
  failed: 'failed',
  paused: 'paused until the connection is reconnected',
};

/** "Draft the agenda", "Send the recap"; `messageKind` is the kind of message a send step sends, when known. */
export function stepName(kind: string, messageKind?: string): string {
  if (kind === 'send_message' && messageKind) {
    return Object.hasOwn(SEND_NAMES, messageKind)
      ? (SEND_NAMES[messageKind] as string)
      : `Send the ${plainWords(messageKind)}`;
  }
  return wordsFor(STEP_NAMES, kind);
}

/** "planned", "done", "skipped: meeting already started": a skip always says why. */
export function stepStatusWords(status: string, result: string | null): string {
  const words = wordsFor(STEP_STATUSES, status);
  return (status === 'skipped' || status === 'failed') && result ? `${words}: ${result}` : words;
}
