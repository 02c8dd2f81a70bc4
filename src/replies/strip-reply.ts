/**
 * The new text of a reply: quoted history and signature removed. Our own rules run first
 * (they know localized Outlook headers, wrapped and verb-less attributions and HTML quote
 * markup), then `email-reply-parser` catches the quote and signature forms it knows, then
 * the signature rules tidy what people type at the end.
 */
import EmailReplyParser from 'email-reply-parser';
import { cutQuotedHistory } from './cut-quoted-history.js';
import { convertHtmlReplyToText } from './html-text.js';
import { stripSignature } from './strip-signature.js';

/** email-reply-parser's patterns can backtrack badly on huge inputs; replies are short. */
const MAX_PARSER_INPUT = 8_000;

/** What `extractReplyText` reads; `textFromHtml` says `text` was rendered from `html`. */
export interface ReplySource {
  text: string;
  html?: string;
  textFromHtml?: boolean;
}

function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

function tidy(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

function parseWithLibrary(text: string): string {
  if (text.length > MAX_PARSER_INPUT) return text;
  const visible = new EmailReplyParser().parseReply(text);
  // The library hides whole fragments it takes for signatures; never let it empty a reply.
  return visible.trim() ? visible : text;
}

/** The text the prospect wrote in this message, without quoted history or signature. */
export function extractReplyText(parsed: ReplySource): string {
  const useHtml = parsed.html !== undefined && (parsed.textFromHtml === true || !parsed.text.trim());
  const source = useHtml && parsed.html !== undefined ? convertHtmlReplyToText(parsed.html) : parsed.text;
  const unquoted = cutQuotedHistory(normalize(source));
  return tidy(stripSignature(normalize(parseWithLibrary(unquoted))));
}
