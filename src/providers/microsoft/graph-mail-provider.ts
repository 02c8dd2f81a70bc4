/**
 * Mail through the rep's own mailbox. Drafts are created from our complete MIME message
 * (base64, `Content-Type: text/plain`, docs/providers.md §9.1), so Graph keeps our Message-ID as
 * the internetMessageId and our In-Reply-To/References for threading; JSON drafts only allow
 * `x-` headers. A message's Graph id changes when it is sent and `/send` returns no body,
 * so everything is keyed on the internetMessageId (§9.3).
 *
 * Exactly once: `/send` is called with `once` (no repeat after a timeout or 5xx, §6.2), and
 * a draft left by an earlier attempt is reused rather than created again.
 */
import { simpleParser } from 'mailparser';
import { AppError } from '../../errors.js';
import type { MailProvider, OutboundMail, ProviderMessageRef } from '../types.js';
import type { GraphCall } from './graph-client.js';
import { isNotFound } from './graph-errors.js';
import { createInboxReader } from './graph-inbox.js';
import { findInFolder, type GraphMessage, MESSAGE_FIELDS } from './graph-messages.js';

export interface GraphMailDeps {
  call: GraphCall;
  /** The mailbox owner's address (the inbox reader checks who sent what by it). */
  repEmail: string;
  /** Timeout of the `/send` request; its outcome is then unknown and left to findSent. */
  sendTimeoutMs: number;
  now?: () => Date;
}

const recipients = (list: string[] | undefined) =>
  (list ?? []).map((address) => ({ emailAddress: { address } }));

/** The JSON a draft is updated with (PATCH takes properties, not MIME). */
async function draftPatch(mail: OutboundMail): Promise<Record<string, unknown>> {
  const parsed = await simpleParser(mail.raw);
  const html = typeof parsed.html === 'string' ? parsed.html : undefined;
  return {
    subject: mail.subject,
    body: html ? { contentType: 'html', content: html } : { contentType: 'text', content: parsed.text ?? '' },
    toRecipients: recipients(mail.to),
    ccRecipients: recipients(mail.cc),
  };
}

/** Creates the Graph mail provider of one connection. */
export function createGraphMailProvider(deps: GraphMailDeps): MailProvider {
  const { call } = deps;
  const ref = (m: GraphMessage): ProviderMessageRef => ({
    providerMessageId: m.id,
    ...(m.conversationId ? { threadId: m.conversationId } : {}),
  });

  /** The draft with our Message-ID: one left by an earlier attempt, or a new one. */
  async function placeDraft(mail: OutboundMail): Promise<GraphMessage> {
    const existing = await findInFolder(call, 'drafts', mail.messageId);
    if (existing) return existing;
    // Not repeated after a 5xx: the next attempt finds the draft if it was created.
    return call(
      'Graph draft create',
      (c) => c.api('/me/messages').header('Content-Type', 'text/plain').post(mail.raw.toString('base64')),
      { once: true },
    );
  }

  return {
    kind: 'microsoft',
    async createDraft(mail) {
      const draft = await placeDraft(mail);
      return { draftId: draft.id, providerMessageId: draft.id };
    },
    async updateDraft(draftId, mail) {
      const patch = await draftPatch(mail);
      try {
        await call('Graph draft update', (c) =>
          c.api(`/me/messages/${encodeURIComponent(draftId)}`).patch(patch),
        );
      } catch (err) {
        if (!isNotFound(err)) throw err;
        throw new AppError(
          'not_found',
          `Draft ${draftId} is no longer in the rep's mailbox; it was sent or deleted.`,
        );
      }
    },
    async deleteDraft(draftId) {
      try {
        await call('Graph draft delete', (c) =>
          c.api(`/me/messages/${encodeURIComponent(draftId)}`).delete(),
        );
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    },
    async send(mail) {
      const draft = await placeDraft(mail);
      await call(
        'Graph send',
        (c) =>
          c
            .api(`/me/messages/${encodeURIComponent(draft.id)}/send`)
            .option('signal', AbortSignal.timeout(deps.sendTimeoutMs))
            .post(''),
        { once: true },
      );
      // The draft's id is gone now; the Sent Items copy has a new one (it may lag behind).
      const sent = await findInFolder(call, 'sentitems', mail.messageId).catch(() => null);
      return ref(sent ?? draft);
    },
    async findSent({ messageId, draft }) {
      if (draft) {
        // Still a draft in Drafts: not sent, and no need to search Sent Items.
        try {
          const m: GraphMessage = await call('Graph draft lookup', (c) =>
            c
              .api(`/me/messages/${encodeURIComponent(draft.draftId)}`)
              .select(MESSAGE_FIELDS)
              .get(),
          );
          if (m.isDraft) return null;
        } catch (err) {
          if (!isNotFound(err)) throw err;
        }
      }
      // Outbox: accepted by /send but not yet moved to Sent Items.
      const found =
        (await findInFolder(call, 'sentitems', messageId)) ?? (await findInFolder(call, 'outbox', messageId));
      return found ? ref(found) : null;
    },
    listInbound: createInboxReader({
      call,
      repEmail: deps.repEmail,
      ...(deps.now ? { now: deps.now } : {}),
    }),
  };
}
