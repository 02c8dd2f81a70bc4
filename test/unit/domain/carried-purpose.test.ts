/** The next step agreed last time, worded as the purpose of the next meeting. */
import { describe, expect, it } from 'vitest';
import { purposeFromNextStep } from '../../../src/domain/carried-purpose.js';
import type { CarriedNextStep } from '../../../src/domain/types.js';

const step = (what: string, owner: CarriedNextStep['owner'] = 'rep'): CarriedNextStep => ({
  what,
  owner,
  due: new Date('2026-03-05T17:00:00Z'),
  meetingTitle: 'Contoso × Northwind — discovery call',
});
const purpose = (what: string, owner?: CarriedNextStep['owner']) => purposeFromNextStep(step(what, owner));

describe('purposeFromNextStep', () => {
  it.each([
    [
      'technical deep-dive with Sam (their ops lead) to check the Joliet data',
      'to follow up on what we agreed last time: technical deep-dive with Sam (their ops lead) to check the Joliet data',
    ],
    [
      'A technical deep-dive with Sam to check the Joliet data.',
      'to follow up on what we agreed last time: a technical deep-dive with Sam to check the Joliet data',
    ],
    [
      'SOC 2 questionnaire walkthrough',
      'to follow up on what we agreed last time: SOC 2 questionnaire walkthrough',
    ],
    [
      'review of the proposal with their CFO',
      'to follow up on what we agreed last time: review of the proposal with their CFO',
    ],
    [
      'call with Sam about the data export',
      'to follow up on what we agreed last time: call with Sam about the data export',
    ],
  ])('states a noun phrase after "what we agreed last time": %s', (what, expected) => {
    expect(purpose(what)).toBe(expected);
  });

  it.each([
    [
      'review the proposal with Priya and their CFO',
      'to review the proposal with Priya and their CFO, as we agreed last time',
    ],
    ['Walk Sam through the data model', 'to walk Sam through the data model, as we agreed last time'],
    ['to review the proposal together.', 'to review the proposal together, as we agreed last time'],
    ['To agree the pilot scope', 'to agree the pilot scope, as we agreed last time'],
  ])('keeps a step the meeting itself does as its purpose, with one "to": %s', (what, expected) => {
    expect(purpose(what)).toBe(expected);
  });

  it('follows up on work one side does between the meetings, saying who', () => {
    expect(purpose('send a proposal')).toBe(
      'to follow up on what we agreed last time: I would send a proposal',
    );
    expect(purpose('Share the Joliet data export', 'prospect')).toBe(
      'to follow up on what we agreed last time: you would share the Joliet data export',
    );
    expect(purpose('to schedule a deep-dive with Sam', 'both')).toBe(
      'to follow up on what we agreed last time: we would schedule a deep-dive with Sam',
    );
  });

  it('keeps a step that already says who does it as written', () => {
    expect(purpose('Priya to share the budget')).toBe(
      'to follow up on what we agreed last time: Priya to share the budget',
    );
    expect(purpose("I'll send two time options for the deep-dive")).toBe(
      "to follow up on what we agreed last time: I'll send two time options for the deep-dive",
    );
  });

  it('never names the previous meeting, whose title is about the old stage', () => {
    expect(purpose('a demo for the ops team')).not.toContain('discovery');
  });

  it('tidies what the rep typed: spaces, a list marker, trailing punctuation', () => {
    expect(purpose('  - a technical   deep-dive\nwith Sam ;  ')).toBe(
      'to follow up on what we agreed last time: a technical deep-dive with Sam',
    );
    expect(purpose('a pricing review —')).toBe('to follow up on what we agreed last time: a pricing review');
    expect(purpose('review the proposal!')).toBe('to review the proposal, as we agreed last time');
  });

  it('says nothing for a step with nothing in it', () => {
    expect(purpose('')).toBeUndefined();
    expect(purpose(' . ')).toBeUndefined();
    expect(purpose('to ')).toBeUndefined();
  });

  it("words it in the email's language, the step as the rep wrote it", () => {
    const step = { what: 'Schichtdaten aus Joliet teilen.', owner: 'prospect' } as CarriedNextStep;
    expect(purposeFromNextStep(step, 'de')).toBe(
      'Wir knüpfen an das an, was wir zuletzt vereinbart haben: Schichtdaten aus Joliet teilen',
    );
    expect(purposeFromNextStep({ ...step, what: 'partager les données' }, 'fr')).toBe(
      'faire le point sur ce dont nous avons convenu la dernière fois : partager les données',
    );
    expect(purposeFromNextStep({ ...step, what: ' - ' }, 'nl')).toBeUndefined();
  });
});
