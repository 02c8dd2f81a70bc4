/**
 * Every kind of step the runner executes: a name and a zod payload, in one explicit list.
 * Scheduling is type-checked by name; start-up fails if a kind has no handler.
 */
import { z } from 'zod';

export const stepPayloads = {
  /** Compose the agenda for a prospect meeting and route it by the rep's approval mode. */
  draft_agenda: z.object({ meetingId: z.string() }),
  /** Send one approved message, exactly once. */
  send_message: z.object({ messageId: z.string() }),
  /** After the meeting: ask the rep what was agreed and the next step. */
  recap_prompt: z.object({ meetingId: z.string() }),
  /**
   * Once the outcome is recorded: draft the recap and route it. Recording the outcome does
   * this at once; the step, planned in the same transaction, finishes it if that was cut
   * short (a crash, a provider that failed), and otherwise finds the recap there.
   */
  draft_recap: z.object({ meetingId: z.string() }),
  /** Before the meeting: tell the rep the point is still unconfirmed. */
  nudge_unconfirmed: z.object({ meetingId: z.string() }),
  /** Before the meeting: remind the rep, once, of an agenda still awaiting their approval. */
  nudge_approval: z.object({ meetingId: z.string() }),
  /** After the next step's date: tell the rep no meeting is booked for it. */
  nudge_book_next: z.object({ meetingId: z.string() }),
} as const;

export type StepKind = keyof typeof stepPayloads;
export type StepPayload<K extends StepKind> = z.infer<(typeof stepPayloads)[K]>;

/** What a handler did; skips always carry a reason so nothing is silent. */
export type StepResult =
  | { outcome: 'done'; detail: string }
  | { outcome: 'skipped'; detail: string }
  /** Not now (a provider asked us to wait, a connection needs reauth): run again at `at`. */
  | { outcome: 'retry'; at: Date; detail: string };

export const STEP_KINDS = Object.keys(stepPayloads) as StepKind[];

/** The one thing each kind of step acts on: planning it twice for that thing is one step. */
const SUBJECT_OF: { [K in StepKind]: (payload: StepPayload<K>) => string } = {
  draft_agenda: (p) => p.meetingId,
  send_message: (p) => p.messageId,
  recap_prompt: (p) => p.meetingId,
  draft_recap: (p) => p.meetingId,
  nudge_unconfirmed: (p) => p.meetingId,
  nudge_approval: (p) => p.meetingId,
  nudge_book_next: (p) => p.meetingId,
};

/**
 * The step's unique run key, from its kind and subject: the same plan for the same meeting
 * or message always maps to the same row, on any instance. Never built by hand elsewhere.
 */
export function stepRunKey<K extends StepKind>(kind: K, payload: StepPayload<K>): string {
  return `${kind}:${SUBJECT_OF[kind](payload)}`;
}
