/** The one way an approved message is put on the way out: its send step, due now. */
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { scheduleStep } from '../../jobs/schedule-step.js';

/**
 * Queues the send of a message that is already `approved`; queuing it again adds nothing.
 * `db` may be the transaction that approved it, so no approved message is left without its step.
 */
export async function queueSend(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  messageId: string,
  meetingId?: string | null,
  db: Pick<Db, 'step'> = ctx.db,
): Promise<void> {
  await scheduleStep(db, {
    kind: 'send_message',
    payload: { messageId },
    dueAt: ctx.clock(),
    meetingId: meetingId ?? undefined,
  });
}
