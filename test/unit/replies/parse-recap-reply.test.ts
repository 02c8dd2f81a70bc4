/** Reading the rep's reply to the recap prompt: labels, owners, dates, and what is not theirs. */
import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../../src/replies/parse-due-date.js';
import { parseOwner, parseRecapReply } from '../../../src/replies/parse-recap-reply.js';

// Tuesday, March 3, 2026, 11:00 AM in New York. US clocks go forward on Sunday, March 8.
const NOW = new Date('2026-03-03T16:00:00Z');
const NY = 'America/New_York';
const THU_5PM = new Date('2026-03-05T22:00:00Z');

describe('parseRecapReply', () => {
  it.each([
    [
      'the documented format',
      'Agreed: Joliet re-plans are the priority\nNext step: send two time options\nOwner: me\nBy: Thursday',
      {
        agreed: 'Joliet re-plans are the priority',
        nextStep: 'send two time options',
        owner: 'rep',
        due: THU_5PM,
      },
    ],
    [
      'other labels, any case',
      'AGREEMENT: pilot at Joliet\nnext: Priya sends the shift data\nwho: them\ndue: 3/5',
      { agreed: 'pilot at Joliet', nextStep: 'Priya sends the shift data', owner: 'prospect', due: THU_5PM },
    ],
    [
      'bullets and bold',
      '- **Agreed:** pilot at Joliet\n- **Next step:** kickoff call\n* Owner: both\n* By: March 5',
      { agreed: 'pilot at Joliet', nextStep: 'kickoff call', owner: 'both', due: THU_5PM },
    ],
    [
      'a value wrapped by the mail client',
      'Agreed: late re-plans on the Joliet site cost about six hours a week and\nfixing them is the priority\nNext step: deep-dive',
      {
        agreed:
          'late re-plans on the Joliet site cost about six hours a week and fixing them is the priority',
        nextStep: 'deep-dive',
      },
    ],
    [
      'a value on the line below its label, then a sign-off',
      'Agreed:\n  pilot at Joliet\n\nNext step: deep-dive\nThanks\nDana',
      { agreed: 'pilot at Joliet', nextStep: 'deep-dive' },
    ],
    [
      'quoted history with its own labels',
      'Next step: deep-dive with Sam\n\n> Agreed: what you and Priya settled\n> Owner: me, them or both (optional)\n> By: March 9',
      { nextStep: 'deep-dive with Sam' },
    ],
    [
      'an "On … wrote:" line before unquoted history',
      'Agreed: pilot\nBy: tomorrow\n\nOn Tue, Mar 3, 2026 at 10:31 AM agendum <a@x.example> wrote:\nOwner: me, them or both\nNext step: what happens next',
      { agreed: 'pilot', due: new Date('2026-03-04T22:00:00Z') },
    ],
    [
      'a Gmail attribution wrapped over two lines',
      'Next step: deep-dive\n\nOn Tue, Mar 3, 2026 at 10:31 AM Dana Whitfield <\ndemo.rep@northwind.example> wrote:\nAgreed: what you and Priya settled',
      { nextStep: 'deep-dive' },
    ],
    [
      "Outlook's header block instead of quotes",
      'Agreed: pilot\n\nFrom: agendum <a@x.example>\nSent: Tuesday, March 3, 2026 10:31 AM\nSubject: How did it go?\n\nOwner: me, them or both (optional)',
      { agreed: 'pilot' },
    ],
    [
      'a signature after "--"',
      'Next step: deep-dive\n--\nDana Whitfield\nAgreed: nothing here',
      { nextStep: 'deep-dive' },
    ],
    [
      '"next week" across the DST change',
      'Next step: x\nBy: next week',
      { nextStep: 'x', due: new Date('2026-03-09T21:00:00Z') },
    ],
    [
      'the same weekday as today',
      'Next step: x\nBy: Tuesday',
      { nextStep: 'x', due: new Date('2026-03-10T21:00:00Z') },
    ],
    [
      'a date with a time',
      'Next step: x\nBy: March 5 at 2pm',
      { nextStep: 'x', due: new Date('2026-03-05T19:00:00Z') },
    ],
    ['a day-month date', 'Next step: x\nDue: 5th of March', { nextStep: 'x', due: THU_5PM }],
    ['an ISO date', 'Next step: x\nBy: 2026-03-05', { nextStep: 'x', due: THU_5PM }],
    ['a date it cannot read', 'Next step: x\nBy: when Sam is back\nOwner: tbd', { nextStep: 'x' }],
    ['Windows line endings', 'Agreed: pilot\r\nOwner: I\r\n', { agreed: 'pilot', owner: 'rep' }],
  ])('reads %s', (_, text, expected) => {
    expect(parseRecapReply(text, NOW, NY)).toEqual(expected);
  });

  it.each([
    ['no labels at all', 'Went well, will fill this in later.'],
    ['only owner and date', 'Owner: me\nBy: Thursday'],
    ['labels only in the quoted prompt', 'ok\n\n> Agreed: what you settled\n> Next step: what happens next'],
    ['empty values', 'Agreed:\nNext step:   \n'],
    ['nothing', ''],
  ])('returns null for %s', (_, text) => {
    expect(parseRecapReply(text, NOW, NY)).toBeNull();
  });
});

