/**
 * Finds an attribution ("On Mon, Mar 2, 2026 … Dana <d@x.com> wrote:") at a line of a
 * plain-text reply: on one line, wrapped over several, or sharing its first line with the
 * end of the reply ("Sounds good. On Mon, … wrote:"). The line above an attribution is
 * never part of it: "Confirmed, see you Tuesday.\nOn Mon, … wrote:" keeps its reply line.
 */
import {
  ATTRIBUTION_OPENER,
  ATTRIBUTION_WORD_OPENER,
  hasAddress,
  hasDate,
  isAttribution,
  isBareDateAndAddress,
} from './quote-patterns.js';

/** An attribution starting at a line. */
export interface Attribution {
  /** How many lines it takes, blank lines inside a wrapped one included. */
  lines: number;
  /** Reply text before it on its first line ("reply" in "reply On … wrote:"). */
  before: string;
  /** True when it only counts if quoted (`>`) lines follow it. */
  needsQuote: boolean;
}

/** Polymail wraps an attribution over five lines with a blank one among them. */
const MAX_WRAPPED_LINES = 6;
/** A wrapped attribution may end in a short `>`-led line: "> wrote:", ">:". */
const QUOTE_LED_TAIL = /^\s*>\s*\S.{0,10}$/;
/** Where an attribution may start inside a line, after the reply and optional dashes. */
const INLINE_OPENER = /(\s|-{2,}\s*)(On|Am|Le|El|Op|Em|Il)\s/g;

function isQuoted(line: string): boolean {
  return /^\s*>/.test(line);
}

/** "Confirmed." ends a sentence; the first line of a wrapped attribution does not. */
function endsSentence(line: string): boolean {
  return /[.!?…]["')\]]*$/.test(line.trim());
}

/** An attribution wrapped over lines `i`…, opened by a known word, joined with spaces. */
function wrappedLength(lines: string[], i: number): number {
  const first = lines[i] ?? '';
  if (!ATTRIBUTION_OPENER.test(first) || endsSentence(first)) return 0;
  const parts = [first.trim()];
  let blanks = 0;
  for (let j = i + 1; j < lines.length && j < i + MAX_WRAPPED_LINES; j++) {
    const line = lines[j] ?? '';
    if (!line.trim()) {
      if (++blanks > 1) return 0;
      continue;
    }
    if (isQuoted(line) && !QUOTE_LED_TAIL.test(line)) return 0;
    // A later line that opens an attribution of its own leaves this line to the reply.
    if (ATTRIBUTION_WORD_OPENER.test(line) || (ATTRIBUTION_OPENER.test(line) && isAttribution(line)))
      return 0;
    parts.push(line.trim());
    if (isAttribution(parts.join(' '))) return j - i + 1;
    // A line ending in a colon that did not complete one means this is no attribution.
    if (/:\s*$/.test(line) || endsSentence(line)) return 0;
  }
  return 0;
}

/** The reply text before an attribution that starts inside `line`, or undefined. */
function inlineStart(line: string): string | undefined {
  if (line.length > 400 || !/:\s*$/.test(line)) return undefined;
  for (const match of line.matchAll(INLINE_OPENER)) {
    const at = (match.index ?? 0) + (match[1]?.length ?? 0);
    const before = line
      .slice(0, match.index)
      .replace(/[\s-]+$/, '')
      .trimEnd();
    const rest = line.slice(at);
    // "Sam said so. On Tuesday he wrote:" is prose; a client's attribution has a date or address.
    if (before && (hasDate(rest) || hasAddress(rest)) && isAttribution(rest)) return before;
  }
  return undefined;
}

/** The attribution starting at line `i`, or undefined. */
export function attributionAt(lines: string[], i: number): Attribution | undefined {
  const line = lines[i] ?? '';
  if (!line.trim() || isQuoted(line)) return undefined;
  // Before the whole-line test, which would take "reply On … wrote:" for one attribution.
  const before = inlineStart(line);
  if (before !== undefined) return { lines: 1, before, needsQuote: false };
  if (isAttribution(line)) return { lines: 1, before: '', needsQuote: false };
  const wrapped = wrappedLength(lines, i);
  if (wrapped > 0) return { lines: wrapped, before: '', needsQuote: false };
  if (isBareDateAndAddress(line)) return { lines: 1, before: '', needsQuote: true };
  return undefined;
}
