/** The rep's approval request: the full draft, why agendum drafted it, and the three choices. */
import { beforeAll, describe, expect, it } from 'vitest';
import { composeApprovalRequest } from '../../../src/compose/compose-approval-request.js';
import { previewApprovalRequest } from '../../../src/compose/preview-data.js';
import { loadTemplates, type TemplateSet } from '../../../src/compose/template-set.js';
import { TEMPLATES_DIR } from '../../helpers/templates-dir.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES_DIR);
});

describe('composeApprovalRequest', () => {
  it('shows the draft, who it goes to, the reasons, the due time and the choices', () => {
    const input = previewApprovalRequest(templates);
    const email = composeApprovalRequest(templates, input);
    expect(email.subject).toBe(`Approve agenda: ${input.draft.subject}`);
    expect(email.text).toMatch(/^Hi Dana,/);
    expect(email.text).toContain(
      'It goes to priya.raman@acme-robotics.example, due Monday, March 2 at 10:00 AM EST',
    );
    expect(email.text).toContain('Approve & send: https://agendum.example.com/a/preview\n');
    expect(email.text).toContain('https://agendum.example.com/a/preview#edit');
    expect(email.text).toContain('https://agendum.example.com/a/preview?action=skip');
    expect(email.text).toContain('reply to this email with "approve"');
    expect(email.text).toContain('Prospect meeting: external: priya.raman@acme-robotics.example');
    expect(email.text).toContain(
      'Where the point came from: stage: discovery, from the title; purpose: from the playbook',
    );
    expect(email.text).toContain(`Subject: ${input.draft.subject}`);
    expect(email.text).toContain('  4. Whether a deeper look makes sense, and who else should join it');
    // The first action link in the email is the approval page (what a rep's click lands on).
    expect(email.text.match(/https?:\/\/\S+\/(a|c)\/\S+/)?.[1]).toBe('a');
    expect(email.html).toContain('href="https://agendum.example.com/a/preview"');
    expect(email.html).toContain('Approve &amp; send</a>');
  });

  it("masks the prospect's confirmation link so the rep cannot confirm for them", () => {
    const input = previewApprovalRequest(templates);
    input.draft.text = 'Reply or use this link: https://agendum.example.com/c/abc.def_1 — thanks';
    const email = composeApprovalRequest(templates, input);
    expect(email.text).toContain('use this link: [confirmation link] — thanks');
    expect(email.text).not.toContain('/c/abc');
    expect(email.html).not.toContain('/c/abc');
  });

  it('escapes a hostile meeting title and draft in HTML and keeps CR/LF out of the subject', () => {
    const input = previewApprovalRequest(templates);
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    input.meeting = { ...(input.meeting as NonNullable<typeof input.meeting>), title: evil };
    input.draft = { ...input.draft, subject: 'Agenda\r\nBcc: evil@x.example', text: evil };
    input.reasons = { classification: evil, pointSource: 'stage: demo' };
    const email = composeApprovalRequest(templates, input);
    expect(email.html).not.toMatch(/<script|<img/i);
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.subject).toBe('Approve agenda: Agenda Bcc: evil@x.example');
  });

  it('names a recap as a recap in the subject and the text', () => {
    const input = previewApprovalRequest(templates);
    const subject = 'Re: Agenda for Tuesday: Acme Robotics × Northwind — discovery call';
    const email = composeApprovalRequest(templates, {
      ...input,
      draft: { ...input.draft, subject, kind: 'recap' },
    });
    expect(email.subject).toBe(`Approve recap: ${subject}`);
    expect(email.text).toContain('Your recap for "Acme Robotics × Northwind — discovery call"');
    expect(email.text).not.toContain('Your agenda');
  });

  it('says, before the choices, that the last next step is disputed, quoting the prospect', () => {
    const input = previewApprovalRequest(templates);
    const email = composeApprovalRequest(templates, {
      ...input,
      disputedNextStep: {
        meeting: {
          title: 'Acme Robotics × Northwind — discovery call',
          start: new Date('2026-03-03T15:00:00Z'),
        },
        prospects: [{ email: 'priya.raman@acme-robotics.example', name: 'Priya Raman' }],
        reply: 'Not quite: the deep-dive needs our CISO, not <b>Sam</b>.',
      },
    });
    const note =
      'Before you approve: The next step from "Acme Robotics × Northwind — discovery call" (Tuesday, March 3) ' +
      'is disputed: Priya Raman wrote "Not quite: the deep-dive needs our CISO, not <b>Sam</b>." ' +
      "It is not used as this meeting's point until you settle it.";
    expect(email.text).toContain(`Nothing is sent until you approve it.\n\n${note}\n\nApprove & send:`);
    expect(email.html).toContain(
      'is disputed: Priya Raman wrote &quot;Not quite: the deep-dive needs our CISO',
    );
    expect(email.html).toContain('not &lt;b&gt;Sam&lt;/b&gt;.&quot;');
    expect(email.html).not.toContain('<b>Sam');
  });

  it('says nothing of a disputed next step without one, or on a recap', () => {
    const input = previewApprovalRequest(templates);
    expect(composeApprovalRequest(templates, input).text).not.toMatch(/disputed|Before you approve/);
    const recap = composeApprovalRequest(templates, {
      ...input,
      draft: { ...input.draft, kind: 'recap' },
      disputedNextStep: { meeting: { title: 'Earlier', start: new Date() }, prospects: [], reply: 'No.' },
    });
    expect(recap.text).not.toContain('disputed');
    expect(recap.html).not.toContain('disputed');
  });

  it('reads without a meeting or due time', () => {
    const input = previewApprovalRequest(templates);
    const email = composeApprovalRequest(templates, { ...input, meeting: undefined, dueAt: undefined });
    expect(email.text).toContain(
      'Your agenda is ready. It goes to priya.raman@acme-robotics.example. Nothing is sent',
    );
  });
});

describe('the approval request names whom the draft copies', () => {
  it('lists the Cc beside the To, and leaves the line out when there is none', () => {
    const base = previewApprovalRequest(templates);
    const email = composeApprovalRequest(templates, {
      ...base,
      draft: { ...base.draft, cc: ['sam.ortiz@northwind.example'] },
    });
    expect(email.text).toContain('(copying sam.ortiz@northwind.example)');
    expect(email.text).toContain('Cc: sam.ortiz@northwind.example');
    expect(email.html).toContain('Cc: sam.ortiz@northwind.example');
    expect(composeApprovalRequest(templates, base).text).not.toContain('Cc:');
  });
});
