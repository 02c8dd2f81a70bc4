/** What a re-synced calendar event means for planning: new, moved, cancelled, or only details. */
import type { CalendarAttendee } from './types.js';

/** The parts of a meeting whose changes matter to planning. */
export interface MeetingSnapshot {
  start: Date;
  end: Date;
  status: string;
  title: string;
  attendees: CalendarAttendee[];
  /** Compared only when both sides have it: an edited "Purpose:" line changes the draft. */
  description?: string;
}

/** The kind of change, from planning's point of view. */
export type MeetingChangeKind = 'new' | 'moved' | 'cancelled' | 'uncancelled' | 'details' | 'unchanged';

/** Who is invited and how they answered, independent of attendee order and address case. */
function attendeeKey(attendees: CalendarAttendee[]): string {
  return attendees
    .map((a) => `${a.email.trim().toLowerCase()}|${a.response}|${a.kind}`)
    .sort()
    .join('\n');
}

/**
 * Compares the stored meeting with the re-synced one. Cancellation wins over everything (a
 * cancelled event's other fields do not matter); "moved" means start or end changed;
 * "details" means title, attendees, their answers or the description changed.
 */
export function describeMeetingChange(
  prev: MeetingSnapshot | null,
  next: MeetingSnapshot,
): { kind: MeetingChangeKind } {
  if (!prev) return { kind: 'new' };
  const wasCancelled = prev.status === 'cancelled';
  const isCancelled = next.status === 'cancelled';
  if (isCancelled) return { kind: wasCancelled ? 'unchanged' : 'cancelled' };
  if (wasCancelled) return { kind: 'uncancelled' };
  if (prev.start.getTime() !== next.start.getTime() || prev.end.getTime() !== next.end.getTime()) {
    return { kind: 'moved' };
  }
  const describedBoth = prev.description !== undefined && next.description !== undefined;
  if (
    prev.title !== next.title ||
    attendeeKey(prev.attendees) !== attendeeKey(next.attendees) ||
    (describedBoth && prev.description !== next.description)
  ) {
    return { kind: 'details' };
  }
  return { kind: 'unchanged' };
}
