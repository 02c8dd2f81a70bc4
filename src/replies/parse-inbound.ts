/**
 * Reads one raw RFC 5322 message into the fields the reply pipeline needs. Header values
 * are kept as sent (unfolded, not decoded) so auto-reply checks see exactly what the
 * sending server wrote.
 */
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import { htmlToText } from '../domain/html-text.js';
import { findBouncedRecipients } from './find-bounced-recipients.js';

/** An inbound message, parsed. */
export interface ParsedInbound {
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  from?: { address: string; name?: string };
  to: string[];
  subject: string;
  date?: Date;
  /** Plain text body; rendered from the HTML when the message has no text part. */
  text: string;
  /** True when `text` was rendered from `html` (the message had no text part). */
  textFromHtml: boolean;
  html?: string;
  /** Raw header values by lower-case name; repeated headers are joined with a newline. */
  headers: ReadonlyMap<string, string>;
  isBounce: boolean;
  bouncedRecipients: string[];
}

function addressesOf(
  field: AddressObject | AddressObject[] | undefined,
): { address: string; name?: string }[] {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  return objects
    .flatMap((o) =>
      o.value.flatMap((entry) => [entry, ...(entry.group ?? [])]).filter((e) => Boolean(e.address)),
    )
    .map((e) => ({ address: e.address as string, ...(e.name ? { name: e.name } : {}) }));
}

function rawHeaders(mail: ParsedMail): Map<string, string> {
  const headers = new Map<string, string>();
  for (const { key, line } of mail.headerLines) {
    const value = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim();
    const name = key.toLowerCase();
    const previous = headers.get(name);
    headers.set(name, previous === undefined ? value : `${previous}\n${value}`);
  }
  return headers;
}

function contentTypeOf(mail: ParsedMail): { value: string; params: Record<string, string> } | undefined {
  const header = mail.headers.get('content-type');
  if (header && typeof header === 'object' && 'value' in header && 'params' in header) {
    return { value: String(header.value), params: header.params as Record<string, string> };
  }
  return undefined;
}

function referencesOf(mail: ParsedMail): string[] {
  const refs = mail.references;
  if (!refs) return [];
  return (Array.isArray(refs) ? refs : refs.split(/\s+/)).filter(Boolean);
}

/** Parses a raw message. Never throws on odd content: unknown parts are simply left out. */
export async function parseInbound(raw: Buffer | string): Promise<ParsedInbound> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, keepDeliveryStatus: true });
  const html = typeof mail.html === 'string' && mail.html.trim() ? mail.html : undefined;
  const plain = mail.text ?? '';
  const textFromHtml = !plain.trim() && html !== undefined;
  const text = textFromHtml && html ? htmlToText(html) : plain;
  const from = addressesOf(mail.from)[0];
  const to = addressesOf(mail.to).map((a) => a.address);
  const deliveryStatus = mail.attachments
    .filter((a) => a.contentType.toLowerCase() === 'message/delivery-status')
    .map((a) => a.content.toString('utf8'))
    .join('\n\n');
  const bounce = findBouncedRecipients({
    contentType: contentTypeOf(mail),
    deliveryStatus: deliveryStatus || undefined,
    fromAddress: from?.address,
    ownAddresses: to,
    subject: mail.subject ?? '',
    text,
  });
  return {
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo.trim() } : {}),
    references: referencesOf(mail),
    ...(from ? { from } : {}),
    to,
    subject: mail.subject ?? '',
    ...(mail.date ? { date: mail.date } : {}),
    text,
    textFromHtml,
    ...(html ? { html } : {}),
    headers: rawHeaders(mail),
    isBounce: bounce.isBounce,
    bouncedRecipients: bounce.recipients,
  };
}
