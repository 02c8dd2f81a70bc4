/**
 * The new text of a reply: quoted history and signature removed, by our own rules alone
 * (localized Outlook headers, wrapped and verb-less attributions, HTML quote markup, then
 * signatures). `email-reply-parser` used to run in between; its signature rules cut real
 * content ("Sent from my desk, is much easier…", everything under a markdown `----`) and
 * its quote rules glued a reply line to the attribution under it, so it no longer does.
 */
import { htmlToText } from '../domain/html-text.js';
import { cutQuotedHistory } from './cut-quoted-history.js';
import { stripSignature } from './strip-signature.js';

/**
 * Markup whose element (and contents) is quoted text or a signature, wherever it sits. It is
 * dropped before the HTML is flattened, because in the text those boundaries are lost. A
 * bare `<blockquote>` is not dropped but flattened to `>` lines, so the attribution above it
 * still has its quote under it and a bottom-posted answer below it survives.
 */
const QUOTE_AND_SIGNATURE_MARKUP = [
  'div.gmail_quote',
  'div.gmail_attr',
  'div.gmail_signature',
  'span.gmail_signature',
  'div.moz-cite-prefix',
  'div.moz-signature',
  'div.yahoo_quoted',
  'div[data-signatureblock]',
  'div#Signature',
];

/** Markup that starts the quoted history: Outlook, Outlook.com, Windows Mail, Zimbra headers. */
const QUOTED_HISTORY_START = [
  'div#divRplyFwdMsg',
  'div#appendonsend',
  'div#OLK_SRC_BODY_SECTION',
  'div.OutlookMessageHeader',
  'hr#stopSpelling',
  'hr#zwchr',
  'hr[tabindex="-1"]',
  'div[style*="border-top:solid #E1E1E1"i]',
  'div[style*="border-top:solid #B5C4DF"i]',
  'div[style*="border-top: solid #E1E1E1"i]',
  'div[style*="border-top: solid #B5C4DF"i]',
  'div[style*="border-top-color: rgb(229, 229, 229)"i]',
  'div[style*="border-top-color: rgb(181, 196, 223)"i]',
];

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

/** The text the prospect wrote in this message, without quoted history or signature. */
export function extractReplyText(parsed: ReplySource): string {
  const useHtml = parsed.html !== undefined && (parsed.textFromHtml === true || !parsed.text.trim());
  const source =
    useHtml && parsed.html !== undefined
      ? htmlToText(parsed.html, { skip: QUOTE_AND_SIGNATURE_MARKUP, cutAt: QUOTED_HISTORY_START })
      : parsed.text;
  const unquoted = cutQuotedHistory(normalize(source));
  return tidy(stripSignature(unquoted));
}
