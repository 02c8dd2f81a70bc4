/**
 * New Inbox mail through `mailFolders/inbox/messages/delta` (docs/providers.md §9.6), each
 * message read as raw MIME (`/$value`) so the reply pipeline sees the real In-Reply-To and
 * References. A call reads a bounded number of pages and stores the nextLink as the cursor
 * when the round is not finished (Graph links resume a round). A null or expired cursor
 * starts over from the last few days; the core skips messages it has already handled.
 *
 * `sentByMailbox` comes from Sent Items, never from the From header: Graph files a copy of
 * everything the mailbox sends there, and a message sent to oneself also lands in the Inbox.
 */
import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { InboundMail, MailProvider } from '../types.js';
import { GRAPH_ORIGIN, type GraphCall, PREFER_IMMUTABLE_ID } from './graph-client.js';
import { isDeltaReset, isNotFound } from './graph-errors.js';
import { addressOf, findInFolder, type GraphMessage, MESSAGE_FIELDS } from './graph-messages.js';

const DAY_MS = 86_400_000;
/** How far back a fresh start reads. */
export const INBOX_START_DAYS = 7;
const PAGE_SIZE = 50;
const PAGES_PER_CALL = 4;
const PREFER = `odata.maxpagesize=${PAGE_SIZE}, ${PREFER_IMMUTABLE_ID}`;
const SENT_FIELDS = 'id,internetMessageId,toRecipients,ccRecipients,bccRecipients';

interface DeltaPage {
  value?: GraphMessage[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** The reader behind MailProvider.listInbound. */
export function createInboxReader(deps: {
  call: GraphCall;
  /** The mailbox owner's address: only mail From it can have been sent by the mailbox. */
  repEmail: string;
  now?: () => Date;
}): MailProvider['listInbound'] {
  const { call } = deps;
  const rep = deps.repEmail.trim().toLowerCase();
  const now = deps.now ?? (() => new Date());

  const freshStart = () => {
    const since = new Date(now().getTime() - INBOX_START_DAYS * DAY_MS).toISOString();
    const filter = encodeURIComponent(`receivedDateTime ge ${since}`);
    return `${GRAPH_ORIGIN}/v1.0/me/mailFolders/inbox/messages/delta?changeType=created&$select=${MESSAGE_FIELDS}&$filter=${filter}`;
  };

  /**
   * Whether this mailbox sent `m`: its internetMessageId is in Sent Items (or still in the
   * Outbox, accepted but not yet moved), in a copy addressed to the rep. Mail From anyone
   * else cannot be the rep's own, so the common case costs no call; an item from an older
   * delta round may lack `from` (not in its $select) and is looked up. The copy must be
   * addressed to the rep because only such mail comes back to their Inbox: a match on one
   * the rep sent to others means someone who received it reused its Message-ID.
   */
  async function sentByMailbox(m: GraphMessage): Promise<boolean> {
    if ((m.from && addressOf(m.from) !== rep) || !m.internetMessageId) return false;
    const id = m.internetMessageId;
    const copy =
      (await findInFolder(call, 'sentitems', id, SENT_FIELDS)) ??
      (await findInFolder(call, 'outbox', id, SENT_FIELDS));
    const recipients = [
      ...(copy?.toRecipients ?? []),
      ...(copy?.ccRecipients ?? []),
      ...(copy?.bccRecipients ?? []),
    ];
    return recipients.some((r) => addressOf(r) === rep);
  }

  async function readMime(m: GraphMessage): Promise<InboundMail | null> {
    let body: ArrayBuffer;
    try {
      body = await call('Graph message MIME', (c) =>
        c
          .api(`/me/messages/${encodeURIComponent(m.id)}/$value`)
          .responseType(ResponseType.ARRAYBUFFER)
          .get(),
      );
    } catch (err) {
      if (isNotFound(err)) return null; // deleted since delta listed it
      throw err;
    }
    return {
      providerMessageId: m.id,
      ...(m.conversationId ? { threadId: m.conversationId } : {}),
      raw: Buffer.from(body),
      receivedAt: m.receivedDateTime ? new Date(m.receivedDateTime) : now(),
      sentByMailbox: await sentByMailbox(m),
    };
  }

  async function readPages(first: string): Promise<{ messages: InboundMail[]; cursor: string }> {
    const messages: InboundMail[] = [];
    let link = first;
    for (let page = 0; page < PAGES_PER_CALL; page++) {
      const res: DeltaPage = await call('Graph inbox delta', (c) =>
        c.api(link).header('Prefer', PREFER).get(),
      );
      for (const m of res.value ?? []) {
        if (m['@removed'] || m.isDraft) continue;
        const mail = await readMime(m);
        if (mail) messages.push(mail);
      }
      const next = res['@odata.nextLink'];
      const done = res['@odata.deltaLink'];
      if (!next) {
        if (!done) throw new Error('Graph inbox delta ended without a deltaLink');
        return { messages, cursor: done };
      }
      link = next;
    }
    return { messages, cursor: link };
  }

  return async (cursor) => {
    if (!cursor) return readPages(freshStart());
    try {
      return await readPages(cursor);
    } catch (err) {
      if (!isDeltaReset(err)) throw err;
      return readPages(freshStart());
    }
  };
}
