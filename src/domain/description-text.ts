/**
 * Event descriptions arrive as plain text or as HTML (Google uses <br>, Outlook one <p> per
 * line, both use entities). They are attacker-controlled, so the input is capped (which also
 * bounds the HTML parse in `htmlToText`) and every regex here is linear.
 */
import { htmlToText } from './html-text.js';

/** Longest description we read; invitations with more are boilerplate or abuse. */
export const MAX_DESCRIPTION_CHARS = 20_000;

/** True when the text contains something that looks like an HTML tag. */
function looksLikeHtml(s: string): boolean {
  return /<\/?(?:br|p|div|li|ul|ol|span|a|b|i|u|strong|em|font|html|body|table|tr|td|h[1-6])\b[^<>]*>/i.test(
    s,
  );
}

/**
 * The visible text of an event description, HTML or not: line breaks kept, entities decoded,
 * non-breaking and zero-width spaces normalized, trailing spaces removed. Capped at
 * MAX_DESCRIPTION_CHARS of input.
 */
export function descriptionToText(description: string): string {
  let s = description.slice(0, MAX_DESCRIPTION_CHARS).replace(/\r\n?/g, '\n');
  // Without block tags the text is typed text with a link or a bold word: its newlines are lines.
  if (looksLikeHtml(s)) s = htmlToText(s, { preserveNewlines: !/<(?:br|p|div|li)\b/i.test(s) });
  return s
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}
