/**
 * Marks a rep's inboxes as expecting mail: agendum just mailed from them (a reply, a
 * bounce or the rep's answer may follow) or left a draft there (the rep may send it). The
 * sweep polls such an inbox every INBOX_POLL_SECONDS and any other only every
 * INBOX_IDLE_POLL_MINUTES, so an idle rep costs a few calls a day instead of one a minute.
 */
import type { Db } from '../db/client.js';

/**
 * How long answers are expected after agendum mails: an agenda goes out a day or so before
 * its meeting and a recap soon after it, and prospects answer either within days.
 */
export const MAIL_EXPECTED_DAYS = 14;

export async function expectMail(db: Pick<Db, 'connection'>, repId: string, from: Date): Promise<void> {
  await db.connection.updateMany({
    where: { repId },
    data: { mailExpectedUntil: new Date(from.getTime() + MAIL_EXPECTED_DAYS * 86_400_000) },
  });
}
