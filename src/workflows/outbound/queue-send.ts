/** The one way an approved message is put on the way out: its send step, due now. */
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import type { JobDb } from '../../jobs/job-queue.js';
import { scheduleStep } from '../../jobs/schedule-step.js';

/**
 * Queues the send of a message that is already `approved`; queuing it again adds nothing.
 * `db` may be the transaction that approved it, so no approved message is left without its step.
 */
export async function queueSend(
  ctx: Pick<AppContext, 'db' | 'clock' | 'jobs'>,
  messageId: string,
  meetingId?: string | null,
  db: Pick<Db, 'step'> & JobDb = ctx.db,
): Promise<void> {
  await scheduleStep(
    ctx,
    { kind: 'send_message', payload: { messageId }, dueAt: ctx.clock(), meetingId: meetingId ?? undefined },
    db,
  );
}
