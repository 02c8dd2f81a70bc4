/** Small Graph mail lookups shared by the mail provider and the inbox reader. */
import type { GraphCall } from './graph-client.js';

/** A Graph `recipient`. */
interface GraphRecipient {
  emailAddress?: { address?: string | null } | null;
}

/** The fields of a Graph message we read. */
export interface GraphMessage {
  id: string;
  '@removed'?: { reason?: string };
  internetMessageId?: string | null;
  conversationId?: string | null;
  isDraft?: boolean;
  receivedDateTime?: string | null;
  from?: GraphRecipient | null;
  toRecipients?: GraphRecipient[] | null;
  ccRecipients?: GraphRecipient[] | null;
  bccRecipients?: GraphRecipient[] | null;
}

export const MESSAGE_FIELDS = 'id,internetMessageId,conversationId,isDraft,receivedDateTime,from';

/** The address of a Graph recipient, lower-cased ('' when absent). */
export function addressOf(r: GraphRecipient | null | undefined): string {
  return r?.emailAddress?.address?.trim().toLowerCase() ?? '';
}

/**
 * An OData `$filter` on internetMessageId, percent-encoded: the SDK pastes `.filter()`
 * values into the URL as they are, and Message-IDs hold `+`, `/`, `=` and `<>`.
 */
export function internetMessageIdFilter(messageId: string): string {
  return encodeURIComponent(`internetMessageId eq '${messageId.replace(/'/g, "''")}'`);
}

/** The message with our Message-ID in a well-known folder (drafts, sentitems, outbox), if any. */
export async function findInFolder(
  call: GraphCall,
  folder: 'drafts' | 'sentitems' | 'outbox',
  messageId: string,
  fields = MESSAGE_FIELDS,
): Promise<GraphMessage | null> {
  const res: { value?: GraphMessage[] } = await call(`Graph ${folder} lookup`, (c) =>
    c
      .api(`/me/mailFolders/${folder}/messages`)
      .filter(internetMessageIdFilter(messageId))
      .select(fields)
      .top(5)
      .get(),
  );
  return res.value?.find((m) => m.internetMessageId === messageId) ?? null;
}
