/**
 * One mailbox's mail (docs/providers.md §9): drafts created from base64 MIME, PATCHed by
 * properties, sent by `/send` (moved to Sent Items under a NEW id, keeping internetMessageId
 * and conversationId, §9.3), delivered to the inbox of any emulated recipient (To, Cc or
 * Bcc). Mail the owner sends to themself is both in Sent Items and, as a separate copy with
 * its own id, in the Inbox. Only the sender's copy shows Bcc. Conversations follow
 * In-Reply-To/References; each inbox arrival gets a version for messages/delta.
 */
import { simpleParser } from 'mailparser';
import { opaqueId } from './graph-http.js';

export type Folder = 'drafts' | 'sentitems' | 'inbox' | 'outbox';

export interface StoredMessage {
  id: string;
  folder: Folder;
  raw: Buffer;
  internetMessageId: string;
  conversationId: string;
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  /** Bcc recipients: on the sender's copies (Drafts, Sent Items) only. */
  bcc: string[];
  isDraft: boolean;
  receivedDateTime: string;
  version: number;
}

const addresses = (v: unknown): string[] => {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.flatMap((a: { value?: { address?: string }[] }) =>
    (a.value ?? []).map((x) => x.address?.toLowerCase() ?? '').filter(Boolean),
  );
};

/** The headers of a raw message we need, parsed the way Exchange would read them. */
export async function readMime(raw: Buffer) {
  const p = await simpleParser(raw);
  const refs = Array.isArray(p.references) ? p.references : p.references ? [p.references] : [];
  return {
    messageId: p.messageId,
    subject: p.subject ?? '',
    from: addresses(p.from)[0] ?? '',
    to: addresses(p.to),
    cc: addresses(p.cc),
    bcc: addresses(p.bcc),
    related: [p.inReplyTo, ...refs].filter((x): x is string => Boolean(x)),
  };
}

/** Replaces Subject/To/Cc and the body of a raw message, keeping its other headers. */
export function rebuildMime(
  raw: Buffer,
  patch: {
    subject?: string;
    to?: string[];
    cc?: string[];
    body?: { contentType?: string; content?: string };
  },
): Buffer {
  const text = raw.toString('utf8');
  const split = text.indexOf('\r\n\r\n');
  const head = (split < 0 ? text : text.slice(0, split)).replace(/\r\n[ \t]+/g, ' ').split('\r\n');
  const drop = /^(subject|to|cc|content-type|content-transfer-encoding|mime-version):/i;
  const kept = head.filter((h) => !drop.test(h));
  const html = patch.body?.contentType?.toLowerCase() === 'html';
  const lines = [
    ...kept,
    `Subject: ${patch.subject ?? ''}`,
    `To: ${(patch.to ?? []).join(', ')}`,
    ...(patch.cc?.length ? [`Cc: ${patch.cc.join(', ')}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: ${html ? 'text/html' : 'text/plain'}; charset=utf-8`,
    'Content-Transfer-Encoding: base64',
  ];
  const body = Buffer.from(patch.body?.content ?? '')
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n');
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}\r\n`);
}

/** The mail of one emulated mailbox. */
export class Mailbox {
  readonly messages = new Map<string, StoredMessage>();
  private version = 0;

  constructor(readonly address: string) {}

  inFolder(folder: Folder): StoredMessage[] {
    return [...this.messages.values()].filter((m) => m.folder === folder);
  }

  /** A new message from raw MIME; Exchange keeps a Message-ID it is given. */
  async store(raw: Buffer, folder: Folder, at: Date, conversationHint?: string): Promise<StoredMessage> {
    const mime = await readMime(raw);
    const related = [...this.messages.values()].find((m) => mime.related.includes(m.internetMessageId));
    const message: StoredMessage = {
      id: opaqueId('AAMkMs'),
      folder,
      raw,
      internetMessageId: mime.messageId ?? `<${opaqueId('em')}@emu.prod.outlook.com>`,
      conversationId: conversationHint ?? related?.conversationId ?? opaqueId('AAQkCv'),
      subject: mime.subject,
      from: mime.from,
      to: mime.to,
      cc: mime.cc,
      bcc: folder === 'inbox' ? [] : mime.bcc,
      isDraft: folder === 'drafts',
      receivedDateTime: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      version: ++this.version,
    };
    this.messages.set(message.id, message);
    return message;
  }

  /** Moves a sent draft to Sent Items: a new id, the same internetMessageId and conversation. */
  moveToSent(draft: StoredMessage, at: Date): StoredMessage {
    this.messages.delete(draft.id);
    const sent: StoredMessage = {
      ...draft,
      id: opaqueId('AAMkMs'),
      folder: 'sentitems',
      isDraft: false,
      receivedDateTime: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      version: ++this.version,
    };
    this.messages.set(sent.id, sent);
    return sent;
  }

  /** Inbox arrivals after `since` received at or after `receivedSince`. */
  inboxSince(since: number, receivedSince?: Date): StoredMessage[] {
    return this.inFolder('inbox')
      .filter((m) => m.version > since && (!receivedSince || new Date(m.receivedDateTime) >= receivedSince))
      .sort((a, b) => a.version - b.version);
  }

  get currentVersion(): number {
    return this.version;
  }
}

/** The JSON resource of a message, as Graph returns it. */
export function messageJson(m: StoredMessage): Record<string, unknown> {
  const recipients = (list: string[]) =>
    list.map((address) => ({ emailAddress: { address, name: address } }));
  return {
    '@odata.type': '#microsoft.graph.message',
    id: m.id,
    internetMessageId: m.internetMessageId,
    conversationId: m.conversationId,
    subject: m.subject,
    isDraft: m.isDraft,
    parentFolderId: m.folder,
    receivedDateTime: m.receivedDateTime,
    from: { emailAddress: { address: m.from, name: m.from } },
    toRecipients: recipients(m.to),
    ccRecipients: recipients(m.cc),
    bccRecipients: recipients(m.bcc),
  };
}
