/** The rep's approved edits become the meeting's point, each edited part marked as the rep's. */
import { describe, expect, it } from 'vitest';
import { editedPoint, editsPoint } from '../../../src/domain/edited-point.js';
import type { MeetingPoint } from '../../../src/domain/types.js';

const PLAYBOOK: MeetingPoint = {
  purpose: 'to walk through our proposal together',
  agenda: ['Scope', 'Pricing'],
  outcome: 'the proposal confirmed',
  source: { purpose: 'previous_recap', agenda: 'playbook', outcome: 'event', stage: 'title' },
};

describe('editedPoint', () => {
  it('takes the edited parts from the rep and keeps the others with their source', () => {
    const point = editedPoint(PLAYBOOK, { agenda: ['Two rollout options', 'Q1 budget'] });
    expect(point).toEqual({
      purpose: PLAYBOOK.purpose,
      agenda: ['Two rollout options', 'Q1 budget'],
      outcome: PLAYBOOK.outcome,
      source: { purpose: 'previous_recap', agenda: 'rep', outcome: 'event', stage: 'title' },
    });
    expect(PLAYBOOK.source.agenda).toBe('playbook');
  });

  it('marks every edited part, and a subject-only edit edits no part of the point', () => {
    const point = editedPoint(PLAYBOOK, { purpose: 'to pick a rollout', outcome: 'one option chosen' });
    expect(point.source).toMatchObject({ purpose: 'rep', outcome: 'rep', agenda: 'playbook' });
    expect(editsPoint({ purpose: 'x' })).toBe(true);
    expect(editsPoint({})).toBe(false);
    expect(editsPoint({ purpose: undefined, agenda: undefined })).toBe(false);
  });
});
