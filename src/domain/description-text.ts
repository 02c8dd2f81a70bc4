/**
 * Event descriptions arrive as plain text or as HTML (Google uses <br>, Outlook one <p> per
 * line, both use entities). They are attacker-controlled, so everything here is bounded:
 * the input is capped and every regex is linear (no nested or overlapping quantifiers).
 */

/** Longest description we read; invitations with more are boilerplate or abuse. */
export const MAX_DESCRIPTION_CHARS = 20_000;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  bull: '•',
  middot: '·',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** True when the text contains something that looks like an HTML tag. */
function looksLikeHtml(s: string): boolean {
  return /<\/?(?:br|p|div|li|ul|ol|span|a|b|i|u|strong|em|font|html|body|table|tr|td|h[1-6])\b[^<>]*>/i.test(
    s,
  );
}

/**
 * Drops every `open … close` span (an unclosed one runs to the end). indexOf keeps this
 * linear where a lazy regex would rescan the rest of the text from every opener.
 */
function removeSpans(s: string, open: string, close: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = lower.indexOf(open, from); at >= 0; at = lower.indexOf(open, from)) {
    out += s.slice(from, at);
    const end = lower.indexOf(close, at + open.length);
    if (end < 0) return out;
    from = end + close.length;
  }
  return out + s.slice(from);
}

const SOFT = '\u0001';

/**
 * Block tags end a line only if the line has text: `<p>A</p><p>B</p>` is two lines, not two
 * lines and a blank one, while `<p>&nbsp;</p>` and `<div><br></div>` stay blank lines.
 */
function resolveSoftBreaks(s: string): string {
  const lines: string[] = [];
  let line = '';
  for (const ch of s) {
    if (ch === '\n' || (ch === SOFT && line.length > 0)) {
      lines.push(line.trimEnd());
      line = '';
    } else if (ch !== SOFT && (line.length > 0 || (ch !== ' ' && ch !== '\t'))) {
      // Indentation means nothing in HTML: drop it so it cannot look like a continuation line.
      line += ch;
    }
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

function htmlToText(html: string): string {
  let s = removeSpans(html, '<!--', '-->');
  // The contents of style/script/head never hold visible text.
  for (const [open, close] of [
    ['<style', '</style>'],
    ['<script', '</script>'],
    ['<head>', '</head>'],
  ] as const) {
    s = removeSpans(s, open, close);
  }
  // With block tags present, raw newlines are only source formatting.
  if (/<(?:br|p|div|li)\b/i.test(s)) s = s.replace(/\n/g, ' ');
  s = s
    .replace(/<br\b[^<>]*>/gi, '\n')
    // A list item becomes a bullet line, so "Agenda:<ul><li>…" parses like a typed list.
    .replace(/<li\b[^<>]*>/gi, `${SOFT}- `)
    // A list ends its paragraph: the next line is not another item.
    .replace(/<\/(?:ul|ol)\s*>/gi, `${SOFT}\n`)
    .replace(/<\/?(?:p|div|li|tr|h[1-6]|ul|ol|table|blockquote)\b[^<>]*>/gi, SOFT)
    .replace(/<[^<>]*>/g, '');
  return resolveSoftBreaks(s);
}

/**
 * The visible text of an event description, HTML or not: line breaks kept, entities decoded,
 * non-breaking and zero-width spaces normalized, trailing spaces removed. Capped at
 * MAX_DESCRIPTION_CHARS of input.
 */
export function descriptionToText(description: string): string {
  let s = description.slice(0, MAX_DESCRIPTION_CHARS).replace(/\r\n?/g, '\n');
  if (looksLikeHtml(s)) s = decodeEntities(htmlToText(s));
  return s
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}
