/** Which playbook stage a meeting is, from the words reps put in titles and descriptions. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/domain/playbook.js';
import { resolveStage } from '../../../src/domain/resolve-stage.js';
import { loadRealPlaybook } from '../../helpers/real-playbook.js';

let playbook: Playbook;
beforeAll(async () => {
  playbook = await loadRealPlaybook();
});

const stageOf = (title: string, description = '') => resolveStage({ title, description }, playbook);

describe('resolveStage', () => {
  it.each([
    ['Acme Robotics × Northwind — discovery call', 'discovery'],
    ['Intro: Acme <> Northwind', 'discovery'],
    ['Product demo for the ops team', 'demo'],
    ['Technical deep-dive: Joliet data', 'technical'],
    ['Deep Dive on routing', 'technical'],
    ['Security review with Acme IT', 'technical'],
    ['PoC scoping', 'technical'],
    ['Pricing and quote review', 'proposal'],
    ['Contract redlines', 'negotiation'],
    ['Kick-off: Acme rollout', 'kickoff'],
    ['Acme onboarding', 'kickoff'],
    ['Weekly sync — Acme', 'check-in'],
    ['Q3 QBR', 'check-in'],
    ['Acme check-in', 'check-in'],
  ])('reads "%s" as %s, from the title', (title, stage) => {
    expect(stageOf(title)).toEqual({ stage, source: 'title' });
  });

  it('matches whole words only', () => {
    expect(stageOf('Demolition schedule review').source).toBe('default');
    expect(stageOf('Synchronize calendars').source).toBe('default');
  });

  it('lets the longest matching keyword win when several stages match', () => {
    expect(stageOf('Demo and pricing').stage).toBe('proposal');
    expect(stageOf('Security review sync').stage).toBe('technical');
    expect(stageOf('Intro to the proposal').stage).toBe('proposal');
  });

  it('prefers the title over the description', () => {
    expect(stageOf('Acme demo', 'We will also cover pricing and the contract terms.')).toEqual({
      stage: 'demo',
      source: 'title',
    });
  });

  it('falls back to the description when the title says nothing', () => {
    expect(stageOf('Acme × Northwind', 'Follow-up: <b>technical</b> questions from IT<br>')).toEqual({
      stage: 'technical',
      source: 'description',
    });
  });

  it('ignores words inside links in the description', () => {
    const zoom = 'Join Zoom Meeting https://zoom.us/j/123?pwd=demo-sync&topic=contract';
    expect(stageOf('Acme × Northwind', zoom)).toEqual({ stage: 'discovery', source: 'default' });
  });

  it('uses the default stage when nothing matches', () => {
    expect(stageOf('Acme × Northwind', '')).toEqual({ stage: 'discovery', source: 'default' });
    expect(
      resolveStage({ title: 'Acme', description: '' }, { ...playbook, defaultStage: 'check-in' }),
    ).toEqual({
      stage: 'check-in',
      source: 'default',
    });
  });

  describe('from the next step carried from the previous meeting', () => {
    const fromNextStep = (nextStep: string, title = 'Acme Robotics / Northwind', description = '') =>
      resolveStage({ title, description }, playbook, nextStep);

    it.each([
      ['technical deep-dive with Sam (their ops lead) to check the Joliet data', 'technical'],
      ['a deep dive on the routing engine with their IT team', 'technical'],
      ['send two time options for a deep-dive with Sam', 'technical'],
      ['Security review with Acme IT before the pilot', 'technical'],
      ['send a proposal', 'proposal'],
      ['review the proposal with Priya and their CFO', 'proposal'],
      ['Priya to share the budget so we can prepare a quote', 'proposal'],
      ['demo for the ops team', 'demo'],
      ['to book a product tour for the Joliet planners', 'demo'],
      ['go through the contract redlines with their legal team', 'negotiation'],
      ['kick-off with the Joliet site leads', 'kickoff'],
    ])('reads "%s" as %s', (nextStep, stage) => {
      expect(fromNextStep(nextStep)).toEqual({ stage, source: 'previous_recap' });
    });

    it('matches the next step the way it matches titles: whole words, longest keyword', () => {
      expect(fromNextStep('demolition plan for the old depot').source).toBe('default');
      expect(fromNextStep('a short demo, then the security review').stage).toBe('technical');
    });

    it('lets the meeting’s own title and description win over the next step', () => {
      expect(fromNextStep('send a proposal', 'Acme demo')).toEqual({ stage: 'demo', source: 'title' });
      expect(fromNextStep('send a proposal', 'Acme', 'Agenda: security review')).toEqual({
        stage: 'technical',
        source: 'description',
      });
    });

    it('falls back to the default stage when the next step names none', () => {
      expect(fromNextStep('Priya checks the budget with her manager')).toEqual({
        stage: 'discovery',
        source: 'default',
      });
      expect(fromNextStep('')).toEqual({ stage: 'discovery', source: 'default' });
    });
  });
});
