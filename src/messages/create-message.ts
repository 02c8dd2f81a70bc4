/**
 * The one way a Message row is made. Its Message-ID is assigned here, with the row and
 * before any send attempt, so every retry of the send looks up the same ID in the Sent
 * folder (see message-status.ts). Its first status follows from its kind: mail to a
 * prospect starts `drafted` and goes out only once the rep's approval mode lets it.
 */
import { newMessageId } from '../compose/build-mime.js';
import type { Db } from '../db/client.js';
import type { Message, MessageKind } from '../db/types.js';

/** Mail agendum writes to the rep themselves: nobody needs to approve it. */
const TO_THE_REP: readonly MessageKind[] = ['approval_request', 'rep_notice', 'recap_prompt', 'nudge'];

/** The first status of a message of `kind`. */
export function startingStatus(kind: MessageKind): 'drafted' | 'approved' {
  return TO_THE_REP.includes(kind) ? 'approved' : 'drafted';
}

/** What a new message holds; the Message-ID and status are not the caller's to choose. */
export interface NewMessage {
  repId: string;
  meetingId: string | null;
  /** For approval requests and notices: the message they are about. */
  subjectMessageId?: string | null;
  kind: MessageKind;
  fromAddress: string;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html: string;
  /** Threading, for a recap in its agenda's thread. */
  inReplyTo?: string | null;
  references?: string | null;
  providerThreadId?: string | null;
}

/**
 * Stores a new message with a fresh Message-ID on `mailDomain`. `db` may be a transaction,
 * so a message can be created together with another change (request-approval.ts).
 */
export function createMessage(
  db: Pick<Db, 'message'>,
  mailDomain: string,
  input: NewMessage,
): Promise<Message> {
  return db.message.create({
    data: {
      repId: input.repId,
      meetingId: input.meetingId,
      subjectMessageId: input.subjectMessageId ?? null,
      kind: input.kind,
      status: startingStatus(input.kind),
      fromAddress: input.fromAddress,
      to: input.to,
      cc: input.cc ?? [],
      subject: input.subject,
      text: input.text,
      html: input.html,
      messageId: newMessageId(mailDomain),
      inReplyTo: input.inReplyTo ?? null,
      references: input.references ?? null,
      providerThreadId: input.providerThreadId ?? null,
    },
  });
}
