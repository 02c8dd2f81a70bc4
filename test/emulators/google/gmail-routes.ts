/**
 * The Gmail v1 subset agendum uses (docs/providers.md §4): profile, drafts
 * create/get/update/delete/list/send, messages send/list/get, history.list (watch and stop
 * live in gmail-pubsub.ts). `raw` is parsed with mailparser; the client's Message-ID is kept;
 * a message to oneself lands in INBOX as well as SENT; mail to another emulated user is
 * delivered to that user's inbox.
 */

import { matchesQuery } from './gmail-query.js';
import {
  type EmuRequest,
  type EmuResponse,
  fromBase64Url,
  GoogleHttpError,
  jsonBody,
  toBase64Url,
} from './google-http.js';
import type { GmailMessage, Mailbox } from './mailbox.js';
import { parseRaw } from './mailbox.js';

const notFound = () => new GoogleHttpError(404, 'Requested entity was not found.', 'notFound');

/** `format` handling of messages.get and drafts.get. */
function renderMessage(m: GmailMessage, format: string, metadataHeaders: string[]): Record<string, unknown> {
  const minimal = {
    id: m.id,
    threadId: m.threadId,
    labelIds: [...m.labelIds],
    snippet: '',
    historyId: String(m.historyId),
    internalDate: String(m.internalDate),
    sizeEstimate: m.raw.length,
  };
  if (format === 'minimal') return minimal;
  if (format === 'raw') return { ...minimal, raw: toBase64Url(m.raw) };
  if (format === 'metadata') {
    const wanted = new Set(metadataHeaders.map((h) => h.toLowerCase()));
    const headers = m.headers.filter((h) => wanted.size === 0 || wanted.has(h.name.toLowerCase()));
    return { ...minimal, payload: { mimeType: 'message/rfc822', headers } };
  }
  throw new GoogleHttpError(501, `emulator: format=${format}`, 'notImplemented');
}

/** Gmail for every emulated user. */
export class GmailApi {
  /** Mail sent to addresses that are not emulated users (the prospects' side). */
  readonly delivered: { to: string; messageId?: string; raw: Buffer }[] = [];

  constructor(
    private readonly mailboxes: Map<string, Mailbox>,
    private readonly now: () => number,
  ) {}

  private box(user: string, userId: string): Mailbox {
    if (userId !== 'me' && userId !== user) throw new GoogleHttpError(403, 'Delegation denied', 'forbidden');
    const box = this.mailboxes.get(user);
    if (!box) throw notFound();
    return box;
  }

  profile(req: EmuRequest, user: string): EmuResponse {
    const box = this.box(user, req.params[0] as string);
    const threads = new Set([...box.messages.values()].map((m) => m.threadId));
    return {
      status: 200,
      body: {
        emailAddress: box.owner,
        messagesTotal: box.messages.size,
        threadsTotal: threads.size,
        historyId: String(box.historyId),
      },
    };
  }

  /** Copies a sent message to the inbox of every other emulated recipient; records the rest. */
  private async deliverCopies(box: Mailbox, message: GmailMessage): Promise<void> {
    for (const to of new Set(message.recipients)) {
      if (to === box.owner) continue;
      const other = this.mailboxes.get(to);
      if (other) other.addInbound(message.raw, await parseRaw(message.raw));
      else
        this.delivered.push({
          to,
          ...(message.messageIdHeader ? { messageId: message.messageIdHeader } : {}),
          raw: message.raw,
        });
    }
  }

  /** Sends an existing draft: DRAFT → SENT (INBOX too when addressed to oneself). */
  private async dispatch(box: Mailbox, message: GmailMessage): Promise<void> {
    box.markSent(message, message.recipients.includes(box.owner));
    await this.deliverCopies(box, message);
  }

  private async newMessage(
    box: Mailbox,
    payload: { raw?: string; threadId?: string } | undefined,
    labels: string[],
    keepThread?: string,
  ) {
    if (!payload?.raw)
      throw new GoogleHttpError(
        400,
        "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
        'invalidArgument',
      );
    const raw = fromBase64Url(payload.raw);
    return box.add(raw, await parseRaw(raw), labels, {
      ...(payload.threadId ? { requested: payload.threadId } : {}),
      ...(keepThread ? { keep: keepThread } : {}),
    });
  }

