/** The recap page's "By when" field: read like a "By:" line, said back in words, never guessed. */
import { describe, expect, it } from 'vitest';
import { dueFieldText, readDueField } from '../../../src/http/due-field.js';

const ZONE = 'America/New_York';
// Wednesday, December 9, 2026, 12:45 in New York.
const NOW = new Date('2026-12-09T17:45:00Z');

describe('readDueField', () => {
  it.each([
    ['next Friday', '2026-12-18T22:00:00.000Z', 'Friday, December 18'],
    ['Friday', '2026-12-11T22:00:00.000Z', 'Friday, December 11'],
    ['in 3 days', '2026-12-12T22:00:00.000Z', 'Saturday, December 12'],
    ['2026-12-11', '2026-12-11T22:00:00.000Z', 'Friday, December 11'],
    ['nächsten Freitag', '2026-12-18T22:00:00.000Z', 'Friday, December 18'],
    ['2027-01-08', '2027-01-08T22:00:00.000Z', 'Friday, January 8, 2027'],
  ])('reads "%s" in the rep’s zone', (typed, iso, words) => {
    expect(readDueField(typed, NOW, ZONE)).toEqual({ due: new Date(iso), words });
  });

  it('reads an empty field as no date', () => {
    expect(readDueField('  ', NOW, ZONE)).toEqual({ due: null, words: 'no date' });
  });

  it('says what it could not read instead of guessing', () => {
    const read = readDueField('Monday or Tuesday', NOW, ZONE);
    expect(read).toEqual({ error: expect.stringContaining('Could not read “Monday or Tuesday” as a date') });
  });
});

describe('dueFieldText', () => {
  it('writes a stored date so that it reads back the same', () => {
    const due = new Date('2026-12-11T22:00:00Z');
    expect(dueFieldText(due, ZONE)).toBe('2026-12-11');
    expect(readDueField(dueFieldText(due, ZONE), NOW, ZONE)).toMatchObject({ due });
    const afternoon = new Date('2026-12-11T19:00:00Z');
    expect(dueFieldText(afternoon, ZONE)).toBe('2026-12-11 14:00');
    expect(readDueField(dueFieldText(afternoon, ZONE), NOW, ZONE)).toMatchObject({ due: afternoon });
    expect(dueFieldText(null, ZONE)).toBe('');
  });
});
