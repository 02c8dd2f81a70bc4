/** When a connection's last calendar sync counts as stale: pure, from the config. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { maxSyncAgeMs, syncIntervalMs } from '../../../src/workflows/connections/check-readiness.js';

const config = loadConfig({
  DATA_DIR: '/tmp/agendum-unit',
  AGENDUM_DEMO: 'false',
  CALENDAR_POLL_SECONDS: '120',
  LOCAL_POLL_SECONDS: '5',
  CALENDAR_SAFETY_SYNC_MINUTES: '60',
});
const now = new Date('2026-03-02T12:00:00Z');
const later = new Date('2026-03-03T12:00:00Z');
const earlier = new Date('2026-03-01T12:00:00Z');

describe('syncIntervalMs', () => {
  it('is the local poll for the local folder', () => {
    expect(syncIntervalMs(config, { provider: 'local', channelExpiresAt: null }, now)).toBe(5_000);
  });

  it('is the calendar poll for a provider without a live push channel', () => {
    expect(syncIntervalMs(config, { provider: 'google', channelExpiresAt: null }, now)).toBe(120_000);
    expect(syncIntervalMs(config, { provider: 'microsoft', channelExpiresAt: earlier }, now)).toBe(120_000);
  });

  it('is the safety sync (plus one poll) while a push channel is live', () => {
    expect(syncIntervalMs(config, { provider: 'google', channelExpiresAt: later }, now)).toBe(
      60 * 60_000 + 120_000,
    );
  });
});

describe('maxSyncAgeMs', () => {
  it('allows three intervals and five minutes', () => {
    expect(maxSyncAgeMs(config, { provider: 'local', channelExpiresAt: null }, now)).toBe(315_000);
    expect(maxSyncAgeMs(config, { provider: 'google', channelExpiresAt: null }, now)).toBe(660_000);
  });
});
