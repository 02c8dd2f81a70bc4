import { describe, expect, it } from 'vitest';
import {
  agoWords,
  cursorAgeWords,
  durationWords,
  progressBar,
  progressLine,
  progressShare,
  type SyncProgress,
} from '../../../src/domain/sync-progress.js';

const NOW = new Date('2026-12-07T15:00:00Z');
const msBefore = (ms: number) => new Date(NOW.getTime() - ms);
const progress = (over: Partial<SyncProgress>): SyncProgress => ({
  eventsListed: 400,
  eventsRead: 0,
  meetingsFound: 0,
  finished: false,
  ...over,
});

describe('durations in words', () => {
  it('says a span in its largest whole unit, singular for one', () => {
    expect(durationWords(59_999)).toBe('less than a minute');
    expect(durationWords(60_000)).toBe('1 minute');
    expect(durationWords(59 * 60_000 + 59_000)).toBe('59 minutes');
    expect(durationWords(3_600_000)).toBe('1 hour');
    expect(durationWords(26 * 3_600_000)).toBe('1 day');
    expect(durationWords(9 * 86_400_000)).toBe('9 days');
    expect(durationWords(-5_000)).toBe('less than a minute');
  });

  it('says how long ago, and a time ahead of the clock as just now', () => {
    expect(agoWords(msBefore(5 * 60_000), NOW)).toBe('5 minutes ago');
    expect(agoWords(msBefore(30_000), NOW)).toBe('just now');
    expect(agoWords(new Date(NOW.getTime() + 600_000), NOW)).toBe('just now');
  });

  it('gives the cursor age since it last advanced, or says there is none', () => {
    expect(cursorAgeWords(msBefore(2 * 3_600_000 + 60_000), NOW)).toBe('2 hours');
    expect(cursorAgeWords(null, NOW)).toBe('no cursor yet');
  });
});

describe('first sync progress', () => {
  it('says events read of listed and prospect meetings found', () => {
    expect(progressLine(progress({ eventsRead: 120, meetingsFound: 7 }))).toBe(
      '120 of 400 events read, 7 prospect meetings found',
    );
    expect(progressLine(progress({ eventsListed: 1, eventsRead: 1, meetingsFound: 1 }))).toBe(
      '1 of 1 event read, 1 prospect meeting found',
    );
  });

  it('says when it is still listing, or stopped while listing', () => {
    expect(progressLine(progress({ eventsListed: null }))).toBe('listing events…');
    expect(progressLine(progress({ eventsListed: null, finished: true }))).toBe(
      'stopped while listing events, 0 prospect meetings found',
    );
  });

  it('draws a bar of the share read, full for an empty calendar', () => {
    expect(progressBar(progress({ eventsRead: 100 }), 8)).toBe('[##------]  25%');
    expect(progressBar(progress({ eventsRead: 0 }), 4)).toBe('[----]   0%');
    expect(progressBar(progress({ eventsRead: 400 }), 4)).toBe('[####] 100%');
    expect(progressBar(progress({ eventsListed: 0 }), 4)).toBe('[####] 100%');
    expect(progressBar(progress({ eventsListed: null }), 4)).toBe('[----]   0%');
    expect(progressShare(progress({ eventsRead: 999 }))).toBe(1);
  });
});
