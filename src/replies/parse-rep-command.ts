/** Reads a rep's one-word answers: to an approval request, and to a notice about a prospect's answer. */

/**
 * The first line of the reply that is not quoted decides: "approve", "approved", "send",
 * "yes", "ok", "lgtm" approve; "skip", "don't send", "no" skip; anything else does nothing
 * (the rep can use the approval page for edits).
 */
export function parseRepCommand(text: string): 'approve' | 'skip' | null {
  const word = firstWords(text);
  if (word === null) return null;
  if (/^(approved?|send( it)?|yes|ok(ay)?|lgtm|go)\b/.test(word)) return 'approve';
  if (/^(skip|don'?t send|do not send|no)\b/.test(word)) return 'skip';
  return null;
}

/**
 * Reads a rep's answer to a notice about a prospect's answer (rep-actions-view.ts lists the
 * words): "confirmed" marks it confirmed, "keep" keeps it as it is, "keep going" goes on
 * after a decline, "stop" leaves it stopped. Revising needs the page.
 */
export function parseSettleCommand(text: string): 'mark_confirmed' | 'keep' | 'keep_going' | 'stop' | null {
  const word = firstWords(text);
  if (word === null) return null;
  if (/^keep (it )?going\b/.test(word)) return 'keep_going';
  if (/^(mark(ed)? (it )?)?confirm(ed)?\b/.test(word)) return 'mark_confirmed';
  if (/^keep( (it|as is|it as is))?\b/.test(word)) return 'keep';
  if (/^stop\b/.test(word)) return 'stop';
  return null;
}

/** The first unquoted line, lower case, letters only; null when there is none. */
function firstWords(text: string): string | null {
  const first = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('>'));
  if (!first) return null;
  return first
    .toLowerCase()
    .replace(/[^a-z' ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
