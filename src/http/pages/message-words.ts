/** What each message on the dashboard is and where it stands, in words (prisma MessageKind, MessageStatus). */
import { wordsFor } from './words.js';

const MESSAGE_KINDS: Record<string, string> = {
  agenda: 'Agenda',
  agenda_revision: 'Agenda (revised)',
  agenda_reminder: 'Agenda reminder',
  recap: 'Recap',
  recap_revision: 'Recap (revised)',
  approval_request: 'Approval request',
  rep_notice: 'Notice to you',
  recap_prompt: 'Recap prompt',
  nudge: 'Reminder',
};

const MESSAGE_STATUSES: Record<string, string> = {
  drafted: 'drafted',
  awaiting_approval: 'waiting for your approval',
  approved: 'approved, about to go',
  sending: 'sending',
  sent: 'sent',
  skipped: 'skipped',
  retracted: 'withdrawn before it went',
  failed: 'failed',
};

/** "Agenda", "Recap (revised)", "Notice to you". */
export function messageKindWords(kind: string): string {
  return wordsFor(MESSAGE_KINDS, kind);
}

/** "waiting for your approval", "sent". */
export function messageStatusWords(status: string): string {
  return wordsFor(MESSAGE_STATUSES, status);
}
