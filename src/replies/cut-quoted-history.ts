/**
 * Removes quoted history from a plain-text reply: forwarded / original-message separators
 * and header blocks (everything below them is history), attribution lines with the `>`
 * block they introduce (so bottom-posted and interleaved answers survive), and any
 * remaining `>` lines, with the quoted lines a client wrapped without their `>`.
 */
import { attributionAt } from './find-attribution.js';
import { isHeaderBlockAt } from './header-block.js';
import { DASHED_ATTRIBUTION, SEPARATOR_LINES } from './quote-patterns.js';

const MAX_SEPARATOR_LENGTH = 400;
/** Quoted lines this long were likely wrapped by the client when the rest lost its `>`. */
const WRAP_WIDTH = 55;

/** A `>>> http://x <<<` banner is text that happens to start with `>`, not a quote. */
function isBanner(line: string): boolean {
  // Banners are short; the length check also spares the pattern a 700 KB line of `>`.
  return line.length <= 300 && /^\s*>>.*<<\s*$/.test(line);
}

function isQuoted(line: string): boolean {
  return /^\s*>/.test(line) && !isBanner(line);
}

/** A link the client broke over two lines: the rest of the URL, or the link moved down. */
function isBrokenLink(above: string, line: string): boolean {
  const linkMovedDown = /^\s*[(<]\s*(https?:\/\/|mailto:)/i.test(line);
  const urlCutShort = /[(<]\s*(https?:\/\/|www\.)\S*$/i.test(above) && !/\s/.test(line.trim());
  return linkMovedDown || urlCutShort;
}

/**
 * Whether line `i`, unmarked, is the wrapped tail of the quoted line above it ("> … pharetra
 * d" / "ignissim odio?"): it sits directly between quoted lines, and either the line above was long
 * enough to wrap and this one continues its sentence in lower case, or a link was broken.
 */
function isWrappedQuote(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  const above = lines[i - 1] ?? '';
  const below = lines[i + 1];
  // Only a line with quoted lines on both sides: a reply under a quote must never be eaten.
  if (!line.trim() || isQuoted(line) || !isQuoted(above) || below === undefined || !isQuoted(below))
    return false;
  const aboveText = above.replace(/^\s*>+\s?/, '');
  if (isBrokenLink(aboveText, line)) return true;
  return aboveText.length >= WRAP_WIDTH && /^\s*[\p{Ll}([{"'_,.;:…-]/u.test(line);
}

/** Index of the first line after a run of blank, `>` and wrapped `>` lines starting at `i`. */
function skipQuotedBlock(lines: string[], i: number): number {
  let j = i;
  while (j < lines.length) {
    const line = lines[j] ?? '';
    if (!(isQuoted(line) || !line.trim() || isWrappedQuote(lines, j))) break;
    j++;
  }
  return j;
}

/** Whether line `i` opens history that runs to the end: a separator or a header block. */
function opensHistory(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  // Separators are short; a long line is text, and the patterns need not scan it.
  if (line.length > MAX_SEPARATOR_LENGTH) return false;
  return (
    SEPARATOR_LINES.some((re) => re.test(line)) || DASHED_ATTRIBUTION.test(line) || isHeaderBlockAt(lines, i)
  );
}

/** The reply text without quoted history. */
export function cutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // Inside a `>` quote a header block is the quote's own history; an answer may follow it.
    if (!isQuoted(line) && opensHistory(lines, i)) break;
    const attribution = attributionAt(lines, i);
    if (attribution) {
      const start = i + attribution.lines;
      const after = skipQuotedBlock(lines, start);
      const quotedFollows = lines.slice(start, after).some(isQuoted);
      if (quotedFollows || !attribution.needsQuote) {
        if (attribution.before) kept.push(attribution.before);
        // An attribution not followed by `>` lines introduces unmarked history: stop here.
        if (!quotedFollows) break;
        i = after - 1;
        continue;
      }
    }
    if (isQuoted(line) || isWrappedQuote(lines, i)) continue;
    kept.push(line);
  }
  return kept.join('\n');
}
