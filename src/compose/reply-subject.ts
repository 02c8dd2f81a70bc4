/** Reply subjects that thread: "Re: <original>", never "Re: Re: <original>". */
import { toHeaderText } from './clean-text.js';

// Reply and forward prefixes mail clients add, in the languages reps' prospects use most:
// Re, RE[2], Aw (German), Sv (Nordic), Antw (Dutch), Réf/Ref, Fwd/Fw/Wg, and bracketed counters.
const PREFIX = /^\s*(?:(?:re|aw|sv|antw|r[ée]f|fwd?|wg|tr)(?:\s*\[\d+\]|\s*\(\d+\))?\s*[:：]\s*)+/i;

/** The subject without any leading "Re:" / "Fwd:" prefixes, as one safe header line. */
export function stripReplyPrefixes(subject: string): string {
  return toHeaderText(subject).replace(PREFIX, '').trim();
}

/** "Re: <subject>" with exactly one prefix; empty when the original subject is empty. */
export function replySubject(subject: string): string {
  const base = stripReplyPrefixes(subject);
  return base ? `Re: ${base}` : '';
}
