/**
 * Gmail drafts, sends and the Sent-folder lookup (docs/providers.md §4.1–4.2, 4.4). The compose
 * layer builds the whole RFC 5322 message, Message-ID and In-Reply-To/References included;
 * here it is only base64url-encoded into `raw` (headers in `payload.headers` are ignored by
 * Gmail, googleapis#1938) and sent with the stored `threadId` so replies stay threaded.
 */
import type { gmail_v1 } from 'googleapis';
import { AppError } from '../../errors.js';
import type { MailProvider, OutboundMail, ProviderMessageRef, SentLookup } from '../types.js';
import type { GmailWatch } from './gmail-watch.js';
import { googleStatus } from './google-errors.js';
import { listGmailInbound } from './google-inbox.js';
import type { GoogleSession } from './google-session.js';

/** A send that has not answered after this long has an unknown outcome. */
export const DEFAULT_SEND_TIMEOUT_MS = 30_000;

export interface GoogleMailOptions {
  sendTimeoutMs?: number;
}

const toRaw = (mail: OutboundMail) => mail.raw.toString('base64url');

const bareId = (messageId: string) => messageId.trim().replace(/^<|>$/g, '');

/** Runs a Gmail call where 404 means "not there" (null) rather than an error. */
async function orNull<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (err) {
    if (googleStatus(err) === 404) return null;
    throw err;
  }
}

/** The Gmail side of one Google connection; `watch` is the Pub/Sub watch its polls keep alive. */
export function createGoogleMailProvider(
  session: GoogleSession,
  opts: GoogleMailOptions = {},
  watch?: GmailWatch,
): MailProvider {
  const sendTimeoutMs = opts.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;

  /** A message's labels and thread, or null when it no longer exists. */
  /** Labels, thread and the Message-ID header as sent (a mail client may write its own). */
  const messageState = (id: string) =>
    session.call('gmail messages.get', ({ gmail }) =>
      orNull(
        async () =>
          (
            await gmail.users.messages.get({
              userId: 'me',
              id,
              format: 'metadata',
              metadataHeaders: ['Message-ID'],
            })
          ).data,
      ),
    );

  const sentRef = (m: gmail_v1.Schema$Message | null): ProviderMessageRef | null => {
    if (!m?.id || !m.labelIds?.includes('SENT')) return null;
    const header = m.payload?.headers?.find((h) => h.name?.toLowerCase() === 'message-id')?.value?.trim();
    return {
      providerMessageId: m.id,
      ...(m.threadId ? { threadId: m.threadId } : {}),
      ...(header ? { messageIdHeader: header } : {}),
    };
  };

  /** Our Message-ID in the mailbox with the SENT label (trash included: a deleted sent mail was sent). */
  const findByMessageId = async (messageId: string): Promise<ProviderMessageRef | null> => {
    const list = await session.call('gmail messages.list rfc822msgid', async ({ gmail }) => {
      const res = await gmail.users.messages.list({
        userId: 'me',
        q: `rfc822msgid:${bareId(messageId)}`,
        includeSpamTrash: true,
        maxResults: 10,
      });
      return res.data.messages ?? [];
    });
    for (const hit of list) {
      const found = hit.id ? sentRef(await messageState(hit.id)) : null;
      if (found) return found;
    }
    return null;
  };

  return {
    kind: 'google',
    async createDraft(mail) {
      const data = await session.call('gmail drafts.create', async ({ gmail }) => {
        const res = await gmail.users.drafts.create({
          userId: 'me',
          requestBody: {
            message: { raw: toRaw(mail), ...(mail.threadId ? { threadId: mail.threadId } : {}) },
          },
        });
        return res.data;
      });
      if (!data.id) throw new AppError('provider_unavailable', 'Gmail created a draft without an id.');
      return { draftId: data.id, ...(data.message?.id ? { providerMessageId: data.message.id } : {}) };
    },

    async updateDraft(draftId, mail) {
      const updated = await session.call('gmail drafts.update', ({ gmail }) =>
        orNull(() =>
          gmail.users.drafts.update({
            userId: 'me',
            id: draftId,
            requestBody: {
              id: draftId,
              message: { raw: toRaw(mail), ...(mail.threadId ? { threadId: mail.threadId } : {}) },
            },
          }),
        ),
      );
      if (!updated) {
        // Gone: the rep sent or deleted it; it must not come back.
        throw new AppError('not_found', `Gmail draft ${draftId} no longer exists; it was sent or deleted.`);
      }
    },

    async deleteDraft(draftId) {
      await session.call('gmail drafts.delete', ({ gmail }) =>
        orNull(() => gmail.users.drafts.delete({ userId: 'me', id: draftId })),
      );
    },

    async send(mail) {
      // Never repeated after a timeout or 5xx (the request may have left): the caller checks
      // findSent first. Only refusals (429, 403 rate limits) are repeated.
      const data = await session.call(
        'gmail messages.send',
        async ({ gmail }) => {
          const res = await gmail.users.messages.send(
            {
              userId: 'me',
              requestBody: { raw: toRaw(mail), ...(mail.threadId ? { threadId: mail.threadId } : {}) },
            },
            { timeout: sendTimeoutMs },
          );
          return res.data;
        },
        { retryUnavailable: false },
      );
      if (!data.id) throw new AppError('provider_unavailable', 'Gmail accepted a message without an id.');
      return { providerMessageId: data.id, ...(data.threadId ? { threadId: data.threadId } : {}) };
    },

    async findSent(lookup: SentLookup) {
      const byId = await findByMessageId(lookup.messageId);
      if (byId || !lookup.draft) return byId;
      // Draft mode: the rep may have sent agendum's draft from Gmail. A sent draft keeps its
      // message (now labelled SENT); while the draft still exists, it was not sent.
      if (lookup.draft.providerMessageId) {
        const state = await messageState(lookup.draft.providerMessageId);
        if (state) return sentRef(state);
      }
      const draftId = lookup.draft.draftId;
      const draft = await session.call('gmail drafts.get', ({ gmail }) =>
        orNull(
          async () => (await gmail.users.drafts.get({ userId: 'me', id: draftId, format: 'minimal' })).data,
        ),
      );
      if (draft?.message?.id) return sentRef(await messageState(draft.message.id));
      return null;
    },

    listInbound: (cursor, known) => listGmailInbound(session, cursor, watch, known),
  };
}
