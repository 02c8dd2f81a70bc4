/** What the rep is shown of how a reply was read: the prospect's own sentence. */
import { describe, expect, it } from 'vitest';
import { intentWords } from '../../../src/replies/intent-words.js';

describe('intentWords', () => {
  it.each([
    [
      "Hi Dana,\n\nLooks good, but can we add the Joliet site's weekend shifts? That's where most re-plans happen.",
      "Looks good, but can we add the Joliet site's weekend shifts?",
    ],
    [
      'Thanks for this. Tuesday no longer works,   could we move it to Thursday?',
      'Tuesday no longer works, could we move it to Thursday?',
    ],
    [
      'Sounds good.\nWe are not interested anymore, we went with another vendor.',
      'We are not interested anymore, we went with another vendor.',
    ],
    ['I need to check with Sam first. Will get back to you.', 'I need to check with Sam first.'],
    ['Looks Good, SEE YOU THEN', 'Looks Good, SEE YOU THEN'],
    // A question about who attends is a change: the rep sees the yes and the question.
    ['Confirmed.\n\nWho else is joining from your side?', 'Confirmed. Who else is joining from your side?'],
  ])('%j → %j', (reply, words) => {
    expect(intentWords(reply)).toBe(words);
  });

  it('is empty when no sentence carried an intent', () => {
    expect(intentWords('Sorry, who is this?')).toBe('');
    expect(intentWords('')).toBe('');
  });

  it('never returns how the classifier scored it', () => {
    expect(intentWords('Can we add pricing to the agenda?')).not.toMatch(/matched|sentence|\(change\)/);
  });
});
