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

const NOT_SENT: Record<string, string> = {
  'rep skipped': 'you skipped it',
  'prospect opted out': 'the prospect asked not to get agendum’s email',
  'meeting cancelled': 'the meeting was cancelled',
  'daily cap': 'waiting for this mailbox’s daily cap',
  bounced: 'the prospect’s address bounces',
  'approval expired': 'the meeting started before you approved it',
  'prospect declined': 'the prospect declined the meeting',
  'not a prospect meeting': 'it is no longer a prospect meeting',
};

/** Why a message was not sent (Message.notSentReason), as the rep reads it. */
export function notSentWords(reason: string): string {
  return NOT_SENT[reason] ?? reason;
}
