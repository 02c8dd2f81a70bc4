/**
 * New content for a message that has not gone out (its meeting moved, so the agenda is
 * rendered again). Conditional on the status like every move in message-status.ts: once a
 * worker has claimed the message (`sending`), its stored text stays what was sent.
 */
import type { Db } from '../db/client.js';
import { UNSENT_STATUSES } from './message-status.js';

/** What a revision replaces. */
export interface MessageContent {
  subject: string;
  text: string;
  html: string;
  to: string[];
}

/** Replaces the content of message `id` if it is still unsent; false when it is not. */
export async function reviseUnsentMessage(
  db: Pick<Db, 'message'>,
  id: string,
  content: MessageContent,
): Promise<boolean> {
  const revised = await db.message.updateMany({
    where: { id, status: { in: [...UNSENT_STATUSES] } },
    data: { subject: content.subject, text: content.text, html: content.html, to: content.to },
  });
  return revised.count === 1;
}