  /** messages.send: SENT, plus INBOX and UNREAD when the rep is among the recipients (§4.2). */
  async messagesSend(req: EmuRequest, user: string): Promise<EmuResponse> {
    const box = this.box(user, req.params[0] as string);
    const body = jsonBody<{ raw?: string; threadId?: string }>(req);
    if (!body.raw)
      throw new GoogleHttpError(400, "'raw' RFC822 payload message string required", 'invalidArgument');
    const raw = fromBase64Url(body.raw);
    const parsed = await parseRaw(raw);
    const labels = parsed.recipients.includes(box.owner) ? ['SENT', 'INBOX', 'UNREAD'] : ['SENT'];
    const message = box.add(raw, parsed, labels, body.threadId ? { requested: body.threadId } : {});
    await this.deliverCopies(box, message);
    return {
      status: 200,
      body: { id: message.id, threadId: message.threadId, labelIds: [...message.labelIds] },
    };
  }

  messagesList(req: EmuRequest, user: string): EmuResponse {
    const box = this.box(user, req.params[0] as string);
    const q = req.query;
    const labelIds = q.getAll('labelIds');
    const includeSpamTrash = q.get('includeSpamTrash') === 'true';
    const all = [...box.messages.values()]
      .filter((m) => includeSpamTrash || !(m.labelIds.has('SPAM') || m.labelIds.has('TRASH')))
      .filter((m) => labelIds.every((l) => m.labelIds.has(l)))
      .filter((m) => matchesQuery(m, q.get('q') ?? '', this.now()))
      .sort((a, b) => b.internalDate - a.internalDate || b.historyId - a.historyId);
    const offset = Number(q.get('pageToken') ?? 0);
    const max = Math.min(Number(q.get('maxResults') ?? 100), 500);
    const page = all.slice(offset, offset + max);
    if (page.length === 0) return { status: 200, body: { resultSizeEstimate: 0 } };
    return {
      status: 200,
      body: {
        messages: page.map((m) => ({ id: m.id, threadId: m.threadId })),
        ...(offset + max < all.length ? { nextPageToken: String(offset + max) } : {}),
        resultSizeEstimate: all.length,
      },
    };
  }

  messagesGet(req: EmuRequest, user: string): EmuResponse {
    const box = this.box(user, req.params[0] as string);
    const m = box.messages.get(req.params[1] as string);
    if (!m) throw notFound();
    return {
      status: 200,
      body: renderMessage(m, req.query.get('format') ?? 'full', req.query.getAll('metadataHeaders')),
    };
  }

  async draftsCreate(req: EmuRequest, user: string): Promise<EmuResponse> {
    const box = this.box(user, req.params[0] as string);
    const body = jsonBody<{ message?: { raw?: string; threadId?: string } }>(req);
    const message = await this.newMessage(box, body.message, ['DRAFT']);
    const id = box.newDraftId();
    box.drafts.set(id, message.id);
    return { status: 200, body: this.draftJson(id, message) };
  }

  private draftJson(id: string, m: GmailMessage) {
    return { id, message: { id: m.id, threadId: m.threadId, labelIds: [...m.labelIds] } };
  }

  private draftMessage(box: Mailbox, draftId: string): GmailMessage {
    const messageId = box.drafts.get(draftId);
    const m = messageId ? box.messages.get(messageId) : undefined;
    if (!m) throw notFound();
    return m;
  }

  draftsGet(req: EmuRequest, user: string): EmuResponse {
    const box = this.box(user, req.params[0] as string);
    const id = req.params[1] as string;
    const m = this.draftMessage(box, id);
    const format = req.query.get('format') ?? 'full';
    return {
      status: 200,
      body: { id, message: renderMessage(m, format, req.query.getAll('metadataHeaders')) },
    };
  }

