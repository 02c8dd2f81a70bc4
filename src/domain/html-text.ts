/**
 * The one HTML → plain text converter: event descriptions, inbound mail bodies and HTML
 * replies all read through it, so a list, a paragraph or an entity comes out the same way
 * wherever the HTML came from. The input is attacker-controlled, hence the limits below.
 */
import { convert, type SelectorDefinition } from 'html-to-text';

/** What to leave out or keep beyond the visible text. */
export interface HtmlTextOptions {
  /** CSS selectors whose element and contents are dropped wherever they sit (quoted mail, signatures). */
  skip?: readonly string[];
  /** CSS selectors that start text to drop: the first match and everything after it are left out. */
  cutAt?: readonly string[];
  /** Keep line breaks of the source as lines: for plain text with a few inline tags in it. */
  preserveNewlines?: boolean;
}

/** Stands in for "everything from here on is dropped"; cut at it after conversion. */
const CUT_MARK = '\u2063agendum-cut\u2063';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const BASE_SELECTORS: SelectorDefinition[] = [
  { selector: 'a', options: { ignoreHref: true } },
  { selector: 'img', format: 'skip' },
  // A fragment without <body> would otherwise show its <title>.
  { selector: 'head', format: 'skip' },
  // Outlook writes one <p> per line: a paragraph is a line, not a line and a blank one.
  { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
  // "Agenda:<ul><li>…" must read like a typed list under its label; the list ends its paragraph.
  { selector: 'ul', options: { leadingLineBreaks: 1, trailingLineBreaks: 2 } },
  { selector: 'ol', options: { leadingLineBreaks: 1, trailingLineBreaks: 2 } },
  // Layout tables: a row is a line, so labels in one row do not run into the next.
  { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
  // Upper-casing would change what the author wrote ("Purpose: …" in a heading).
  ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
];

// Nesting deeper than maxDepth is abuse and is not rendered. Parsing deeply nested unclosed
// tags grows faster than the input (1 MB of them took 23 s), so the input is cut at 250 KB:
// what a person wrote sits at the top of a mail, and past that lies quoted history or abuse.
const LIMITS = { maxDepth: 200, maxInputLength: 250_000, ellipsis: '' };

/**
 * The visible text of an HTML document or fragment: entities decoded, links without their
 * URLs, images and head/style/script left out, list items as bullet lines, no wrapping.
 */
export function htmlToText(html: string, options: HtmlTextOptions = {}): string {
  const { skip = [], cutAt = [], preserveNewlines = false } = options;
  const selectors: SelectorDefinition[] = [
    ...BASE_SELECTORS,
    ...skip.map((selector) => ({ selector, format: 'skip' })),
    ...cutAt.map((selector) => ({ selector, format: 'blockString', options: { string: CUT_MARK } })),
  ];
  const text = convert(html, { wordwrap: false, preserveNewlines, selectors, limits: LIMITS });
  const cut = cutAt.length > 0 ? text.indexOf(CUT_MARK) : -1;
  return (cut === -1 ? text : text.slice(0, cut)).trim();
}