describe('parseOwner', () => {
  it.each([
    ['me', 'rep'],
    ['Me (Dana)', 'rep'],
    ['I', 'rep'],
    ['us', 'rep'],
    ['the rep', 'rep'],
    ['them', 'prospect'],
    ['They', 'prospect'],
    ['prospect', 'prospect'],
    ['Priya', 'prospect'],
    ['Priya and Sam', 'prospect'],
    ['both', 'both'],
    ['we', 'both'],
    ['me and Priya', 'both'],
    ['Priya & me', 'both'],
    ['tbd', undefined],
    ['you', undefined],
    ['42', undefined],
  ] as const)('%s → %s', (value, owner) => {
    expect(parseOwner(value)).toBe(owner);
  });
});

describe('parseDueDate', () => {
  it.each([
    ['Thursday', '2026-03-05T22:00:00Z'],
    ['thu', '2026-03-05T22:00:00Z'],
    // "next Thursday" is Thursday of the following week (it used to read as this week's, like "Thursday").
    ['next Thursday', '2026-03-12T21:00:00Z'],
    ['tomorrow', '2026-03-04T22:00:00Z'],
    ['today 3pm', '2026-03-03T20:00:00Z'],
    ['end of week', '2026-03-06T22:00:00Z'],
    ['end of next week', '2026-03-13T21:00:00Z'],
    ['in 2 weeks', '2026-03-17T21:00:00Z'],
    ['Mar 5th', '2026-03-05T22:00:00Z'],
    ['March 5, 2027', '2027-03-05T22:00:00Z'],
    ['3/5', '2026-03-05T22:00:00Z'],
    ['3/5/27 14:30', '2027-03-05T19:30:00Z'],
    ['2026-03-05T09:00', '2026-03-05T14:00:00Z'],
    // Two months ago means next year; yesterday stays yesterday (overdue, not a year away).
    ['January 10', '2027-01-10T22:00:00Z'],
    ['March 2', '2026-03-02T22:00:00Z'],
  ])('%s → %s', (value, iso) => {
    expect(parseDueDate(value, NOW, NY)?.toISOString()).toBe(new Date(iso).toISOString());
  });

  it('reads in the given zone', () => {
    // 11:00 PM Tuesday in New York is already Wednesday in Berlin: "tomorrow" is Thursday there.
    const late = new Date('2026-03-04T04:00:00Z');
    expect(parseDueDate('tomorrow', late, NY)?.toISOString()).toBe('2026-03-04T22:00:00.000Z');
    expect(parseDueDate('tomorrow', late, 'Europe/Berlin')?.toISOString()).toBe('2026-03-05T16:00:00.000Z');
  });

  it.each(['soon', 'when Sam is back', '2/30', '13/45', ''])('reads no date in "%s"', (value) => {
    expect(parseDueDate(value, NOW, NY)).toBeUndefined();
  });
});
