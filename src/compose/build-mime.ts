/**
 * RFC 5322 messages: multipart/alternative (text + HTML), UTF-8, with the Message-ID the
 * caller stored beforehand (so a retried send is recognisably the same message).
 */
import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { AppError } from '../errors.js';
import { toHeaderText } from './clean-text.js';

/** A mailbox: an optional display name and a plain addr-spec. */
export interface MailAddress {
  name?: string;
  address: string;
}

/** Everything that goes into one message. */
export interface MimeInput {
  from: MailAddress;
  to: MailAddress[];
  cc?: MailAddress[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  date?: Date;
  /** Extra headers such as `X-Agendum-Kind`; names must be plain header tokens. */
  headers?: Record<string, string>;
}

// Dot-atom addr-spec only: no quoted local parts, comments, display names or groups, so
// nothing from an invitation can smuggle a second recipient or header through an address.
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const ADDR_SPEC = new RegExp(
  `^${ATOM}(?:\\.${ATOM})*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$`,
);
const MSG_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

function checkAddress(a: MailAddress, role: string): { name: string; address: string } {
  if (a.address.length > 254 || !ADDR_SPEC.test(a.address)) {
    throw new AppError(
      'bad_request',
      `${role} address ${JSON.stringify(a.address)} is not a plain email address (name@example.com).`,
    );
  }
  return { name: toHeaderText(a.name ?? '', 120), address: a.address };
}

function checkMessageId(id: string, role: string): string {
  if (!MSG_ID.test(id))
    throw new AppError('bad_request', `${role} ${JSON.stringify(id)} is not a message id like <id@host>.`);
  return id;
}

function checkHeaders(headers: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name))
      throw new AppError('bad_request', `Header name ${JSON.stringify(name)} is not allowed.`);
    out[name] = toHeaderText(value, 500);
  }
  return out;
}

/** Builds the raw message; throws AppError('bad_request') for an address or id that is not plain. */
export async function buildMime(input: MimeInput): Promise<Buffer> {
  if (input.to.length === 0) throw new AppError('bad_request', 'A message needs at least one To address.');
  const composer = new MailComposer({
    from: checkAddress(input.from, 'From'),
    to: input.to.map((a) => checkAddress(a, 'To')),
    cc: input.cc?.length ? input.cc.map((a) => checkAddress(a, 'Cc')) : undefined,
    subject: toHeaderText(input.subject, 300),
    text: input.text,
    html: input.html,
    messageId: checkMessageId(input.messageId, 'Message-ID'),
    inReplyTo: input.inReplyTo ? checkMessageId(input.inReplyTo, 'In-Reply-To') : undefined,
    references: input.references?.length
      ? input.references.map((r) => checkMessageId(r, 'References'))
      : undefined,
    date: input.date,
    headers: checkHeaders(input.headers),
    textEncoding: 'quoted-printable',
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((err, message) => (err ? reject(err) : resolve(message)));
  });
}

function randomMessageId(domain: string): string {
  const host = domain.trim().toLowerCase();
  if (!HOSTNAME.test(host))
    throw new AppError('bad_request', `Mail domain ${JSON.stringify(domain)} is not a host name.`);
  return `<${randomBytes(16).toString('hex')}@${host}>`;
}

/**
 * A fresh, unguessable Message-ID: `<random@domain>`. The exactly-once key of a sent
 * message, so only `messages/create-message.ts` calls it: the ID is born with its row.
 */
export function newMessageId(domain: string): string {
  return randomMessageId(domain);
}

/** A Message-ID for a rendered preview (`agendum render`), which no row and no send ever uses. */
export function previewMessageId(domain: string): string {
  return randomMessageId(domain);
}
