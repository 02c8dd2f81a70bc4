/** The rep's after-meeting prompt: the point they set, where to record the outcome, and a reply format agendum reads. */
import { beforeAll, describe, expect, it } from 'vitest';
import { composeRecapPrompt } from '../../../src/compose/compose-recap-prompt.js';
import { PREVIEW_RECAP_PROMPT } from '../../../src/compose/preview-data.js';
import { loadTemplates, type TemplateSet } from '../../../src/compose/template-set.js';
import { parseRecapReply } from '../../../src/replies/parse-recap-reply.js';
import { TEMPLATES_DIR } from '../../helpers/templates-dir.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES_DIR);
});

describe('composeRecapPrompt', () => {
  it('asks how it went, restates the point and links to the outcome page', () => {
    const email = composeRecapPrompt(templates, PREVIEW_RECAP_PROMPT);
    expect(email.subject).toBe('How did Acme Robotics × Northwind — discovery call go?');
    expect(email.text).toMatch(
      /^Hi Dana,\n\nYour meeting "Acme Robotics × Northwind — discovery call" with Priya/,
    );
    expect(email.text).toContain('(Tuesday, March 3 at 10:00 AM EST) has ended');
    // The agenda told Priya "your"; the rep reads the same point about her ("their").
    expect(email.text).toContain(
      'Why you met: to understand where route planning breaks down for their three warehouses today',
    );
    expect(email.text).toContain(
      'The outcome you wanted: a shared list of their top problems, and a yes or no on a technical deep-dive with their ops lead.',
    );
    expect(email.html).toContain('a shared list of their top problems');
    expect(`${email.text}${email.html}`).not.toMatch(/\byour (top problems|three warehouses|ops lead)/);
    expect(email.text).toContain('https://agendum.example.com/o/preview');
    expect(email.html).toContain('href="https://agendum.example.com/o/preview"');
    expect(email.text).toContain('Nothing goes to Priya until you approve the recap.');
  });

  it('documents the reply format', () => {
    const { text, html } = composeRecapPrompt(templates, PREVIEW_RECAP_PROMPT);
    for (const label of ['Agreed: ', 'Next step: ', 'Owner: me, them or both', 'By: ']) {
      expect(text).toMatch(new RegExp(`^ *${label}`, 'm'));
      expect(html).toContain(label);
    }
    expect(text).toContain('Thursday, tomorrow, next week, March 5 or 2026-03-05');
  });

  it('shows times in the rep zone when known, and leaves out an empty point', () => {
    const email = composeRecapPrompt(templates, {
      ...PREVIEW_RECAP_PROMPT,
      rep: { ...PREVIEW_RECAP_PROMPT.rep, timeZone: 'Europe/Berlin' },
      point: { purpose: '', outcome: '' },
    });
    expect(email.text).toContain('(Tuesday, March 3 at 4:00 PM CET)');
    expect(email.text).not.toContain('Why you met');
    expect(email.text).not.toContain('The outcome you wanted');
  });

  it('names several prospects and escapes hostile text in HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const email = composeRecapPrompt(templates, {
      ...PREVIEW_RECAP_PROMPT,
      meeting: { ...PREVIEW_RECAP_PROMPT.meeting, title: evil },
      prospects: [
        { email: 'priya.raman@acme-robotics.example', name: 'Priya Raman' },
        { email: 'sam@acme-robotics.example', name: `Sam ${evil}` },
      ],
      point: { purpose: evil, outcome: evil },
    });
    expect(email.text).toContain('with Priya and Sam (');
    expect(email.html).not.toMatch(/<img/);
    expect(email.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it('is answered in a reply that agendum reads, with the prompt quoted below', () => {
    const prompt = composeRecapPrompt(templates, PREVIEW_RECAP_PROMPT);
    const reply = [
      'Agreed: Joliet re-plans are the priority this quarter',
      'Next step: send two time options for a deep-dive with Sam',
      'By: Thursday',
      '',
      'On Tue, Mar 3, 2026 at 10:31 AM agendum <agendum@northwind.example> wrote:',
      ...prompt.text.split('\n').map((l) => `> ${l}`),
    ].join('\n');
    expect(parseRecapReply(reply, new Date('2026-03-03T16:00:00Z'), 'America/New_York')).toEqual({
      agreed: 'Joliet re-plans are the priority this quarter',
      nextStep: 'send two time options for a deep-dive with Sam',
      due: new Date('2026-03-05T22:00:00Z'),
    });
  });
});
