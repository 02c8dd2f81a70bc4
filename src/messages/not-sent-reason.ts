/**
 * Why agendum did not send a message, as the dashboard and `GET /api/meetings`
 * (`messages[].reason`) say it. Stored in `Message.notSentReason` with every move to
 * `skipped` or `retracted` (message-status.ts requires it), and as "daily cap" on an
 * approved message while it waits for its mailbox's cap (cleared when it is sent).
 */
export const NOT_SENT_REASONS = [
  'rep skipped',
  'prospect opted out',
  'meeting cancelled',
  'daily cap',
  'bounced',
  'approval expired',
  'prospect declined',
  'not a prospect meeting',
] as const;

export type NotSentReason = (typeof NOT_SENT_REASONS)[number];