  /** "Replaces a draft's content": the draft keeps its id and thread, its message gets a new id. */
  async draftsUpdate(req: EmuRequest, user: string): Promise<EmuResponse> {
    const box = this.box(user, req.params[0] as string);
    const id = req.params[1] as string;
    const old = this.draftMessage(box, id);
    const body = jsonBody<{ message?: { raw?: string; threadId?: string } }>(req);
    const message = await this.newMessage(box, body.message, ['DRAFT'], old.threadId);
    box.remove(old.id);
    box.drafts.set(id, message.id);
    return { status: 200, body: this.draftJson(id, message) };
  }

  draftsDelete(req: EmuRequest, user: string): EmuResponse {
    const box = this.box(user, req.params[0] as string);
    const id = req.params[1] as string;
    const m = this.draftMessage(box, id);
    box.remove(m.id);
    box.drafts.delete(id);
    return { status: 204 };
  }

  draftsList(req: EmuRequest, user: string): EmuResponse {
    const box = this.box(user, req.params[0] as string);
    const drafts = [...box.drafts].map(([id, mid]) => ({
      id,
      message: { id: mid, threadId: box.messages.get(mid)?.threadId },
    }));
    return {
      status: 200,
      body: drafts.length ? { drafts, resultSizeEstimate: drafts.length } : { resultSizeEstimate: 0 },
    };
  }

  /** drafts.send: the draft's message, as it is, goes to its recipients; the draft is gone. */
  async draftsSend(req: EmuRequest, user: string): Promise<EmuResponse> {
    this.box(user, req.params[0] as string);
    const m = await this.sendDraft(user, jsonBody<{ id?: string }>(req).id ?? '');
    return { status: 200, body: { id: m.id, threadId: m.threadId, labelIds: [...m.labelIds] } };
  }

  /**
   * Sends a draft as its owner would from the Gmail UI (also the drafts.send route).
   * `newMessageId` models a client that writes its own Message-ID header on send.
   */
  async sendDraft(user: string, draftId: string, newMessageId?: string): Promise<GmailMessage> {
    const box = this.box(user, 'me');
    const m = this.draftMessage(box, draftId);
    box.drafts.delete(draftId);
    if (newMessageId) {
      const text = m.raw.toString('utf8');
      m.raw = Buffer.from(
        text.replace(/^Message-ID:[^\r\n]*(\r?\n[ \t][^\r\n]*)*/im, `Message-ID: ${newMessageId}`),
      );
      m.messageIdHeader = newMessageId;
      m.headers = m.headers.map((h) =>
        h.name.toLowerCase() === 'message-id' ? { ...h, value: newMessageId } : h,
      );
    }
    await this.dispatch(box, m);
    return m;
  }

  /** history.list: messageAdded/labelAdded records after startHistoryId; 404 below the retention floor. */
  historyList(req: EmuRequest, user: string): EmuResponse {
    const box = this.box(user, req.params[0] as string);
    const q = req.query;
    const start = Number(q.get('startHistoryId'));
    if (!q.get('startHistoryId') || Number.isNaN(start)) {
      throw new GoogleHttpError(400, 'Invalid startHistoryId', 'invalidArgument');
    }
    if (start < box.retentionFloor) throw notFound();
    const types = q.getAll('historyTypes');
    const labelId = q.get('labelId');
    const records = box.history
      .filter((h) => h.id > start)
      .filter((h) => types.length === 0 || types.includes(h.type))
      .filter((h) => !labelId || h.labelIds.includes(labelId));
    const offset = Number(q.get('pageToken') ?? 0);
    const max = Math.min(Number(q.get('maxResults') ?? 100), 500);
    const page = records.slice(offset, offset + max);
    const history = page.map((h) => {
      const message = { id: h.messageId, threadId: h.threadId, labelIds: h.labelIds };
      return {
        id: String(h.id),
        messages: [{ id: h.messageId, threadId: h.threadId }],
        ...(h.type === 'messageAdded'
          ? { messagesAdded: [{ message }] }
          : { labelsAdded: [{ message, labelIds: ['SENT'] }] }),
      };
    });
    return {
      status: 200,
      body: {
        ...(history.length ? { history } : {}),
        ...(offset + max < records.length ? { nextPageToken: String(offset + max) } : {}),
        historyId: String(box.historyId),
      },
    };
  }
}
