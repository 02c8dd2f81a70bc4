import { describe, expect, it } from 'vitest';
import { parseRepCommand } from '../../../src/replies/parse-rep-command.js';

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
    ['> Approve\nnot sure yet', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseRepCommand(text)).toBe(expected);
  });

  it('ignores the quoted request below the answer', () => {
    expect(parseRepCommand('skip\n\nOn Tue, Dana wrote:\n> Reply "approve" to send')).toBe('skip');
  });
});
