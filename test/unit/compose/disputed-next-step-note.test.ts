/** The note telling the rep that the last next step is disputed, quoting the prospect. */
import { describe, expect, it } from 'vitest';
import {
  disputedNextStepNote,
  disputeQuote,
  QUOTE_MAX,
  whoDisputed,
} from '../../../src/compose/disputed-next-step-note.js';

const PRIYA = { email: 'priya.raman@acme-robotics.example', name: 'Priya Raman' };
const SAM = { email: 'sam.ortiz@acme-robotics.example', name: 'Sam Ortiz' };
const MEETING = {
  title: 'Acme Robotics × Northwind — discovery call',
  start: new Date('2026-12-10T02:30:00Z'), // Wednesday evening in New York, Thursday in Berlin
};

describe('disputedNextStepNote', () => {
  it('names the meeting, its day in the rep’s zone, who wrote and their words', () => {
    const note = disputedNextStepNote(
      {
        meeting: MEETING,
        prospects: [PRIYA],
        reply:
          'Hi Dana,\n\nThat is not quite it: the deep-dive needs our CISO, not Sam.\nCan we change that?',
      },
      'America/New_York',
    );
    expect(note.line).toBe(
      'The next step from "Acme Robotics × Northwind — discovery call" (Wednesday, December 9) is disputed: ' +
        'Priya Raman wrote "That is not quite it: the deep-dive needs our CISO, not Sam. Can we change that?" ' +
        "It is not used as this meeting's point until you settle it.",
    );
    expect(note).toMatchObject({ date: 'Wednesday, December 9', who: 'Priya Raman' });
    expect(disputedNextStepNote({ meeting: MEETING, prospects: [PRIYA] }, 'Europe/Berlin').date).toBe(
      'Thursday, December 10',
    );
  });

  it('ends the sentence after words without their own full stop, and reads without words', () => {
    const zone = 'America/New_York';
    const bare = disputedNextStepNote(
      { meeting: MEETING, prospects: [PRIYA], reply: 'not Sam, our CISO' },
      zone,
    );
    expect(bare.line).toContain('Priya Raman wrote "not Sam, our CISO". It is not used');
    const none = disputedNextStepNote({ meeting: MEETING, prospects: [PRIYA], reply: '' }, zone);
    expect(none.line).toContain('(Wednesday, December 9) is disputed by Priya Raman. It is not used');
    expect(none.words).toBe('');
  });

  it('keeps line breaks and control characters of a title out of the one line', () => {
    const note = disputedNextStepNote(
      { meeting: { ...MEETING, title: 'Acme\r\nBcc: x@evil.example' }, prospects: [], reply: 'No.\u0000' },
      'UTC',
    );
    expect(note.line).not.toMatch(/[\r\n]/);
    expect(note.line).not.toContain('\u0000');
    expect(note.line).toContain('"Acme Bcc: x@evil.example"');
    expect(note.who).toBe('the prospect');
  });
});

describe('disputeQuote', () => {
  it('quotes a short reply whole, without the greeting, on one line', () => {
    expect(disputeQuote('Hi Dana,\n\nNot quite.\nThe pilot is for Joliet only.')).toBe(
      'Not quite. The pilot is for Joliet only.',
    );
  });

  it('quotes the sentence the dispute was read from when the reply is long', () => {
    const filler = 'We had a long internal discussion about the rollout plan and the budget. '.repeat(5);
    const quote = disputeQuote(`${filler}Can we change the next step to a call with our CISO?`);
    expect(quote).toBe('Can we change the next step to a call with our CISO?');
  });

  it('cuts a long reply with no such sentence at a word, with an ellipsis', () => {
    const long = 'word '.repeat(200);
    const quote = disputeQuote(long);
    expect(quote.length).toBeLessThanOrEqual(QUOTE_MAX);
    expect(quote).toMatch(/word…$/);
  });
});

describe('whoDisputed', () => {
  it('is the one recipient’s name, else each of a few with "or", else the prospect', () => {
    expect(whoDisputed([PRIYA])).toBe('Priya Raman');
    expect(whoDisputed([{ email: PRIYA.email }])).toBe(PRIYA.email);
    expect(whoDisputed([PRIYA, SAM])).toBe('Priya Raman or Sam Ortiz');
    expect(whoDisputed([PRIYA, SAM, PRIYA, SAM])).toBe('the prospect');
    expect(whoDisputed([])).toBe('the prospect');
  });
});
