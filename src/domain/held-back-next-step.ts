/**
 * When the next meeting's point would have been the last recap's next step but is not,
 * because the prospect disputes it: the rep must be told, or the playbook purpose the
 * agenda falls back to reads as if agendum had simply forgotten what was agreed.
 */
import { carriesForward, type NextStepStatus } from './point-status.js';

/**
 * Whether a recorded next step stands in line to become the next meeting's point: one that
 * carries, and one that is disputed and unrevised (it carries again once the rep settles
 * it). A `pending` one is not in line: its recap has not gone out, so nothing was stated.
 */
export function standsToCarry(status: NextStepStatus): boolean {
  return carriesForward(status) || status === 'disputed';
}

/**
 * Of the account's recorded next steps from earlier meetings, latest first, the one that
 * is held back: the latest in line is disputed. Undefined when the latest in line carries
 * (it is the point) or none is in line.
 */
export function heldBackNextStep<T extends { status: NextStepStatus; nextStep: string }>(
  latestFirst: readonly T[],
): T | undefined {
  const inLine = latestFirst.find((o) => o.nextStep.trim() !== '' && standsToCarry(o.status));
  return inLine?.status === 'disputed' ? inLine : undefined;
}
