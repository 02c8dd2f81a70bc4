/** The "What changed" lines of a revised agenda or recap. */
import { describe, expect, it } from 'vitest';
import { pointChanges, recapChanges } from '../../../src/compose/revision-changes.js';

const point = {
  purpose: 'to understand where route planning breaks down',
  agenda: ['How planning works today', 'What you have tried'],
  outcome: 'a shared list of your top problems',
};

describe('pointChanges', () => {
  it('names added and removed agenda items, and a new purpose or outcome', () => {
    expect(pointChanges(point, { ...point, agenda: [...point.agenda, 'Pricing'] })).toEqual([
      "Added to what we'll cover: Pricing",
    ]);
    expect(pointChanges(point, { ...point, agenda: ['How planning works today'] })).toEqual([
      'Taken off the agenda: What you have tried',
    ]);
    expect(
      pointChanges(point, {
        purpose: 'to agree a pilot',
        agenda: point.agenda,
        outcome: 'a yes or no on a pilot',
      }),
    ).toEqual(["Why we're meeting, now: to agree a pilot", 'A good outcome, now: a yes or no on a pilot']);
  });

  it('says when only the order changed, and nothing when only spacing or case did', () => {
    expect(pointChanges(point, { ...point, agenda: [...point.agenda].reverse() })).toEqual([
      "What we'll cover is in a new order",
    ]);
    expect(
      pointChanges(point, {
        ...point,
        purpose: ` ${point.purpose}  `,
        agenda: ['how planning works today', 'What you have tried'],
      }),
    ).toEqual([]);
  });
});

describe('recapChanges', () => {
  const recap = { agreed: 'six hours a week lost', nextStep: 'a deep-dive with Sam', owner: 'rep' as const };
  it('names the next step, its owner and its date in the meeting’s zone', () => {
    const due = new Date('2026-12-11T22:00:00Z');
    expect(
      recapChanges(
        recap,
        { ...recap, nextStep: 'a deep-dive with Lee', owner: 'both', due },
        'America/New_York',
        new Date('2026-12-09T15:00:00Z'),
      ),
    ).toEqual([
      'The next step, now: a deep-dive with Lee',
      'Who takes the next step: both of us',
      'By when: Friday, December 11',
    ]);
    expect(recapChanges({ ...recap, due }, recap, 'UTC', due)).toEqual(['The next step has no date now']);
    expect(recapChanges(recap, recap, 'UTC', due)).toEqual([]);
  });
});
