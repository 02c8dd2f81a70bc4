/**
 * One user's emulated Gmail mailbox: messages with labels, threads, drafts, and a history
 * log with monotonic ids that have gaps ("History IDs increase chronologically but are not
 * contiguous with random gaps", docs/providers.md §4.3). Threading follows the documented rule
 * (§4.2): a message joins a thread only when the thread id is given, In-Reply-To or
 * References point into that thread, and the subject matches (a `Re:` prefix allowed).
 */
import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';

/** A stored message: its parsed headers (ParsedRaw, below) and Gmail's own fields. */
export interface GmailMessage extends ParsedRaw {
  id: string;
  threadId: string;
  labelIds: Set<string>;
  raw: Buffer;
  internalDate: number;
  historyId: number;
}

export interface HistoryRecord {
  id: number;
  /** `messageAdded` for new messages; `labelAdded` when a draft was sent (DRAFT → SENT). */
  type: 'messageAdded' | 'labelAdded';
  messageId: string;
  threadId: string;
  /** Labels of the message when it was added. */
  labelIds: string[];
}

/** The parsed headers a mailbox needs from a raw message. */
export interface ParsedRaw {
  messageIdHeader?: string;
  subject: string;
  inReplyTo?: string;
  references: string[];
  from?: string;
  recipients: string[];
  headers: { name: string; value: string }[];
}

/** Parses the headers of a raw RFC 5322 message with mailparser. */
export async function parseRaw(raw: Buffer): Promise<ParsedRaw> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  const addresses = (v: unknown): string[] => {
    const list = Array.isArray(v) ? v : v ? [v] : [];
    return list.flatMap((a: { value?: { address?: string }[] }) =>
      (a.value ?? []).map((x) => (x.address ?? '').toLowerCase()).filter(Boolean),
    );
  };
  const refs = mail.references;
  return {
    ...(mail.messageId ? { messageIdHeader: mail.messageId } : {}),
    subject: mail.subject ?? '',
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    references: Array.isArray(refs) ? refs : refs ? refs.split(/\s+/).filter(Boolean) : [],
    ...(mail.from?.value[0]?.address ? { from: mail.from.value[0].address.toLowerCase() } : {}),
    recipients: [...addresses(mail.to), ...addresses(mail.cc), ...addresses(mail.bcc)],
    headers: mail.headerLines.map((h) => ({
      name: h.line.slice(0, h.line.indexOf(':')),
      value: h.line
        .slice(h.line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim(),
    })),
  };
}

const normalizeSubject = (s: string) =>
  s
    .replace(/^\s*((re|fwd?|aw)\s*:\s*)+/i, '')
    .trim()
    .toLowerCase();

/** The mailbox of one user. */
export class Mailbox {
  readonly messages = new Map<string, GmailMessage>();
  readonly drafts = new Map<string, string>();
  readonly history: HistoryRecord[] = [];
  historyId = 1_000_000 + Math.floor(Math.random() * 1000);
  /** history.list answers 404 for a startHistoryId below this (retention knob). */
  retentionFloor = 0;

  constructor(
    readonly owner: string,
    private readonly now: () => number,
    /** Told the labels of every new or sent message (Gmail push watches listen here). */
    private readonly onChange: (labels: string[]) => void = () => {},
  ) {}

  private nextHistoryId(): number {
    this.historyId += 1 + Math.floor(Math.random() * 4);
    return this.historyId;
  }

  /** The thread a new message belongs to under Gmail's threading rule, or a new one. */
  private threadFor(parsed: ParsedRaw, threadId: string | undefined, newId: string): string {
    if (!threadId) return newId;
    const inThread = [...this.messages.values()].filter((m) => m.threadId === threadId);
    const ids = new Set(inThread.map((m) => m.messageIdHeader).filter(Boolean));
    const refersIn = [parsed.inReplyTo, ...parsed.references].some((r) => r && ids.has(r));
    const subjectMatches = inThread.some(
      (m) => normalizeSubject(m.subject) === normalizeSubject(parsed.subject),
    );
    return refersIn && subjectMatches ? threadId : newId;
  }

  /** Stores a message and records it in the history. */
  add(
    raw: Buffer,
    parsed: ParsedRaw,
    labels: string[],
    thread: { requested?: string; keep?: string } = {},
  ): GmailMessage {
    const id = randomBytes(8).toString('hex');
    const message: GmailMessage = {
      id,
      // `keep`: a draft update stays in the draft's thread whatever its headers say.
      threadId: thread.keep ?? this.threadFor(parsed, thread.requested, id),
      labelIds: new Set(labels),
      raw,
      internalDate: this.now(),
      historyId: this.nextHistoryId(),
      ...parsed,
    };
    this.messages.set(id, message);
    this.history.push({
      id: message.historyId,
      type: 'messageAdded',
      messageId: id,
      threadId: message.threadId,
      labelIds: labels,
    });
    this.onChange(labels);
    return message;
  }

  /** Delivers an inbound message: Gmail threads it by its References and subject. */
  addInbound(raw: Buffer, parsed: ParsedRaw): GmailMessage {
    const refs = new Set([parsed.inReplyTo, ...parsed.references].filter(Boolean));
    const parent = [...this.messages.values()].find((m) => m.messageIdHeader && refs.has(m.messageIdHeader));
    return this.add(raw, parsed, ['INBOX', 'UNREAD'], parent ? { requested: parent.threadId } : {});
  }

  /** Removes a message (a draft replaced or deleted). */
  remove(id: string): void {
    this.messages.delete(id);
  }

  /** Moves a draft's message to Sent: same message id, DRAFT → SENT, history record added. */
  markSent(message: GmailMessage, toSelf: boolean): void {
    message.labelIds.delete('DRAFT');
    message.labelIds.add('SENT');
    if (toSelf) {
      message.labelIds.add('INBOX');
      message.labelIds.add('UNREAD');
    }
    message.historyId = this.nextHistoryId();
    this.history.push({
      id: message.historyId,
      type: 'labelAdded',
      messageId: message.id,
      threadId: message.threadId,
      labelIds: [...message.labelIds],
    });
    this.onChange([...message.labelIds]);
  }

  /** Makes every history id issued so far unusable (history.list → 404). */
  expireHistory(): void {
    this.retentionFloor = this.historyId;
  }

  /** A fresh draft id. */
  newDraftId(): string {
    return `r-${randomBytes(8).toString('hex')}`;
  }
}
