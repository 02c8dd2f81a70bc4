/** The point, written to the prospect, retold to the rep about the prospect. */
import { describe, expect, it } from 'vitest';
import { toRepVoice } from '../../../src/compose/rep-voice.js';
import { STAGES } from '../../../src/domain/types.js';
import { loadRealPlaybook } from '../../helpers/real-playbook.js';

describe('toRepVoice', () => {
  it.each([
    [
      'a shared list of your top problems, and a yes or no on a next step with the people who own them',
      'a shared list of their top problems, and a yes or no on a next step with the people who own them',
    ],
    [
      'to understand the problem you want to solve, what it costs you today',
      'to understand the problem they want to solve, what it costs them today',
    ],
    ['what a good result would look like for your team', 'what a good result would look like for their team'],
    ['so you can judge the fit for yourself', 'so they can judge the fit for themselves'],
    ['the call is yours to lead', 'the call is theirs to lead'],
    ["you're the owner and you'll decide", "they're the owner and they'll decide"],
    [
      'to walk through our proposal against the goals we agreed',
      'to walk through your proposal against the goals you agreed',
    ],
    [
      'I am sure I can show you how, and my team will help',
      'You are sure you can show them how, and your team will help',
    ],
    ['Your team and ours', 'Their team and yours'],
    ['You’ll see; we’ll help', 'They’ll see; you’ll help'],
  ])('%s', (toProspect, toRep) => {
    expect(toRepVoice(toProspect)).toBe(toRep);
  });

  it('leaves words that are not pronouns alone', () => {
    expect(toRepVoice('US rollout for Acme: youth programme, ourselvesless')).toBe(
      'US rollout for Acme: youth programme, ourselvesless',
    );
    expect(toRepVoice('')).toBe('');
  });

  it('turns every purpose and outcome of the shipped playbook into words about the prospect', async () => {
    const playbook = await loadRealPlaybook();
    const word = (w: string) => w.toLowerCase().replace(/[^a-z'’]/g, '');
    const texts = STAGES.flatMap((stage) => [playbook.stages[stage].purpose, playbook.stages[stage].outcome]);
    let prospectWords = 0;
    for (const text of texts) {
      const before = text.split(/\s+/).map(word);
      const after = toRepVoice(text).split(/\s+/).map(word);
      expect(after).toHaveLength(before.length);
      before.forEach((w, i) => {
        if (/^you/.test(w)) {
          prospectWords++;
          expect(after[i]).toMatch(/^(they|them|their|theirs|themselves)$/);
        }
        if (/^(we|us|our|ours)$/.test(w)) expect(after[i]).toMatch(/^(you|your|yours)$/);
      });
    }
    expect(prospectWords).toBeGreaterThan(10);
  });
});
