/**
 * What webhooks may ask for: each trigger enqueues the connection's job, keyed, so a burst
 * of notifications while the job waits is one job, and one arriving while it runs is one
 * more run after it. Push only makes the polls come sooner; a trigger for an unknown or
 * inactive connection does nothing (its job finds it so).
 */
import type { AppContext } from '../context.js';
import { errorMessage } from '../errors.js';
import type { JobKind } from './job-kinds.js';

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

type TriggerJob = Extract<JobKind, 'sync_calendar' | 'sync_inbox' | 'channel_renew' | 'channel_reopen'>;

/** Triggers that enqueue on `ctx.jobs`, after PUSH_DEBOUNCE_MS, keeping the earliest time. */
export function queueTriggers(ctx: Pick<AppContext, 'jobs' | 'clock' | 'config' | 'log'>): SyncTriggers {
  const trigger = (kind: TriggerJob) => (connectionId: string) => {
    const runAt = new Date(ctx.clock().getTime() + ctx.config.push.debounceMs);
    ctx.jobs.enqueue(kind, { connectionId }, { runAt, timing: 'keep_earlier' }).catch((err: unknown) =>
      ctx.log.error('a notification could not be queued', {
        connection: connectionId,
        kind,
        error: errorMessage(err),
      }),
    );
  };
  return {
    calendarChanged: trigger('sync_calendar'),
    inboxChanged: trigger('sync_inbox'),
    renewChannel: trigger('channel_renew'),
    reopenChannel: trigger('channel_reopen'),
  };
}
