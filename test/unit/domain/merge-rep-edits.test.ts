/** A point resolved again keeps what the rep edited, and only that. */
import { describe, expect, it } from 'vitest';
import { mergeRepEdits } from '../../../src/domain/merge-rep-edits.js';
import type { MeetingPoint } from '../../../src/domain/types.js';

const resolved: MeetingPoint = {
  purpose: 'to check the Joliet data, as we agreed last time',
  agenda: ['Your current setup'],
  outcome: 'every technical question answered',
  source: { purpose: 'previous_recap', agenda: 'playbook', outcome: 'playbook', stage: 'default' },
};

describe('mergeRepEdits', () => {
  it('keeps the parts the rep edited and takes the rest as resolved', () => {
    const prev = {
      purpose: 'to walk through the Joliet export',
      desiredOutcome: 'the old outcome',
      agendaItems: ['The rep’s own item'],
      pointSource: { purpose: 'rep', agenda: 'rep', outcome: 'playbook', stage: 'default' },
    };
    expect(mergeRepEdits(resolved, prev)).toEqual({
      purpose: 'to walk through the Joliet export',
      agenda: ['The rep’s own item'],
      outcome: 'every technical question answered',
      source: { purpose: 'rep', agenda: 'rep', outcome: 'playbook', stage: 'default' },
    });
  });

  it('returns the resolved point for a new meeting, and does not change it', () => {
    expect(mergeRepEdits(resolved, null)).toBe(resolved);
    const prev = {
      purpose: 'x',
      desiredOutcome: 'y',
      agendaItems: ['z'],
      pointSource: { outcome: 'rep' },
    };
    mergeRepEdits(resolved, prev);
    expect(resolved.outcome).toBe('every technical question answered');
  });
});
