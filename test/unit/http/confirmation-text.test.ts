/** The confirmation page's words: who asks, and a true account of where the answer went. */
import { describe, expect, it } from 'vitest';
import { answeredText, confirmationAsk } from '../../../src/http/confirmation-text.js';

const DANA = { name: 'Dana Whitfield', company: 'Northwind' };

describe('confirmationAsk', () => {
  it('names the rep and their company', () => {
    expect(confirmationAsk(DANA, 'agenda')).toBe(
      'Dana Whitfield at Northwind asks you to confirm the plan for this meeting, or to suggest a change.',
    );
    expect(confirmationAsk(DANA, 'recap')).toBe(
      'Dana Whitfield at Northwind asks you to confirm what you agreed in the meeting, or to correct it.',
    );
  });

  it('names the rep alone when the company is unknown', () => {
    expect(confirmationAsk({ name: 'Dana Whitfield', company: '' }, 'agenda')).toMatch(
      /^Dana Whitfield asks you to confirm/,
    );
  });
});

describe('answeredText', () => {
  it('says a change reaches the rep before the meeting only while it has not started', () => {
    expect(answeredText('change', DANA, true).text).toBe(
      'Dana Whitfield can see your suggestion now, before the meeting. You can close this page.',
    );
    expect(answeredText('change', DANA, false).text).toBe(
      'Dana Whitfield can see your suggestion now. You can close this page.',
    );
  });

  it('never promises anything on the rep’s behalf, before or after the meeting', () => {
    for (const intent of ['confirm', 'change'] as const) {
      for (const before of [true, false]) {
        const { title, text } = answeredText(intent, DANA, before);
        expect(`${title} ${text}`).not.toMatch(/\bwe\b|get back to you|see you then|will reply/i);
        expect(text).toContain('Dana Whitfield');
      }
    }
    expect(answeredText('confirm', DANA, false)).toEqual({
      title: 'Confirmed — thank you',
      text: 'Dana Whitfield can now see that you confirmed. You can close this page.',
    });
  });
});
