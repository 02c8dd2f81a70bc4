/**
 * The interfaces every provider (local, Google, Microsoft) implements. Workflows depend on
 * these only; SDK types never cross this boundary.
 */
import type { CalendarEvent } from '../domain/types.js';

/**
 * A calendar event as a provider lists it, with what the provider could not read for sure.
 * Google and Microsoft never set the extra fields; the local calendar reads untrusted files.
 */
export interface ProviderCalendarEvent extends CalendarEvent {
  /** Problems worth showing on the meeting, each naming the file, event and line; safe to log. */
  warnings?: string[];
  /**
   * Set when the event's zone could not be resolved, so the sync uses the rep's zone:
   * `wall-clock`: `start`/`end` hold the wall-clock times as if they were UTC, to be read in
   * the rep's zone; `label`: the instants are right and only `timeZone` becomes the rep's.
   */
  repZone?: 'wall-clock' | 'label';
}

/** One page of calendar changes since a cursor. */
export interface CalendarChanges {
  /** Events created or updated since the cursor (cancelled ones have status 'cancelled'). */
  changed: ProviderCalendarEvent[];
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
  /** The Message-ID header as sent, when the provider reports it (it may not be ours). */
  messageIdHeader?: string;
}

/** An inbound message, as raw RFC 5322 plus the provider's ids. */
export interface InboundMail {
  providerMessageId: string;
  threadId?: string;
  raw: Buffer;
  receivedAt: Date;
  /**
   * True only when the provider's own records show this mailbox sent the message (Gmail's
   * SENT label, a Graph Sent Items copy, the local `sent/` folder) — e.g. the rep replying
   * to an approval request, which goes to themself. Anyone can write the rep's address in
   * `From:`, so that header never makes a message the rep's command; this flag does.
   */
  sentByMailbox: boolean;
}

/** A draft placed in the rep's mailbox. */
export interface DraftRef {
  draftId: string;
  /**
   * The provider's id of the draft's message (Gmail message id, Graph message id), when it
   * differs from `draftId`: `findSent` uses it to recognise the draft once the rep sent it.
   */
  providerMessageId?: string;
}

/** What is known about a message that may have been sent, to find it in the Sent folder. */
export interface SentLookup {
  /** Our RFC 5322 Message-ID, with angle brackets. */
  messageId: string;
  /** Set when the message was placed as a draft (draft approval mode). */
  draft?: DraftRef;
}

export interface MailProvider {
  readonly kind: 'local' | 'google' | 'microsoft';
  /** Places a draft in the rep's Drafts folder. */
  createDraft(mail: OutboundMail): Promise<DraftRef>;
  /** Replaces a draft's content (e.g. the meeting moved). */
  updateDraft(draftId: string, mail: OutboundMail): Promise<void>;
  /** Deletes a draft; a draft that is already gone is not an error. */
  deleteDraft(draftId: string): Promise<void>;
  /** Sends a message from the rep's mailbox. Callers check `findSent` before any retry. */
  send(mail: OutboundMail): Promise<ProviderMessageRef>;
  /**
   * Looks the message up in the rep's Sent folder (by Message-ID, or by the draft it was
   * placed as): the guard against sending twice, and how a draft the rep sent is noticed.
   */
  findSent(lookup: SentLookup): Promise<ProviderMessageRef | null>;
  /**
   * Inbound messages since `cursor` and the cursor to store next. With a null cursor the
   * provider chooses a bounded starting point (local: what is in the inbox; Google and
   * Microsoft: a recent window), and callers process each message idempotently.
   */
  listInbound(cursor: string | null, known?: KnownMessages): Promise<InboundListing>;
}

/** What one inbox read found, and where the next one starts. */
export interface InboundListing {
  messages: InboundMail[];
  cursor: string;
  /** Until when push for this inbox is live (a Gmail watch); absent or null: none. */
  pushUntil?: Date | null;
}

/**
 * Which of the listed provider message ids need not be read: already handled, or sent by
 * agendum from this mailbox (mail to the rep's own address comes back as the same message
 * in Gmail). A provider that lists ids before reading bodies asks, and skips those — a
 * read saved per message agendum sends the rep.
 */
export type KnownMessages = (providerMessageIds: string[]) => Promise<Set<string>>;

/** An open push channel (Google events.watch channel, Graph subscription). */
export interface PushChannel {
  id: string;
  /** Google's resource id (needed to stop the channel); absent for Graph. */
  resourceId?: string;
  /** The secret the provider echoes on every notification (channel token / clientState). */
  token: string;
  expiresAt: Date;
}

/** What a push channel is opened with. */
export interface PushTarget {
  /** Absolute https URL of our webhook for this provider. */
  webhookUrl: string;
  /** A fresh random secret; notifications that do not carry it are rejected. */
  token: string;
}

/**
 * Calendar push for providers that have it. Push only makes the cursor poll run sooner:
 * notifications can be dropped, duplicated or expire, so nothing depends on them.
 */
export interface CalendarPush {
  open(target: PushTarget): Promise<PushChannel>;
  /**
   * Extends a channel before it expires. Google cannot extend one: its implementation opens
   * a new channel and stops the old one, so callers store whatever this returns.
   */
  renew(channel: PushChannel, target: PushTarget): Promise<PushChannel>;
  /**
   * Stops a channel; one that is already gone is not an error. `null` (no calendar channel
   * is stored) still stops whatever else the provider watches (Gmail's Pub/Sub watch).
   */
  close(channel: PushChannel | null): Promise<void>;
}

/** A connected rep's providers. */
export interface ConnectionProviders {
  calendar: CalendarProvider;
  mail: MailProvider;
  /** Push channels, or null where the provider has none (local uses `watchCalendar`). */
  push: CalendarPush | null;
  /** Starts watching for calendar changes in-process (local folder watch); returns a stop function. */
  watchCalendar?: (onChange: () => void) => () => void;
}
