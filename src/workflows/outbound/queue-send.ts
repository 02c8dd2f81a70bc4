/** The one way an approved message is put on the way out: its send step, due now. */
import type { AppContext } from '../../context.js';
import { scheduleStep } from '../../jobs/schedule-step.js';

/** Queues the send of a message that is already `approved`; queuing it again adds nothing. */
export async function queueSend(
  ctx: AppContext,
  messageId: string,
  meetingId?: string | null,
): Promise<void> {
  await scheduleStep(ctx.db, {
    kind: 'send_message',
    payload: { messageId },
    dueAt: ctx.clock(),
    meetingId: meetingId ?? undefined,
  });
}
