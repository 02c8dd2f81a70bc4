/**
 * The meeting's start time (issue 12, intent): a yes naming another clock time than the
 * meeting's start in its zone is not a confirm — a `reschedule` when it proposes that time,
 * `unclear` when it only restates it; a yes naming the start stays.
 */
import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../../src/replies/classify-intent.js';
import { normalizeForMatching } from '../../../src/replies/match-phrases.js';
import { findTimeMentions } from '../../../src/replies/meeting-time.js';

// Tuesday, September 15, 2026, 10:00 in Berlin: 08:00 UTC.
const meeting = { start: new Date('2026-09-15T08:00:00Z'), timeZone: 'Europe/Berlin' };
const read = (text: string) => classifyIntent(text, { meeting });

describe('the meeting time', () => {
  it.each([
    'Confirmed, see you at 10.',
    'Confirmed for 10am.',
    'Bestätigt für 10 Uhr.',
    'Ça me va, à 10h.',
    'Perfecto, nos vemos a las 10:00.',
    'Confirmado, às 10h.',
    'Bevestigd, om 10.00 uur.',
  ])('keeps a yes at the meeting start (or none named): %s', (text) => {
    expect(read(text).intent).toBe('confirm');
  });

  it.each([
    ['Confirmed for 2pm.', '2pm'],
    ['Bestätigt für 14 Uhr.', '14 uhr'],
    ['Ça me va, à 14h30.', 'à 14h30'],
    ['Perfecto, nos vemos a las 14:00.', 'a las 14:00'],
    ['Confirmado, às 14h.', 'às 14h'],
    ['Bevestigd, om 14.00 uur.', 'om 14.00 uur'],
  ])('leaves a yes restating another time unclear: %s', (text, named) => {
    const result = read(text);
    expect(result.intent).toBe('unclear');
    expect(result.evidence).toContain(`names "${named}" and the meeting starts at 10:00`);
  });

  it('reads another time proposed as a reschedule', () => {
    expect(read('2pm works better for us.').intent).toBe('reschedule');
    expect(read('Sounds good, 11:30 would be better.').intent).toBe('reschedule');
  });

  it('reads a range as matching when it holds the start', () => {
    const spans = (text: string) => findTimeMentions([normalizeForMatching(text)]).map((m) => m.spans);
    // 10:00 is 600 minutes after midnight; "10" alone may be 10:00 or 22:00.
    expect(spans('10-10:45')).toEqual([
      [
        [600, 645],
        [1320, 1365],
      ],
    ]);
    expect(spans('2-3pm')).toEqual([[[840, 900]]]);
  });

  it('reads the start in the meeting zone', () => {
    const ny = { start: new Date('2026-09-15T14:00:00Z'), timeZone: 'America/New_York' };
    expect(classifyIntent('Confirmed for 10am.', { meeting: ny }).intent).toBe('confirm');
    expect(classifyIntent('Confirmed for 2pm.', { meeting: ny }).intent).toBe('unclear');
  });

  it('does not read durations, dates or counts as times', () => {
    const times = (text: string) => findTimeMentions([normalizeForMatching(text)]).map((m) => m.text);
    expect(times('a 1h call, 30 minutes, 2 uur, am 16.03., at 10 people, 25%, 2026-03-04')).toEqual([]);
    expect(times('at 2, 14h30, 9 bis 10 uhr, om 14.00, 3 p.m.')).toEqual([
      'at 2',
      '14h30',
      '9 bis 10 uhr',
      'om 14.00',
      '3 p.m.',
    ]);
  });
});
