/** Nudges to the rep: an unconfirmed point close to the meeting, and a next step with no meeting booked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { composeNudge } from '../../../src/compose/compose-nudge.js';
import { PREVIEW_NUDGE } from '../../../src/compose/preview-data.js';
import { loadTemplates, type TemplateSet } from '../../../src/compose/template-set.js';
import { TEMPLATES_DIR } from '../../helpers/templates-dir.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES_DIR);
});

describe('composeNudge', () => {
  it('unconfirmed: says how soon the meeting is, suggests a personal note and sends nothing itself', () => {
    const email = composeNudge(templates, PREVIEW_NUDGE);
    expect(email.subject).toBe('Not confirmed yet: Acme Robotics × Northwind — discovery call');
    expect(email.text).toContain(
      'starts in 4 hours (Tuesday, March 3 at 10:00 AM EST), and the prospect has not confirmed its point yet.',
    );
    expect(email.text).toContain('Priya Raman has not answered the agenda sent Monday.');
    expect(email.text).toContain('A quick personal note');
    expect(email.text).toContain('agendum does not send follow-ups for you');
    expect(email.html).toContain('href="https://agendum.example.com/meetings/preview"');
  });

  it('unconfirmed without a clock gives the meeting time alone', () => {
    const email = composeNudge(templates, { ...PREVIEW_NUDGE, now: undefined, detail: undefined });
    expect(email.text).toContain('starts Tuesday, March 3 at 10:00 AM EST, and the prospect');
  });

  it('book_next: names the agreed next step and asks to book it', () => {
    const email = composeNudge(templates, {
      ...PREVIEW_NUDGE,
      kind: 'book_next',
      detail: 'a technical deep-dive with Sam <ops lead>',
    });
    expect(email.subject).toBe('Next step not booked yet: Acme Robotics × Northwind — discovery call');
    expect(email.text).toContain(
      '(Tuesday, March 3) you agreed a next step, but no meeting for it is on your calendar',
    );
    expect(email.text).toContain('Agreed next step: a technical deep-dive with Sam <ops lead>');
    expect(email.html).toContain('a technical deep-dive with Sam &lt;ops lead&gt;');
    expect(email.text).not.toContain('personal note');
  });
});
