/**
 * What webhooks may ask of the sync scheduler. Push only makes the cursor polls run sooner;
 * every trigger is debounced and coalesced per connection, so a burst of notifications
 * costs one sync, and a trigger for an unknown connection is ignored.
 */
export interface SyncTriggers {
  /** The calendar changed (Google `exists`, Graph created/updated/deleted, Graph `missed`). */
  calendarChanged(connectionId: string): void;
  /** New mail arrived (Gmail Pub/Sub push, Graph message notification). */
  inboxChanged(connectionId: string): void;
  /** The channel must be renewed now (Graph `reauthorizationRequired`). */
  renewChannel(connectionId: string): void;
  /** The channel is gone and must be opened again (Graph `subscriptionRemoved`). */
  reopenChannel(connectionId: string): void;
}
