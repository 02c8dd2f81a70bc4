/** The revised agenda and recap: a reply in the thread that says what changed and asks again. */
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMime } from '../../../src/compose/build-mime.js';
import { composeAgendaRevision, composeRecapRevision } from '../../../src/compose/compose-revision.js';
import { PREVIEW_AGENDA_REVISION, PREVIEW_RECAP } from '../../../src/compose/preview-data.js';
import { loadTemplates, type TemplateSet } from '../../../src/compose/template-set.js';
import { TEMPLATES_DIR } from '../../helpers/templates-dir.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES_DIR);
});

describe('composeAgendaRevision', () => {
  it('answers the agenda, says what changed, restates the point and asks to confirm again', async () => {
    const { input, revision } = PREVIEW_AGENDA_REVISION;
    const email = composeAgendaRevision(templates, input, revision);
    expect(email.subject).toBe('Re: Agenda for Tuesday: Acme Robotics × Northwind — discovery call');
    expect(email.text).toContain('Good call — the weekend shifts are on the list now.');
    expect(email.text).toContain(
      "What changed:\n  - Added to what we'll cover: The Joliet site's weekend shifts",
    );
    expect(email.text).toContain("5. The Joliet site's weekend shifts");
    expect(email.text).toContain(`Does this version work for you? Reply "confirmed"`);
    expect(email.text).toContain(input.confirmUrl);
    // Parsed back by an independent parser: both parts say the same.
    const mail = await simpleParser(
      await buildMime({
        from: { name: 'Dana', address: 'dana@northwind.example' },
        to: [{ address: 'priya.raman@acme-robotics.example' }],
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: '<rev@test>',
      }),
    );
    expect(mail.html).toContain('<li style="margin:0 0 4px">Added to what we&#x27;ll cover');
    expect(mail.html).toContain(`href="${input.confirmUrl}"`);
  });

  it('escapes the rep’s note in HTML and leaves out an empty change list', () => {
    const { input, revision } = PREVIEW_AGENDA_REVISION;
    const email = composeAgendaRevision(templates, input, { ...revision, note: '<b>hi</b>', changes: [] });
    expect(email.html).toContain('&lt;b&gt;hi&lt;/b&gt;');
    expect(email.text).not.toContain('What changed');
  });
});

describe('composeRecapRevision', () => {
  it('answers the recap with the corrected next step', () => {
    const email = composeRecapRevision(
      templates,
      { ...PREVIEW_RECAP, outcome: { ...PREVIEW_RECAP.outcome, nextStep: 'a technical deep-dive with Lee' } },
      {
        originalSubject: 'Re: Agenda for Tuesday: Acme Robotics × Northwind — discovery call',
        changes: ['The next step, now: a technical deep-dive with Lee'],
      },
    );
    expect(email.subject).toBe('Re: Agenda for Tuesday: Acme Robotics × Northwind — discovery call');
    expect(email.text).toContain('What changed:\n  - The next step, now: a technical deep-dive with Lee');
    expect(email.text).toContain('Next step: ');
    expect(email.text).toContain('Is it right now?');
  });
});
