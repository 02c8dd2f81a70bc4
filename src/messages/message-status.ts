/**
 * The life of a Message as one table, and the one function that changes `Message.status`.
 * Every change is a conditional update (`where { id, status in from }`): of two workers
 * that read the same status, only one moves the row on. The claim `approved → sending` is
 * what makes a send happen once; send-message.ts looks a `sending` message up in the Sent
 * folder before it sends again. tryMarkSent is the move to `sent` that also counts the send.
 */
import type { Db } from '../db/client.js';
import type { MessageKind, MessageStatus, Prisma } from '../db/types.js';
import { AppError } from '../errors.js';
import type { Metrics } from '../metrics/metrics.js';
import { expectMail } from './expect-mail.js';
import type { NotSentReason } from './not-sent-reason.js';

/** Where a message may go from each status; anything else is a programming error. */
export const MESSAGE_TRANSITIONS: Readonly<Record<MessageStatus, readonly MessageStatus[]>> = {
  // Prospect mail starts here. The rep's approval mode routes it: `approve` and `draft`
  // wait for the rep, `auto` approves at once. A cancelled or moved meeting retracts it.
  drafted: ['awaiting_approval', 'approved', 'retracted'],
  // The rep approves or skips (link, dashboard, reply), or in `draft` mode sends our draft
  // from their own mailbox (the inbox sync notices: `sent` without us sending).
  awaiting_approval: ['approved', 'skipped', 'retracted', 'sent'],
  // Mail to the rep starts here. `sending` is the claim before the provider is called;
  // `sent` is the rep's own send of the draft noticed after an approval raced it, so the
  // queued send finds it sent and does not send it a second time.
  approved: ['sending', 'retracted', 'sent'],
  // An interrupted send stays `sending` until the Sent folder or a new attempt says `sent`.
  sending: ['sent'],
  sent: [],
  skipped: [],
  retracted: [],
  // In the schema, but nothing moves a message here: a send that keeps failing fails its
  // step, and the message stays `sending`, so any retry checks the Sent folder first.
  failed: [],
};

/** Not sent and not claimed for sending: a message here may still be retracted or revised. */
export const UNSENT_STATUSES: readonly MessageStatus[] = ['drafted', 'awaiting_approval', 'approved'];

/** True when the table allows `from → to`. */
export function canMoveMessage(from: MessageStatus, to: MessageStatus): boolean {
  return MESSAGE_TRANSITIONS[from].includes(to);
}

/** The statuses that say nothing was sent: the reason goes with them into `lastError`. */
const NEEDS_REASON: readonly MessageStatus[] = ['skipped', 'retracted', 'failed'];

/** What may change together with the status. Never the Message-ID: it is the exactly-once key. */
export type MessageFields = Omit<Prisma.MessageUncheckedUpdateManyInput, 'id' | 'status' | 'messageId'>;

/**
 * `fields` for a move to `To`: a reason is required where nothing was sent, in words
 * (`lastError`) and as the not-sent log's reason (`notSentReason`) for skipped and retracted.
 */
export type MoveFields<To extends MessageStatus> = To extends 'skipped' | 'retracted'
  ? [fields: MessageFields & { lastError: string; notSentReason: NotSentReason }]
  : To extends 'failed'
    ? [fields: MessageFields & { lastError: string }]
    : [fields?: MessageFields];

type MessageDb = Pick<Db, 'message'>;

function refuseIllegal(sources: readonly MessageStatus[], to: MessageStatus, fields?: MessageFields): void {
  const refused = sources.filter((s) => !canMoveMessage(s, to));
  if (refused.length > 0) {
    throw new AppError('conflict', `A message cannot move from ${refused.join(' or ')} to ${to}.`);
  }
  if (NEEDS_REASON.includes(to) && !fields?.lastError) {
    throw new AppError('conflict', `A message moved to ${to} needs the reason in lastError.`);
  }
  if ((to === 'skipped' || to === 'retracted') && !fields?.notSentReason) {
    throw new AppError('conflict', `A message moved to ${to} needs its notSentReason (not-sent-reason.ts).`);
  }
}

/**
 * Moves message `id` from one of `from` to `to` (with `fields`), if it still is in `from`.
 * Returns false when it was not (another worker or request moved it first): for callers
 * that expect that race and handle it. Throws AppError 'conflict' when the table does not
 * allow the move. This is the only code that writes `Message.status` after creation.
 */
export async function tryMoveMessage<To extends MessageStatus>(
  db: MessageDb,
  id: string,
  from: MessageStatus | readonly MessageStatus[],
  to: To,
  ...[fields]: MoveFields<To>
): Promise<boolean> {
  const sources: readonly MessageStatus[] = typeof from === 'string' ? [from] : from;
  refuseIllegal(sources, to, fields);
  const moved = await db.message.updateMany({
    where: { id, status: { in: [...sources] } },
    data: { ...fields, status: to },
  });
  return moved.count === 1;
}

/**
 * Moves `msg` from one of `from` to `sent`, like tryMoveMessage, and counts the send
 * (agendum_messages_sent_total) when this call is the one that moved it, so a send is
 * counted once however many workers saw it go; the rep's inbox then expects answers
 * (expect-mail.ts). Every move to `sent` should come here.
 */
export async function tryMarkSent(
  db: Pick<Db, 'message' | 'connection'>,
  metrics: Pick<Metrics, 'messageSent'>,
  msg: { id: string; kind: MessageKind; repId: string },
  from: MessageStatus | readonly MessageStatus[],
  fields: MessageFields & { sentAt: Date },
): Promise<boolean> {
  const moved = await tryMoveMessage(db, msg.id, from, 'sent', fields);
  if (!moved) return false;
  metrics.messageSent(msg.kind);
  await expectMail(db, msg.repId, fields.sentAt);
  return true;
}

/**
 * Like tryMoveMessage, for callers that own the message at that moment: a lost race is
 * then a bug or a concurrent decision, and throws AppError 'conflict'.
 */
export async function moveMessage<To extends MessageStatus>(
  db: MessageDb,
  id: string,
  from: MessageStatus | readonly MessageStatus[],
  to: To,
  ...fields: MoveFields<To>
): Promise<void> {
  if (await tryMoveMessage(db, id, from, to, ...fields)) return;
  const was = typeof from === 'string' ? from : from.join(' or ');
  throw new AppError('conflict', `Message ${id} is no longer ${was}, so it was not moved to ${to}.`);
}
