/**
 * `agendum_change_to_approval_seconds`: how long a rep waits, from the sync that first saw a
 * prospect meeting (the moment its draft_agenda step was planned) to the provider accepting
 * the approval request for its agenda. Observed by the send of the approval request.
 */
import type { Db } from '../db/client.js';
import type { MessageKind } from '../db/types.js';
import { stepRunKey } from '../jobs/step-kinds.js';
import type { Metrics } from './metrics.js';

/** The sent message, as send-message.ts has it. */
export interface SentMessage {
  kind: MessageKind;
  meetingId: string | null;
  /** For an approval request: the draft it asks about. */
  subjectMessageId: string | null;
}

/**
 * Observes the latency when `msg` is the approval request of an agenda (a recap's is not a
 * calendar change). A failed read is dropped: the message is sent, and a metric must not
 * turn that into a failed step.
 */
export async function observeApprovalRequestSent(
  db: Pick<Db, 'message' | 'step'>,
  metrics: Pick<Metrics, 'approvalRequestSent'>,
  msg: SentMessage,
  sentAt: Date,
): Promise<void> {
  const { meetingId, subjectMessageId } = msg;
  if (msg.kind !== 'approval_request' || !meetingId || !subjectMessageId) return;
  try {
    const [draft, step] = await Promise.all([
      db.message.findUnique({ where: { id: subjectMessageId }, select: { kind: true } }),
      db.step.findUnique({
        where: { runKey: stepRunKey('draft_agenda', { meetingId }) },
        select: { createdAt: true },
      }),
    ]);
    if (draft?.kind !== 'agenda' || !step) return;
    metrics.approvalRequestSent((sentAt.getTime() - step.createdAt.getTime()) / 1000);
  } catch {
    // Dropped on purpose (see above).
  }
}
