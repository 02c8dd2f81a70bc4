/**
 * Where the point of a meeting stands with the prospect, and where the recap's next step
 * stands, as two small state machines. The method is a loop: state it, get it confirmed;
 * when the prospect wants a change, revise and confirm again. Every move is an event from
 * the prospect (by reply or on the page) or from the rep; a move the table does not list
 * is refused, so a stray click can never, say, "keep as is" a point nobody disputed.
 */

/** The agenda's point: `unconfirmed → confirmed`, `→ change_requested → revised → confirmed`, `declined`. */
export const POINT_STATUSES = [
  'unconfirmed',
  'confirmed',
  'change_requested',
  'revised',
  'declined',
] as const;
export type PointStatus = (typeof POINT_STATUSES)[number];

/** The recap's next step: `pending` until the recap is sent, then `sent → confirmed | disputed → revised → confirmed`. */
export const NEXT_STEP_STATUSES = ['pending', 'sent', 'confirmed', 'disputed', 'revised'] as const;
export type NextStepStatus = (typeof NEXT_STEP_STATUSES)[number];

/** What happened: the prospect answered, or the rep acted. */
export type StatusEvent =
  | 'prospect_confirms'
  | 'prospect_requests_change'
  | 'prospect_declines'
  /** The rep sent the email (the recap) that states it. */
  | 'rep_sends'
  /** The rep sent a revised version in the thread and asks to confirm again. */
  | 'rep_revises'
  /** The prospect agreed another way (on a call): the rep records it. */
  | 'rep_marks_confirmed'
  /** The rep keeps the point (or next step) as it was, the change not taken. */
  | 'rep_keeps'
  /** After a decline, the rep goes on with the meeting anyway. */
  | 'rep_keeps_going';

/** Who made a move and how, as stored with it. */
export type StatusVia = 'reply' | 'page' | 'rep';

export type Transition<S> = { ok: true; to: S } | { ok: false; why: string };

const POINT_MOVES: Record<PointStatus, Partial<Record<StatusEvent, PointStatus>>> = {
  unconfirmed: {
    prospect_confirms: 'confirmed',
    prospect_requests_change: 'change_requested',
    prospect_declines: 'declined',
    rep_revises: 'revised',
    rep_marks_confirmed: 'confirmed',
  },
  confirmed: {
    prospect_confirms: 'confirmed',
    prospect_requests_change: 'change_requested',
    prospect_declines: 'declined',
    // A point changed after it was agreed must be agreed again.
    rep_revises: 'revised',
    rep_marks_confirmed: 'confirmed',
  },
  change_requested: {
    prospect_confirms: 'confirmed',
    prospect_requests_change: 'change_requested',
    prospect_declines: 'declined',
    rep_revises: 'revised',
    rep_marks_confirmed: 'confirmed',
    // The prospect asked for a change the rep did not make: nobody has agreed to the point.
    rep_keeps: 'unconfirmed',
  },
  revised: {
    prospect_confirms: 'confirmed',
    prospect_requests_change: 'change_requested',
    prospect_declines: 'declined',
    rep_revises: 'revised',
    rep_marks_confirmed: 'confirmed',
  },
  declined: {
    prospect_confirms: 'confirmed',
    prospect_requests_change: 'change_requested',
    rep_revises: 'revised',
    rep_marks_confirmed: 'confirmed',
    rep_keeps_going: 'unconfirmed',
  },
};

const NEXT_STEP_MOVES: Record<NextStepStatus, Partial<Record<StatusEvent, NextStepStatus>>> = {
  pending: {
    rep_sends: 'sent',
    rep_marks_confirmed: 'confirmed',
  },
  sent: {
    prospect_confirms: 'confirmed',
    prospect_requests_change: 'disputed',
    // Saying no to a recap is disputing what it says was agreed.
    prospect_declines: 'disputed',
    rep_revises: 'revised',
    rep_marks_confirmed: 'confirmed',
  },
  disputed: {
    prospect_confirms: 'confirmed',
    prospect_requests_change: 'disputed',
    prospect_declines: 'disputed',
    rep_revises: 'revised',
    rep_marks_confirmed: 'confirmed',
    rep_keeps: 'sent',
  },
  revised: {
    prospect_confirms: 'confirmed',
    prospect_requests_change: 'disputed',
    prospect_declines: 'disputed',
    rep_revises: 'revised',
    rep_marks_confirmed: 'confirmed',
  },
  confirmed: {
    prospect_confirms: 'confirmed',
    prospect_requests_change: 'disputed',
    prospect_declines: 'disputed',
    rep_revises: 'revised',
    rep_marks_confirmed: 'confirmed',
  },
};

const SAYS: Record<StatusEvent, string> = {
  prospect_confirms: 'the prospect confirming',
  prospect_requests_change: 'the prospect asking for a change',
  prospect_declines: 'the prospect declining',
  rep_sends: 'sending the recap',
  rep_revises: 'a revision',
  rep_marks_confirmed: 'marking it confirmed',
  rep_keeps: 'keeping it as is',
  rep_keeps_going: 'going on after a decline',
};

function move<S extends string>(
  table: Record<S, Partial<Record<StatusEvent, S>>>,
  what: string,
  from: S,
  event: StatusEvent,
): Transition<S> {
  const to = table[from]?.[event];
  if (to) return { ok: true, to };
  return { ok: false, why: `The ${what} is ${from.replace('_', ' ')}: ${SAYS[event]} does not apply to it.` };
}

/** The point's status after `event`, or why the event does not apply. */
export function movePoint(from: PointStatus, event: StatusEvent): Transition<PointStatus> {
  return move(POINT_MOVES, 'point', from, event);
}

/** The next step's status after `event`, or why the event does not apply. */
export function moveNextStep(from: NextStepStatus, event: StatusEvent): Transition<NextStepStatus> {
  return move(NEXT_STEP_MOVES, 'next step', from, event);
}

/** A stored value read back as a point status (unknown values read as unconfirmed). */
export function readPointStatus(stored: string): PointStatus {
  return (POINT_STATUSES as readonly string[]).includes(stored) ? (stored as PointStatus) : 'unconfirmed';
}

/** A stored value read back as a next-step status (unknown values read as pending). */
export function readNextStepStatus(stored: string): NextStepStatus {
  return (NEXT_STEP_STATUSES as readonly string[]).includes(stored) ? (stored as NextStepStatus) : 'pending';
}

/**
 * Whether the next step may become the point of the next meeting: only as the rep last
 * sent it, and not while the prospect disputes it and no revision went out.
 */
export function carriesForward(status: NextStepStatus): boolean {
  return status === 'sent' || status === 'confirmed' || status === 'revised';
}

/** The prospect's answer, as an event; `undefined` for answers that move nothing (unclear, reschedule). */
export function prospectEvent(intent: string): StatusEvent | undefined {
  if (intent === 'confirm') return 'prospect_confirms';
  if (intent === 'change') return 'prospect_requests_change';
  if (intent === 'decline') return 'prospect_declines';
  return undefined;
}
