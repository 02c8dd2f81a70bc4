/**
 * The point of a meeting once the rep approved an agenda with edits: what the rep wrote is
 * what the prospect was asked to agree to, so it becomes the meeting's point, and the
 * edited parts say `rep`, which a later calendar change or carried next step keeps.
 */
import type { MeetingPoint } from './types.js';

/** The parts of the point a rep may edit on the approval page. */
export interface PointEdits {
  purpose?: string;
  agenda?: string[];
  outcome?: string;
}

/** True when `edits` change any part of the point (a subject-only edit does not). */
export function editsPoint(edits: PointEdits): boolean {
  return edits.purpose !== undefined || edits.agenda !== undefined || edits.outcome !== undefined;
}

/** `point` with the edited parts replaced and their source set to `rep`. */
export function editedPoint(point: MeetingPoint, edits: PointEdits): MeetingPoint {
  const source = { ...point.source };
  if (edits.purpose !== undefined) source.purpose = 'rep';
  if (edits.agenda !== undefined) source.agenda = 'rep';
  if (edits.outcome !== undefined) source.outcome = 'rep';
  return {
    purpose: edits.purpose ?? point.purpose,
    agenda: edits.agenda ? [...edits.agenda] : [...point.agenda],
    outcome: edits.outcome ?? point.outcome,
    source,
  };
}
