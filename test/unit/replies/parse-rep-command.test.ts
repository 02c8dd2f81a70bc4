import { describe, expect, it } from 'vitest';
import { parseRepCommand, parseSettleCommand } from '../../../src/replies/parse-rep-command.js';

describe('a rep answering an approval request by email', () => {
  it.each([
    ['Approve', 'approve'],
    ['approved, thanks', 'approve'],
    ['Send it', 'approve'],
    ['yes', 'approve'],
    ['LGTM', 'approve'],
    ['\n\n  ok\n', 'approve'],
    ['Skip', 'skip'],
    ["Don't send this one", 'skip'],
    ['no', 'skip'],
    ['Can you change the second item?', null],
    ['Skip this one, thanks.', 'skip'],
    ['Go ahead please', 'approve'],
    // Writing, not commanding: approving sends mail to the prospect, so nothing is guessed.
    ['Yes, but drop the last agenda item first', null],
    ['Send me the edit link again, I cannot find it', null],
    ['No problem, I will look tonight', null],
    ['ok so what happens next?', null],
    ['> Approve\nnot sure yet', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseRepCommand(text)).toBe(expected);
  });

  it('ignores the quoted request below the answer', () => {
    expect(parseRepCommand('skip\n\nOn Tue, Dana wrote:\n> Reply "approve" to send')).toBe('skip');
  });
});

describe('a rep answering a notice about a prospect’s answer by email', () => {
  it.each([
    ['confirmed', 'mark_confirmed'],
    ['Confirmed — we spoke on the phone.', 'mark_confirmed'],
    ['mark it confirmed', 'mark_confirmed'],
    ['keep', 'keep'],
    ['Keep as is, thanks', 'keep'],
    ['keep going', 'keep_going'],
    ['Keep it going.', 'keep_going'],
    ['Keep me posted', null],
    ['Confirm with legal first?', null],
    ['Stop sending these', null],
    ['stop', 'stop'],
    ['approve', null],
    ['keeping an eye on it', null],
    ['', null],
  ] as const)('%j → %s', (text, command) => {
    expect(parseSettleCommand(text)).toBe(command);
  });

  it('reads the first line the rep wrote, not the quoted notice', () => {
    expect(parseSettleCommand('> Or reply to this email with "confirmed" or "keep".\n\nkeep')).toBe('keep');
    expect(parseSettleCommand('Let me think\n> confirmed')).toBeNull();
  });
});
