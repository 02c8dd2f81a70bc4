/**
 * The interfaces every provider (local, Google, Microsoft) implements. Workflows depend on
 * these only; SDK types never cross this boundary.
 */
import type { CalendarEvent } from '../domain/types.js';

/** One page of calendar changes since a cursor. */
export interface CalendarChanges {
  /** Events created or updated since the cursor (cancelled ones have status 'cancelled'). */
  changed: CalendarEvent[];
  /** Ids of events that disappeared entirely (deleted file, Graph `@removed`). */
  removed: string[];
  /** Opaque cursor to pass next time (Google syncToken, Graph deltaLink, local digest). */
  cursor: string;
  /**
   * True when the provider could not continue from the given cursor (Google 410, Graph
   * syncStateNotFound) and this is a full listing of the window: anything not listed and
   * not removed is gone.
   */
  fullResync: boolean;
}

export interface CalendarProvider {
  readonly kind: 'local' | 'google' | 'microsoft';
  /**
   * Changes since `cursor` (null: a full listing of the window). Implementations page
   * internally and return only when the cursor is safe to store.
   */
  listChanges(cursor: string | null, window: { from: Date; to: Date }): Promise<CalendarChanges>;
}

/** An outbound RFC 5322 message built by the compose layer. */
export interface OutboundMail {
  /** Our Message-ID, with angle brackets: the exactly-once key. */
  messageId: string;
  from: string;
  to: string[];
  cc?: string[];
  subject: string;
  /** The complete RFC 5322 message (headers + MIME body), CRLF line endings. */
  raw: Buffer;
  /** Provider thread to send in (Gmail threadId, Graph conversation), when replying. */
  threadId?: string;
  inReplyTo?: string;
}

/** Where a message was placed by the provider. */
export interface ProviderMessageRef {
  providerMessageId: string;
  threadId?: string;
}

/** An inbound message, as raw RFC 5322 plus the provider's ids. */
export interface InboundMail {
  providerMessageId: string;
  threadId?: string;
  raw: Buffer;
  receivedAt: Date;
}

export interface MailProvider {
  readonly kind: 'local' | 'google' | 'microsoft';
  /** Places a draft in the rep's Drafts folder; returns its id. */
  createDraft(mail: OutboundMail): Promise<{ draftId: string }>;
  /** Replaces a draft's content (e.g. the meeting moved). */
  updateDraft(draftId: string, mail: OutboundMail): Promise<void>;
  /** Deletes a draft; a draft that is already gone is not an error. */
  deleteDraft(draftId: string): Promise<void>;
  /** Sends a message from the rep's mailbox. Callers check `findSent` before any retry. */
  send(mail: OutboundMail): Promise<ProviderMessageRef>;
  /** Looks the Message-ID up in the rep's Sent folder: the guard against sending twice. */
  findSent(messageId: string): Promise<ProviderMessageRef | null>;
  /**
   * Inbound messages since `cursor` and the cursor to store next. With a null cursor the
   * provider chooses a bounded starting point (local: what is in the inbox; Google and
   * Microsoft: a recent window), and callers process each message idempotently.
   */
  listInbound(cursor: string | null): Promise<{ messages: InboundMail[]; cursor: string }>;
}

/** A connected rep's two providers. */
export interface ProviderPair {
  calendar: CalendarProvider;
  mail: MailProvider;
}
