/** Where each part of a meeting's point comes from: the event, the previous next step, the playbook. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/domain/playbook.js';
import { resolvePoint } from '../../../src/domain/resolve-point.js';
import type { CarriedNextStep } from '../../../src/domain/types.js';
import { loadRealPlaybook } from '../../helpers/real-playbook.js';

let playbook: Playbook;
beforeAll(async () => {
  playbook = await loadRealPlaybook();
});

const carried: CarriedNextStep = {
  what: 'a technical deep-dive with Sam to check the Joliet data.',
  owner: 'rep',
  due: new Date('2026-03-05T17:00:00Z'),
  meetingTitle: 'Acme Robotics × Northwind — discovery call',
};

describe('resolvePoint', () => {
  it('uses the stage playbook when nothing else says anything', () => {
    const { stage, point } = resolvePoint({
      event: { title: 'Acme product demo', description: '' },
      playbook,
    });
    expect(stage).toBe('demo');
    expect(point).toEqual({
      purpose: playbook.stages.demo.purpose,
      agenda: playbook.stages.demo.agenda,
      outcome: playbook.stages.demo.outcome,
      source: { purpose: 'playbook', agenda: 'playbook', outcome: 'playbook', stage: 'title' },
    });
  });

  it('turns the carried next step into the purpose, without the previous meeting’s title', () => {
    const { point } = resolvePoint({
      event: { title: 'Acme × Northwind', description: '' },
      playbook,
      carried,
    });
    expect(point.purpose).toBe(
      'to follow up on what we agreed last time: a technical deep-dive with Sam to check the Joliet data',
    );
    expect(point.source).toEqual({
      purpose: 'previous_recap',
      agenda: 'playbook',
      outcome: 'playbook',
      stage: 'previous_recap',
    });
  });

  it('takes the stage, and so the agenda and outcome, from the carried next step', () => {
    const { stage, point } = resolvePoint({
      event: { title: 'Acme × Northwind', description: '' },
      playbook,
      carried,
    });
    expect(stage).toBe('technical');
    expect(point.agenda).toEqual(playbook.stages.technical.agenda);
    expect(point.outcome).toBe(playbook.stages.technical.outcome);
  });

  it('keeps the stage the event names over the one the next step names', () => {
    const event = { title: 'Acme × Northwind', description: 'We will go through the proposal.' };
    const { stage, point } = resolvePoint({ event, playbook, carried });
    expect(stage).toBe('proposal');
    expect(point.outcome).toBe(playbook.stages.proposal.outcome);
    expect(point.source.stage).toBe('description');
  });

  it('lets an explicit purpose in the description beat the carried next step', () => {
    const event = { title: 'Technical deep-dive', description: 'Purpose: check the Joliet data export' };
    const { stage, point } = resolvePoint({ event, playbook, carried });
    expect(stage).toBe('technical');
    expect(point.purpose).toBe('check the Joliet data export');
    expect(point.source.purpose).toBe('event');
  });

  it('resolves each part on its own: event agenda, carried purpose, playbook outcome', () => {
    const event = { title: 'Acme pricing', description: 'Agenda: scope; price; decision process' };
    const { stage, point } = resolvePoint({ event, playbook, carried });
    expect(stage).toBe('proposal');
    expect(point.agenda).toEqual(['scope', 'price', 'decision process']);
    expect(point.outcome).toBe(playbook.stages.proposal.outcome);
    expect(point.source).toEqual({
      purpose: 'previous_recap',
      agenda: 'event',
      outcome: 'playbook',
      stage: 'title',
    });
  });

  it('takes the outcome from a Goal: line', () => {
    const event = { title: 'Acme', description: 'Goal: a signed order form' };
    const { point } = resolvePoint({ event, playbook, carried: null });
    expect(point.outcome).toBe('a signed order form');
    expect(point.source.outcome).toBe('event');
  });

  it('ignores a carried next step with nothing in it', () => {
    const { point } = resolvePoint({
      event: { title: 'Acme demo', description: '' },
      playbook,
      carried: { ...carried, what: '  ' },
    });
    expect(point.source.purpose).toBe('playbook');
  });

  it('does not share the playbook’s agenda list with the meeting', () => {
    const { point } = resolvePoint({ event: { title: 'Acme demo', description: '' }, playbook });
    point.agenda.push('edited');
    expect(playbook.stages.demo.agenda).not.toContain('edited');
  });
});
