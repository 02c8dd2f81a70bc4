/**
 * New inbox mail through `history.list` from the stored historyId (docs/providers.md §4.3):
 * `messageAdded` records with the INBOX label, paged to the end, then the response's
 * `historyId` becomes the cursor. Without a cursor, or when Gmail answers 404 (the
 * historyId aged out), the cursor is re-established from the profile's historyId plus a
 * bounded `in:inbox newer_than:` search. Ids the caller already knows (handled, or
 * agendum's own mail to the rep) are not read at all.
 */
import type { gmail_v1 } from 'googleapis';
import type { InboundListing, InboundMail, KnownMessages } from '../types.js';
import type { GmailWatch } from './gmail-watch.js';
import { googleStatus } from './google-errors.js';
import type { GoogleSession } from './google-session.js';

/** How far back a re-established cursor looks (Gmail `newer_than:` days). */
const RECENT_DAYS = 3;
/** At most this many messages are read back when the cursor is re-established. */
const RECENT_LIMIT = 100;

class HistoryGone extends Error {}

async function readRaw(
  session: GoogleSession,
  ref: { id: string; threadId?: string },
): Promise<InboundMail | null> {
  const m = await session.call('gmail messages.get raw', async ({ gmail }) => {
    try {
      return (await gmail.users.messages.get({ userId: 'me', id: ref.id, format: 'raw' })).data;
    } catch (err) {
      if (googleStatus(err) === 404) return null; // deleted since it was listed
      throw err;
    }
  });
  if (!m?.raw || !m.id) return null;
  return {
    providerMessageId: m.id,
    ...((m.threadId ?? ref.threadId) ? { threadId: (m.threadId ?? ref.threadId) as string } : {}),
    raw: Buffer.from(m.raw, 'base64url'),
    receivedAt: new Date(Number(m.internalDate ?? Date.now())),
    // Gmail labels what this mailbox sent SENT; mail the rep sends to themself carries both
    // INBOX and SENT. A forged From: arrives with INBOX only.
    sentByMailbox: m.labelIds?.includes('SENT') ?? false,
  };
}

/** Message refs added to INBOX since `startHistoryId`, and the historyId to store next. */
async function historySince(session: GoogleSession, startHistoryId: string) {
  const refs = new Map<string, { id: string; threadId?: string }>();
  let pageToken: string | undefined;
  let historyId = startHistoryId;
  do {
    const data: gmail_v1.Schema$ListHistoryResponse = await session.call(
      'gmail history.list',
      async ({ gmail }) => {
        try {
          const res = await gmail.users.history.list({
            userId: 'me',
            startHistoryId,
            historyTypes: ['messageAdded'],
            labelId: 'INBOX',
            maxResults: 500,
            ...(pageToken ? { pageToken } : {}),
          });
          return res.data;
        } catch (err) {
          if (googleStatus(err) === 404) throw new HistoryGone();
          throw err;
        }
      },
    );
    for (const record of data.history ?? []) {
      for (const added of record.messagesAdded ?? []) {
        const m = added.message;
        // New inbox mail only: drafts never count, and a message may have left INBOX already.
        if (!m?.id || !m.labelIds?.includes('INBOX') || m.labelIds.includes('DRAFT')) continue;
        refs.set(m.id, { id: m.id, ...(m.threadId ? { threadId: m.threadId } : {}) });
      }
    }
    pageToken = data.nextPageToken ?? undefined;
    if (data.historyId) historyId = data.historyId;
  } while (pageToken);
  return { refs: [...refs.values()], historyId };
}

/** A fresh cursor (the profile's historyId, taken first) and the recent inbox. */
async function reestablish(session: GoogleSession) {
  const profile = await session.call('gmail users.getProfile', async ({ gmail }) => {
    return (await gmail.users.getProfile({ userId: 'me' })).data;
  });
  const listed = await session.call('gmail messages.list recent', async ({ gmail }) => {
    const res = await gmail.users.messages.list({
      userId: 'me',
      q: `in:inbox newer_than:${RECENT_DAYS}d`,
      maxResults: RECENT_LIMIT,
    });
    return res.data.messages ?? [];
  });
  const refs = listed.flatMap((m) =>
    m.id ? [{ id: m.id, ...(m.threadId ? { threadId: m.threadId } : {}) }] : [],
  );
  // Oldest first, as history would have delivered them.
  return { refs: refs.reverse(), historyId: String(profile.historyId ?? '') };
}

/**
 * The `listInbound` of the Gmail provider. Every poll also keeps the Pub/Sub watch alive
 * (when configured): the poll is the one place that runs for every connection, and a
 * failed watch only warns.
 */
export async function listGmailInbound(
  session: GoogleSession,
  cursor: string | null,
  watch?: GmailWatch,
  known?: KnownMessages,
): Promise<InboundListing> {
  let found: { refs: { id: string; threadId?: string }[]; historyId: string };
  try {
    found = cursor ? await historySince(session, cursor) : await reestablish(session);
  } catch (err) {
    if (!(err instanceof HistoryGone)) throw err;
    found = await reestablish(session);
  }
  const skip = known && found.refs.length > 0 ? await known(found.refs.map((r) => r.id)) : new Set();
  const messages: InboundMail[] = [];
  for (const ref of found.refs) {
    if (skip.has(ref.id)) continue;
    const mail = await readRaw(session, ref);
    if (mail) messages.push(mail);
  }
  await watch?.keepAlive();
  return { messages, cursor: found.historyId, pushUntil: watch?.liveUntil() ?? null };
}
