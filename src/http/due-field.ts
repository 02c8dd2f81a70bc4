/**
 * The "By when" field of the recap approval page: what the rep types is read the way a
 * "By:" line in a reply is (replies/parse-due-date.ts, six languages), in the rep's zone,
 * and said back in words so a wrong reading is caught before the recap goes out. What
 * cannot be read is an error to show, never a guess.
 */
import { DateTime } from 'luxon';
import { dueDate } from '../compose/next-step-line.js';
import { parseDueDate } from '../replies/parse-due-date.js';

/** A field read: the date (null: no date) and its words, or why it could not be read. */
export type DueReading = { due: Date | null; words: string } | { error: string };

/** The field's text for a stored date: "2026-12-11", with the time when it is not the 17:00 default. */
export function dueFieldText(due: Date | null, zone: string): string {
  if (!due) return '';
  const d = DateTime.fromJSDate(due).setZone(zone);
  return d.hour === 17 && d.minute === 0 ? d.toFormat('yyyy-MM-dd') : d.toFormat('yyyy-MM-dd HH:mm');
}

/** "Friday, December 11" (with the year when it is not this year's), in `zone`. */
export function dueWords(due: Date | null, zone: string, now: Date): string {
  return due ? dueDate(due, zone, now) : 'no date';
}

/** Reads the field as typed; an empty field means the next step has no date. */
export function readDueField(text: string, now: Date, zone: string): DueReading {
  const typed = text.trim();
  if (!typed) return { due: null, words: dueWords(null, zone, now) };
  const due = parseDueDate(typed, now, zone);
  if (!due) {
    return {
      error: `Could not read “${typed}” as a date. Write it like “next Friday”, “in 3 days” or “2026-12-11”, or leave it empty for no date.`,
    };
  }
  return { due, words: dueWords(due, zone, now) };
}
