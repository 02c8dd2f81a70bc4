/** Reads a rep's one-word answers: to an approval request, and to a notice about a prospect's answer. */

/**
 * The first line of the reply that is not quoted decides, and it must be the command and
 * nothing more (a "thanks" or "please" aside): "approve", "approved", "send", "yes", "ok",
 * "lgtm", "go ahead" approve; "skip", "don't send", "no" skip. A line that goes on — "Yes,
 * but drop the last item", "Send me the link again", "No problem…" — is the rep writing,
 * not commanding, and does nothing: approving sends mail to a prospect, so a guess is never
 * made (the rep can use the approval page for edits).
 */
export function parseRepCommand(text: string): 'approve' | 'skip' | null {
  const word = firstWords(text);
  if (word === null) return null;
  const polite = '(?: (?:thanks|thank you|please|thx))*';
  if (new RegExp(`^(?:approved?|send(?: it)?|yes|ok(?:ay)?|lgtm|go(?: ahead)?)${polite}$`).test(word))
    return 'approve';
  if (
    new RegExp(
      `^(?:skip(?: it| this one)?|don'?t send(?: it| this one)?|do not send(?: it)?|no)${polite}$`,
    ).test(word)
  )
    return 'skip';
  return null;
}

/**
 * Reads a rep's answer to a notice about a prospect's answer (rep-actions-view.ts lists the
 * words): "confirmed" marks it confirmed, "keep" keeps it as it is, "keep going" goes on
 * after a decline, "stop" leaves it stopped. Revising needs the page. The command must be
 * the whole first line, or end at punctuation ("Confirmed, we spoke on the phone."): "Keep
 * me posted" or "Confirm with legal first?" are the rep writing, not commanding.
 */
export function parseSettleCommand(text: string): 'mark_confirmed' | 'keep' | 'keep_going' | 'stop' | null {
  const line = firstLine(text)?.toLowerCase().replace(/\s+/g, ' ');
  if (!line) return null;
  const match = SETTLE.exec(line);
  if (!match?.[1]) return null;
  const said = match[1];
  if (said.startsWith('keep') && said.includes('going')) return 'keep_going';
  if (said.includes('confirm')) return 'mark_confirmed';
  if (said.startsWith('keep')) return 'keep';
  return 'stop';
}

const SETTLE =
  /^((?:mark(?:ed)? (?:it )?)?confirm(?:ed)?|keep (?:it )?going|keep(?: it)?(?: as is)?|stop)(?:$|\s*[.,;:!\u2014\u2013-])/;

/** The first line of the reply that is not quoted, trimmed; null when there is none. */
function firstLine(text: string): string | null {
  return (
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== '' && !l.startsWith('>')) ?? null
  );
}

/** The first unquoted line, lower case, letters only; null when there is none. */
function firstWords(text: string): string | null {
  const first = firstLine(text);
  if (!first) return null;
  return first
    .toLowerCase()
    .replace(/[^a-z' ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
