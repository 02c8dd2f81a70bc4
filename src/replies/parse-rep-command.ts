/** Reads a rep's one-word answer to an approval request. */

/**
 * The first line of the reply that is not quoted decides: "approve", "approved", "send",
 * "yes", "ok", "lgtm" approve; "skip", "don't send", "no" skip; anything else does nothing
 * (the rep can use the approval page for edits).
 */
export function parseRepCommand(text: string): 'approve' | 'skip' | null {
  const first = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('>'));
  if (!first) return null;
  const word = first
    .toLowerCase()
    .replace(/[^a-z' ]/g, ' ')
    .trim();
  if (/^(approved?|send( it)?|yes|ok(ay)?|lgtm|go)\b/.test(word)) return 'approve';
  if (/^(skip|don'?t send|do not send|no)\b/.test(word)) return 'skip';
  return null;
}
