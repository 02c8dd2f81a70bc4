/**
 * Times on the dashboard, always in the reader's zone: the signed-in rep's own (an admin
 * reading other reps' meetings too), never the meeting's, so one page never mixes zones.
 */

import { formatShortDateTime, isValidTimeZone } from '../../compose/format-time.js';
import { dueDate } from '../../compose/next-step-line.js';

/** Who reads the page: their zone and the time now (which decides whether a year is shown). */
export interface Reader {
  zone: string;
  now: Date;
  /** An admin sees every rep's meetings: each card says whose it is. */
  showRep: boolean;
}

/** The rep's zone, or UTC if the stored one is not an IANA zone (the page must still render). */
export function readerZone(zone: string | null | undefined): string {
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** "Wed, Dec 9, 10:00 AM EST" in the reader's zone. */
export function readerTime(iso: string, reader: Reader): string {
  return formatShortDateTime(iso, reader.zone);
}

/** "Friday, December 11" (with the year when it is not this year's) in the reader's zone. */
export function readerDay(iso: string, reader: Reader): string {
  return dueDate(new Date(iso), reader.zone, reader.now);
}

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\b/g;

/**
 * Free text written for the log (a step's result, a provider's error) with any ISO instant
 * in it said as a time in the reader's zone: the page shows no raw timestamps.
 */
export function readerText(text: string, reader: Reader): string {
  return text.replace(ISO_INSTANT, (iso) => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? iso : readerTime(at.toISOString(), reader);
  });
}
