/**
 * New Inbox mail through `mailFolders/inbox/messages/delta` (PROVIDERS.md §9.6), each
 * message read as raw MIME (`/$value`) so the reply pipeline sees the real In-Reply-To and
 * References. A call reads a bounded number of pages and stores the nextLink as the cursor
 * when the round is not finished (Graph links resume a round). A null or expired cursor
 * starts over from the last few days; the core skips messages it has already handled.
 */
import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { InboundMail, MailProvider } from '../types.js';
import { GRAPH_ORIGIN, type GraphCall, PREFER_IMMUTABLE_ID } from './graph-client.js';
import { isDeltaReset, isNotFound } from './graph-errors.js';
import { type GraphMessage, MESSAGE_FIELDS } from './graph-messages.js';

const DAY_MS = 86_400_000;
/** How far back a fresh start reads. */
export const INBOX_START_DAYS = 7;
const PAGE_SIZE = 50;
const PAGES_PER_CALL = 4;
const PREFER = `odata.maxpagesize=${PAGE_SIZE}, ${PREFER_IMMUTABLE_ID}`;

interface DeltaPage {
  value?: GraphMessage[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** The reader behind MailProvider.listInbound. */
export function createInboxReader(deps: { call: GraphCall; now?: () => Date }): MailProvider['listInbound'] {
  const { call } = deps;
  const now = deps.now ?? (() => new Date());

  const freshStart = () => {
    const since = new Date(now().getTime() - INBOX_START_DAYS * DAY_MS).toISOString();
    const filter = encodeURIComponent(`receivedDateTime ge ${since}`);
    return `${GRAPH_ORIGIN}/v1.0/me/mailFolders/inbox/messages/delta?changeType=created&$select=${MESSAGE_FIELDS}&$filter=${filter}`;
  };

  async function readMime(m: GraphMessage): Promise<InboundMail | null> {
    try {
      const body: ArrayBuffer = await call('Graph message MIME', (c) =>
        c
          .api(`/me/messages/${encodeURIComponent(m.id)}/$value`)
          .responseType(ResponseType.ARRAYBUFFER)
          .get(),
      );
      return {
        providerMessageId: m.id,
        ...(m.conversationId ? { threadId: m.conversationId } : {}),
        raw: Buffer.from(body),
        receivedAt: m.receivedDateTime ? new Date(m.receivedDateTime) : now(),
      };
    } catch (err) {
      if (isNotFound(err)) return null; // deleted since delta listed it
      throw err;
    }
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
