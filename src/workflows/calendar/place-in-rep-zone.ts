/**
 * An event whose zone its provider could not resolve (a TZID nobody knows, see
 * ProviderCalendarEvent.repZone) is read in the rep's zone: the rep's calendar is the best
 * guess of where the meeting happens, and unlike UTC the guess is said out loud, in the
 * meeting's warnings.
 */
import { DateTime } from 'luxon';
import type { CalendarEvent } from '../../domain/types.js';
import type { ProviderCalendarEvent } from '../../providers/types.js';

/** Wall-clock time written as if UTC → the same wall-clock time in `zone`. */
function wallClockIn(date: Date, zone: string): Date | undefined {
  const placed = DateTime.fromJSDate(date, { zone: 'UTC' }).setZone(zone, { keepLocalTime: true });
  return placed.isValid ? placed.toJSDate() : undefined;
}

/** The event as it is stored for a rep in `repZone`, and the warnings that go with it. */
export function placeInRepZone(
  listed: ProviderCalendarEvent,
  repZone: string,
): { event: CalendarEvent; warnings: string[] } {
  const { warnings = [], repZone: guess, ...event } = listed;
  if (!guess) return { event, warnings };
  const start = guess === 'wall-clock' ? wallClockIn(event.start, repZone) : event.start;
  const end = guess === 'wall-clock' ? wallClockIn(event.end, repZone) : event.end;
  // A rep zone luxon does not know leaves the times as listed; the warning still says why.
  if (!start || !end) return { event, warnings };
  return { event: { ...event, start, end, timeZone: repZone }, warnings };
}
