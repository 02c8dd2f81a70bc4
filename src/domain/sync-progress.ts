/**
 * A first calendar sync's progress and a connection's ages, in words: the connections page,
 * its JSON endpoint and `agendum sync` all say them the same way. Pure: no clock, no I/O.
 */

/** Where a first sync stands: what it listed, has read, and found so far. */
export interface SyncProgress {
  /** Events the provider listed; null while it is still listing them. */
  eventsListed: number | null;
  eventsRead: number;
  /** Prospect meetings among the events read. */
  meetingsFound: number;
  /** Whether the sync has finished (whatever came of it). */
  finished: boolean;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A span said roughly, in its largest whole unit: "less than a minute", "5 minutes", "2 days". */
export function durationWords(ms: number): string {
  const span = Math.max(0, ms);
  if (span < MINUTE_MS) return 'less than a minute';
  if (span < HOUR_MS) return plural(Math.floor(span / MINUTE_MS), 'minute');
  if (span < DAY_MS) return plural(Math.floor(span / HOUR_MS), 'hour');
  return plural(Math.floor(span / DAY_MS), 'day');
}

/** "5 minutes ago" (or "just now"); a time in the future (clocks apart) reads as just now. */
export function agoWords(at: Date, now: Date): string {
  const ms = now.getTime() - at.getTime();
  return ms < MINUTE_MS ? 'just now' : `${durationWords(ms)} ago`;
}

/**
 * How old the calendar's cursor is: how long since a sync last advanced it. An old cursor on
 * a connection that syncs means its syncs keep failing (the cursor moves only on success).
 */
export function cursorAgeWords(cursorAt: Date | null, now: Date): string {
  return cursorAt ? durationWords(now.getTime() - cursorAt.getTime()) : 'no cursor yet';
}

/** "120 of 400 events read, 7 prospect meetings found" (while listing: "listing events…"). */
export function progressLine(p: SyncProgress): string {
  const found = `${plural(p.meetingsFound, 'prospect meeting')} found`;
  if (p.eventsListed === null)
    return p.finished ? `stopped while listing events, ${found}` : 'listing events…';
  return `${p.eventsRead} of ${plural(p.eventsListed, 'event')} read, ${found}`;
}

/** The share of listed events read, 0 to 1 (0 while listing, 1 for an empty calendar). */
export function progressShare(p: SyncProgress): number {
  if (p.eventsListed === null) return 0;
  if (p.eventsListed === 0) return 1;
  return Math.min(1, p.eventsRead / p.eventsListed);
}

/** A text bar for a terminal: "[#########-----------]  45%", `width` cells inside the brackets. */
export function progressBar(p: SyncProgress, width = 24): string {
  const share = progressShare(p);
  const filled = Math.round(share * width);
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}`;
}
