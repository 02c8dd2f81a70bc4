/** What the action page and the notices offer the rep, from the state machine. */
import { describe, expect, it } from 'vitest';
import { moveByRep, offeredActions, readRepAction } from '../../../src/domain/rep-actions.js';

describe('offeredActions', () => {
  it.each([
    ['agenda', 'change_requested', ['revise', 'mark_confirmed', 'keep']],
    ['agenda', 'unconfirmed', ['revise', 'mark_confirmed']],
    ['agenda', 'revised', ['revise', 'mark_confirmed']],
    // Marking a confirmed point confirmed changes nothing, so it is not offered.
    ['agenda', 'confirmed', ['revise']],
    ['agenda', 'declined', ['stop', 'keep_going']],
    ['recap', 'disputed', ['revise', 'mark_confirmed', 'keep']],
    ['recap', 'sent', ['revise', 'mark_confirmed']],
    // Before the recap went out there is nothing to revise in the thread.
    ['recap', 'pending', ['mark_confirmed']],
  ] as const)('%s %s → %j', (target, status, actions) => {
    expect(offeredActions(target, status, { cancelled: false, started: false })).toEqual(actions);
  });
});

describe('offeredActions for a meeting that is cancelled or under way', () => {
  it('offers nothing for a cancelled meeting, and no agenda revision or keep going once it started', () => {
    expect(offeredActions('agenda', 'change_requested', { cancelled: true, started: false })).toEqual([]);
    expect(offeredActions('recap', 'disputed', { cancelled: true, started: true })).toEqual([]);
    expect(offeredActions('agenda', 'change_requested', { cancelled: false, started: true })).toEqual([
      'mark_confirmed',
      'keep',
    ]);
    expect(offeredActions('agenda', 'declined', { cancelled: false, started: true })).toEqual([]);
    // A recap is revised after the meeting, by nature.
    expect(offeredActions('recap', 'disputed', { cancelled: false, started: true })).toEqual([
      'revise',
      'mark_confirmed',
      'keep',
    ]);
  });
});

describe('moveByRep', () => {
  it('moves by the state machine and says why a move does not apply', () => {
    expect(moveByRep('agenda', 'change_requested', 'keep')).toEqual({ ok: true, to: 'unconfirmed' });
    expect(moveByRep('agenda', 'change_requested', 'revise')).toEqual({ ok: true, to: 'revised' });
    expect(moveByRep('recap', 'disputed', 'keep')).toEqual({ ok: true, to: 'sent' });
    expect(moveByRep('agenda', 'declined', 'keep_going')).toEqual({ ok: true, to: 'unconfirmed' });
    const refused = moveByRep('agenda', 'confirmed', 'keep');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.why).toContain('keeping it as is does not apply');
    expect(moveByRep('agenda', 'unconfirmed', 'stop').ok).toBe(false);
    expect(moveByRep('agenda', 'declined', 'stop')).toEqual({ ok: true, to: 'declined' });
  });

  it('reads only known action names', () => {
    expect(readRepAction('keep_going')).toBe('keep_going');
    expect(readRepAction('approve')).toBeUndefined();
    expect(readRepAction(['keep'])).toBeUndefined();
  });
});
