/**
 * Code values (step kinds, statuses, message kinds) said in words for the rep. Each table
 * lists the values we know; one added later still reads as words, never as a code name.
 */

/** "needs_reauth" → "needs reauth": the raw value made readable when no table knows it. */
export function plainWords(raw: string): string {
  return raw.replace(/_+/g, ' ').trim();
}

/** The words a table has for `raw`, else `raw` made readable. */
export function wordsFor(table: Record<string, string>, raw: string): string {
  return Object.hasOwn(table, raw) ? (table[raw] as string) : plainWords(raw);
}

/** "you" → "You": a phrase that starts a sentence or a table cell. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
