/**
 * The meeting's day (decision of 2026-12-07, intent corpus README): a yes naming another
 * weekday or date than the meeting's is not a confirm — a `reschedule` when it proposes that
 * day, `unclear` when it only restates it wrong; a yes naming the right day stays.
 */
import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../../src/replies/classify-intent.js';
import { normalizeForMatching } from '../../../src/replies/match-phrases.js';
import { findDayMentions } from '../../../src/replies/meeting-day.js';

// Tuesday, September 15, 2026, 09:00 in Berlin: 07:00 UTC.
const meeting = { start: new Date('2026-09-15T07:00:00Z'), timeZone: 'Europe/Berlin' };
const read = (text: string) => classifyIntent(text, { meeting });

describe('the meeting day', () => {
  it.each([
    'Confirmed for Tuesday.',
    'See you on the 15th.',
    'Passt, bis Dienstagvormittag.',
    'Ça me va, à mardi 15 septembre.',
    'Perfecto, nos vemos el 15 de septiembre.',
    'Combinado, até terça-feira.',
    'Akkoord, tot dinsdag.',
    'Confirmed for 9/15.',
    'Bestätigt für den 15.9.',
    'Sounds good, see you then.',
  ])('keeps a yes on the meeting day (or none named): %s', (text) => {
    expect(read(text).intent).toBe('confirm');
  });

  it.each([
    ['Confirmed for Wednesday.', 'wednesday'],
    ['See you on the 16th.', '16th'],
    ['Passt, bis Mittwoch.', 'mittwoch'],
    ['Ça me va pour le 16, merci.', 'le 16'],
    ['Perfecto, nos vemos el 16 de septiembre.', '16 de septiembre'],
    ['Combinado, até quinta.', 'até quinta'],
    ['Akkoord, tot woensdag.', 'woensdag'],
  ])('leaves a yes naming another day unclear: %s', (text, named) => {
    const result = read(text);
    expect(result.intent).toBe('unclear');
    expect(result.evidence).toContain(`names "${named}" and the meeting is on Tuesday, September 15`);
  });

  it('reads another day as the subject of the yes as a proposal: a reschedule', () => {
    expect(read('Wednesday works for me.').intent).toBe('reschedule');
    expect(read('Mittwoch passt uns gut.').intent).toBe('reschedule');
    expect(read('Wednesday works for us, agenda looks good.').evidence).toContain('proposes "wednesday"');
  });

  it('reads the meeting day in its own zone', () => {
    // 23:30 on Monday in New York is already Tuesday in Berlin.
    const late = { start: new Date('2026-09-15T03:30:00Z'), timeZone: 'America/New_York' };
    expect(classifyIntent('Confirmed for Monday.', { meeting: late }).intent).toBe('confirm');
    expect(classifyIntent('Confirmed for Tuesday.', { meeting: late }).intent).toBe('unclear');
  });

  it('reads "tomorrow" and "today" from the day the reply was written', () => {
    const on = (text: string, repliedAt?: string) =>
      classifyIntent(text, { meeting, ...(repliedAt ? { repliedAt: new Date(repliedAt) } : {}) }).intent;
    expect(on('Great, see you tomorrow.', '2026-09-14T16:00:00Z')).toBe('confirm');
    expect(on('Great, see you tomorrow.', '2026-09-10T16:00:00Z')).toBe('unclear');
    expect(on('Confirmed, see you tomorrow at 9.', '2026-09-14T21:30:00Z')).toBe('confirm');
    expect(on('Perfecto, nos vemos mañana.', '2026-09-11T09:00:00Z')).toBe('unclear');
    // Without the reply's date, "tomorrow" is not known to differ; "Guten Morgen" is no day.
    expect(on('Great, see you tomorrow.')).toBe('confirm');
    expect(on('Guten Morgen Frau Reyes, passt.', '2026-09-10T16:00:00Z')).toBe('confirm');
  });

  it('changes nothing without a meeting', () => {
    expect(classifyIntent('Confirmed for Wednesday.').intent).toBe('confirm');
  });

  it('does not read clock times, shares or ordinal words as days', () => {
    const days = (text: string) => findDayMentions([normalizeForMatching(text)]).map((m) => m.text);
    expect(days('Um 10.30 Uhr, am 16 Uhr, le 16h, 25% off, uma segunda reunião')).toEqual([]);
    expect(days('na segunda, el 3 de marzo, 3/4, 2026-03-04')).toEqual([
      'na segunda',
      '3 de marzo',
      '3/4',
      '2026-03-04',
    ]);
  });
});
