/** Keeps the parts of a meeting's point the rep edited when the point is resolved again. */
import type { MeetingPoint } from './types.js';

/** The stored point of a meeting, as far as the rep's edits go. */
export interface StoredPoint {
  purpose: string | null;
  desiredOutcome: string | null;
  agendaItems: unknown;
  pointSource: unknown;
}

/** `resolved`, with each part the rep edited on the dashboard taken from `prev` instead. */
export function mergeRepEdits(resolved: MeetingPoint, prev: StoredPoint | null): MeetingPoint {
  const src = (prev?.pointSource ?? {}) as Partial<MeetingPoint['source']>;
  if (!prev) return resolved;
  const point = structuredClone(resolved);
  if (src.purpose === 'rep' && prev.purpose) {
    point.purpose = prev.purpose;
    point.source.purpose = 'rep';
  }
  if (src.outcome === 'rep' && prev.desiredOutcome) {
    point.outcome = prev.desiredOutcome;
    point.source.outcome = 'rep';
  }
  if (src.agenda === 'rep' && Array.isArray(prev.agendaItems)) {
    point.agenda = prev.agendaItems as string[];
    point.source.agenda = 'rep';
  }
  return point;
}
