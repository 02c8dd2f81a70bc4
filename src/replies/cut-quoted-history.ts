/**
 * Removes quoted history from a plain-text reply: forwarded / original-message separators
 * and header blocks (everything below them is history), attribution lines with the `>`
 * block they introduce (so bottom-posted and interleaved answers survive), and any
 * remaining `>` lines.
 */
import { HEADER_LABELS, HEADER_LINE, isAttribution, SEPARATOR_LINES } from './quote-patterns.js';

const ROLE_OF = new Map<string, string>(
  Object.entries(HEADER_LABELS).flatMap(([role, labels]) => labels.map((l) => [l.toLowerCase(), role])),
);

function headerRole(line: string): string | undefined {
  const match = HEADER_LINE.exec(line);
  return match?.[1] ? ROLE_OF.get(match[1].toLowerCase()) : undefined;
}

/** A block of 3+ header lines with a sender, allowing one wrapped line between them. */
function isHeaderBlockAt(lines: string[], start: number): boolean {
  if (!headerRole(lines[start] ?? '')) return false;
  const roles = new Set<string>();
  let gap = 0;
  for (let i = start; i < lines.length && i < start + 10; i++) {
    const role = headerRole(lines[i] ?? '');
    if (role) {
      roles.add(role);
      gap = 0;
    } else if (++gap > 1 || !lines[i]?.trim()) break;
  }
  return roles.has('from') && roles.size >= 3;
}

function isQuoted(line: string): boolean {
  return /^\s*>/.test(line);
}

/** How many lines (1 or 2) form an attribution starting at `i`, or 0. */
function attributionLength(lines: string[], i: number): number {
  const line = lines[i] ?? '';
  if (!line.trim() || isQuoted(line)) return 0;
  if (isAttribution(line)) return 1;
  const next = lines[i + 1];
  if (next?.trim() && !isQuoted(next) && isAttribution(`${line.trimEnd()} ${next.trim()}`)) return 2;
  return 0;
}

/** Index of the first line after a run of blank and `>` lines starting at `i`. */
function skipQuotedBlock(lines: string[], i: number): number {
  let j = i;
  while (j < lines.length && (isQuoted(lines[j] ?? '') || !lines[j]?.trim())) j++;
  return j;
}

/** The reply text without quoted history. */
export function cutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (SEPARATOR_LINES.some((re) => re.test(line)) || isHeaderBlockAt(lines, i)) break;
    const attribution = attributionLength(lines, i);
    if (attribution > 0) {
      const after = skipQuotedBlock(lines, i + attribution);
      const quotedFollows = lines.slice(i + attribution, after).some(isQuoted);
      // An attribution not followed by `>` lines introduces unmarked history: stop here.
      if (!quotedFollows) break;
      i = after - 1;
      continue;
    }
    if (!isQuoted(line)) kept.push(line);
  }
  return kept.join('\n');
}
