/**
 * The recap's next step as one sentence, for every owner and every way a rep words it: the
 * owner is said once, in person ("I", "you", "we"), and a step that already names who does
 * it is not given a second owner.
 */
import { describe, expect, it } from 'vitest';
import { type NextStepOwner, nextStepLine } from '../../../src/compose/next-step-line.js';
import { readWording } from '../../../src/compose/next-step-wording.js';

const ZONE = 'America/New_York';
const MEETING = new Date('2026-03-03T15:00:00Z');
const THURSDAY = new Date('2026-03-05T22:00:00Z');
// The recap is Dana's email to Priya.
const PEOPLE = { rep: 'Dana', prospects: ['Priya'] };
const line = (what: string, owner: NextStepOwner, due: Date | null = THURSDAY) =>
  nextStepLine({ what, owner, due: due ?? undefined }, ZONE, MEETING, PEOPLE);

describe('nextStepLine: owner × wording', () => {
  it.each([
    // Verb first ("send …"), the owner becomes its subject: pinned for each owner in
    // test/integration/compose-recap.test.ts. "to …" reads the same, without the "to".
    ['to send two time options', 'rep', "I'll send two time options by Thursday, March 5."],
    [
      'To share the Joliet shift data',
      'prospect',
      "you'll share the Joliet shift data by Thursday, March 5.",
    ],
    ['to review the pilot plan', 'both', "we'll both review the pilot plan by Thursday, March 5."],
    // A noun phrase: what, then who takes care of it.
    ['a call with your CFO', 'rep', "a call with your CFO — I'll take care of it by Thursday, March 5."],
    [
      'a pilot on the Joliet site',
      'prospect',
      "a pilot on the Joliet site — you'll take care of it by Thursday, March 5.",
    ],
    [
      'a technical deep-dive with Sam',
      'both',
      "a technical deep-dive with Sam — we'll take care of it together by Thursday, March 5.",
    ],
  ] as const)('"%s" owned by %s', (what, owner, expected) => {
    expect(line(what, owner)).toBe(expected);
  });

  describe('a step that already names who does it keeps its subject, for every owner', () => {
    it.each([
      ['Priya sends us a sample of the route data', "you'll send us a sample of the route data"],
      ['Priya will loop in Sam', "you'll loop in Sam"],
      ['Priya to confirm the budget', "you'll confirm the budget"],
      ['Priya can share the data', 'you can share the data'],
      ['Dana sends the revised proposal', "I'll send the revised proposal"],
      ['Dana to book the room', "I'll book the room"],
      ['Sam to check the Joliet data', 'Sam will check the Joliet data'],
      ['Sam sends the shift data', 'Sam sends the shift data'],
      ['Sam (their ops lead) checks the data', 'Sam (their ops lead) checks the data'],
      ['Priya and Sam review the pilot plan', 'Priya and Sam review the pilot plan'],
      ["Priya's team sends the data", "Priya's team sends the data"],
      ['Your CFO to approve the budget', 'Your CFO will approve the budget'],
      ['Legal to review the MSA', 'Legal will review the MSA'],
      ['Priya pings legal', 'Priya pings legal'],
      ["Let's book the deep-dive", "Let's book the deep-dive"],
    ])('"%s"', (what, said) => {
      for (const owner of ['rep', 'prospect', 'both'] as const) {
        const result = line(what, owner);
        expect(result).toBe(`${said} by Thursday, March 5.`);
        expect(result).not.toMatch(/take (care of it|that on)/);
      }
    });
  });

  it('names the one prospect only when the recap goes to several', () => {
    const toBoth = { rep: 'Dana', prospects: ['Priya', 'Sam'] };
    expect(nextStepLine({ what: 'Priya sends us a sample', owner: 'prospect' }, ZONE, MEETING, toBoth)).toBe(
      'Priya sends us a sample.',
    );
  });

  it('leaves the date out when there is none, and is empty for an empty step', () => {
    expect(line('a pilot on the Joliet site', 'rep', null)).toBe(
      "a pilot on the Joliet site — I'll take care of it.",
    );
    expect(line('to send the SOW.', 'rep', null)).toBe("I'll send the SOW.");
    expect(line('  ', 'rep')).toBe('');
  });
});

describe('readWording', () => {
  it.each([
    ['send the SOW', 'verb'],
    ['to send the SOW', 'verb'],
    ['to the CFO for sign-off', 'noun'],
    ['Demo to their ops team', 'verb'],
    ['Intro to their CFO', 'noun'],
    ['SOW draft for review', 'noun'],
    ['A pilot on the Joliet site', 'noun'],
    ['Sam to send the data', 'says_who'],
    ['We meet again next week', 'says_who'],
  ] as const)('"%s" is %s', (what, kind) => {
    expect(readWording(what).kind).toBe(kind);
  });
});
