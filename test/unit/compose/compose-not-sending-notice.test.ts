/** The rep's one notice that agendum stopped mailing someone: who, why, and what was held back. */
import { beforeAll, describe, expect, it } from 'vitest';
import { composeApprovalRequest } from '../../../src/compose/compose-approval-request.js';
import { composeNotSendingNotice } from '../../../src/compose/compose-not-sending-notice.js';
import { PREVIEW_NOT_SENDING, previewApprovalRequest } from '../../../src/compose/preview-data.js';
import { loadTemplates, type TemplateSet } from '../../../src/compose/template-set.js';
import { TEMPLATES_DIR } from '../../helpers/templates-dir.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES_DIR);
});

describe('composeNotSendingNotice', () => {
  it('quotes an opt-out reply and names the meeting held back, in the rep’s zone', () => {
    const email = composeNotSendingNotice(templates, PREVIEW_NOT_SENDING);
    expect(email.subject).toBe("Sam asked not to get agendum's email");
    expect(email.text).toContain('Sam (sam.ortiz@acme-robotics.example) asked not to get more email');
    expect(email.text).toContain('> Please take me off your list, Priya is the right contact.');
    expect(email.text).toMatch(
      /Held back, not sent:\n {2}- "Acme Robotics × Northwind — discovery call" \(Tuesday, March 3 at 10:00 AM EST\)/,
    );
    expect(email.html).toContain('<blockquote');
  });

  it('says a bounce is why, and that nothing was waiting when nothing was', () => {
    const email = composeNotSendingNotice(templates, {
      ...PREVIEW_NOT_SENDING,
      why: 'bounced',
      via: undefined,
      replyText: undefined,
      withheld: [],
    });
    expect(email.subject).toBe(
      'Mail to Sam bounces: agendum stopped mailing sam.ortiz@acme-robotics.example',
    );
    expect(email.text).toContain('came back undelivered');
    expect(email.text).toContain('Nothing was waiting to go to them.');
    expect(email.text).not.toContain('asked not to');
  });

  it('names nobody as having clicked on the confirmation page', () => {
    const email = composeNotSendingNotice(templates, {
      ...PREVIEW_NOT_SENDING,
      via: 'page',
      replyText: undefined,
    });
    expect(email.text).toContain(
      'Someone with the confirmation link asked for sam.ortiz@acme-robotics.example',
    );
  });
});

describe('the approval request’s left-out line', () => {
  it('says who the draft leaves out and why, and nothing when nobody is', () => {
    const input = previewApprovalRequest(templates);
    const leftOut = [
      { email: 'sam.ortiz@acme-robotics.example', name: 'Sam Ortiz', why: 'prospect opted out' as const },
      { email: 'ops@acme-robotics.example', why: 'bounced' as const },
    ];
    const email = composeApprovalRequest(templates, { ...input, leftOut });
    expect(email.text).toContain(
      'Left out, and not emailed: Sam Ortiz (sam.ortiz@acme-robotics.example) asked not to get agendum’s email; ops@acme-robotics.example their address bounces.',
    );
    expect(email.html).toContain('Left out, and not emailed:');
    expect(composeApprovalRequest(templates, input).text).not.toContain('Left out');
  });
});
