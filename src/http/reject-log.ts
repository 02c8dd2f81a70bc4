/**
 * Aggregated logging of refused requests (forged webhooks, 429s, bad bodies). Anyone on the
 * internet can cause them, so they must never cost one log line each: a flood would fill
 * the disk and bury the lines that matter. Each reason logs at most one warn line per
 * window, carrying how many were refused since its previous line.
 */
import type { Logger } from '../log.js';

/** Counts refused requests per reason; see createRejectLog. */
export interface RejectLog {
  /**
   * Notes one refused request. `detail` (short identifiers, never secrets or bodies) goes
   * on the line only when this call is the one that writes it.
   */
  record(reason: string, detail?: Record<string, unknown>): void;
}

interface Tally {
  /** Refused since the last line for this reason, this one included. */
  count: number;
  /** The first of those, for the `since` field. */
  since: Date;
  /** When the next line for this reason may be written. */
  nextLineAt: number;
}

/** More distinct reasons than this means a caller put free text in one; stop tracking new ones. */
const MAX_REASONS = 100;

/**
 * A reject log writing `message` at warn. The first refusal of a reason is logged at once
 * (an operator sees the problem start); later ones are counted and the total goes on the
 * next line, at the first refusal a window or more later. A flood that stops is reported
 * in full by the next refusal of its reason, whenever it comes.
 */
export function createRejectLog(
  log: Logger,
  message: string,
  clock: () => Date,
  windowMs = 60_000,
): RejectLog {
  const tallies = new Map<string, Tally>();
  return {
    record(reason, detail) {
      const now = clock();
      let tally = tallies.get(reason);
      if (!tally) {
        if (tallies.size >= MAX_REASONS) return;
        tally = { count: 0, since: now, nextLineAt: 0 };
        tallies.set(reason, tally);
      }
      if (tally.count === 0) tally.since = now;
      tally.count++;
      if (now.getTime() < tally.nextLineAt) return;
      log.warn(message, { reason, count: tally.count, since: tally.since.toISOString(), ...detail });
      tally.count = 0;
      tally.nextLineAt = now.getTime() + windowMs;
    },
  };
}
