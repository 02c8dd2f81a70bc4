/**
 * The sweep's poll decision for one connection: an inbox is read every INBOX_POLL_SECONDS
 * only while agendum expects mail there and no push watch is live; otherwise every
 * INBOX_IDLE_POLL_MINUTES, so an idle rep's inbox costs a few calls a day.
 */
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { duePolls } from '../../../src/jobs/sweep.js';

const MIN = 60_000;
const now = Date.parse('2026-12-03T12:00:00Z');
const config = loadConfig({
  DATA_DIR: os.tmpdir(),
  AGENDUM_DEMO: 'false',
  INBOX_POLL_SECONDS: '60',
  INBOX_IDLE_POLL_MINUTES: '360',
});

function inboxDue(polledMinutesAgo: number, c: { expecting?: boolean; push?: boolean; provider?: string }) {
  return duePolls(
    {
      id: 'c1',
      provider: c.provider ?? 'google',
      calendarPolledAt: new Date(now),
      inboxPolledAt: new Date(now - polledMinutesAgo * MIN),
      mailExpectedUntil: c.expecting ? new Date(now + 14 * 24 * 60 * MIN) : new Date(now - MIN),
      mailPushUntil: c.push ? new Date(now + 6 * 24 * 60 * MIN) : null,
      channelExpiresAt: null,
    },
    now,
    config,
  ).inbox;
}

describe('inbox polls', () => {
  it('reads an inbox that expects mail every minute when no push watch is live', () => {
    expect(inboxDue(1, { expecting: true })).toBe(true);
    expect(inboxDue(0.5, { expecting: true })).toBe(false);
  });

  it('reads an inbox that expects nothing only every INBOX_IDLE_POLL_MINUTES', () => {
    expect(inboxDue(59, {})).toBe(false);
    expect(inboxDue(359, {})).toBe(false);
    expect(inboxDue(360, {})).toBe(true);
  });

  it('with a live push watch, polls only as the safety net, even while mail is expected', () => {
    expect(inboxDue(30, { expecting: true, push: true })).toBe(false);
    expect(inboxDue(360, { expecting: true, push: true })).toBe(true);
  });

  it('reads a lapsed watch as no watch', () => {
    const due = duePolls(
      {
        id: 'c1',
        provider: 'google',
        calendarPolledAt: new Date(now),
        inboxPolledAt: new Date(now - 2 * MIN),
        mailExpectedUntil: new Date(now + MIN),
        mailPushUntil: new Date(now - MIN),
        channelExpiresAt: null,
      },
      now,
      config,
    );
    expect(due.inbox).toBe(true);
  });

  it('keeps a local folder on LOCAL_POLL_SECONDS whatever is expected', () => {
    expect(inboxDue(1, { provider: 'local' })).toBe(true);
  });
});
