/** What the rep is told, at once, when a prospect's reply needs them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { composeRepNotice, type RepNoticeInput } from '../../../src/compose/compose-rep-notice.js';
import { PREVIEW_REP_NOTICE } from '../../../src/compose/preview-data.js';
import { repActionsView } from '../../../src/compose/rep-actions-view.js';
import { loadTemplates, type TemplateSet } from '../../../src/compose/template-set.js';
import { TEMPLATES_DIR } from '../../helpers/templates-dir.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES_DIR);
});

const title = 'Acme Robotics × Northwind — discovery call';
const notice = (over: Partial<RepNoticeInput>) =>
  composeRepNotice(templates, { ...PREVIEW_REP_NOTICE, ...over });

describe('composeRepNotice', () => {
  it.each([
    ['change', `Priya asked to change the agenda: ${title}`, 'marked the agenda as "change requested"'],
    ['reschedule', `Priya wants to reschedule: ${title}`, 'when you move the meeting on your calendar'],
    ['decline', `Priya declined: ${title}`, 'all further steps for this meeting are stopped'],
    ['unclear', `Reply needs a look: ${title}`, 'What agendum did: nothing; the point stays as it was.'],
  ] as const)(
    '%s: says so in the subject, quotes the reply and says what agendum did',
    (intent, subject, did) => {
      const email = notice({ intent, replyText: 'Can we push this a week?\nThanks, Priya' });
      expect(email.subject).toBe(subject);
      expect(email.text).toContain('> Can we push this a week?\n> Thanks, Priya\n');
      expect(email.text).toContain(did);
      expect(email.text).toContain('Tuesday, March 3 at 10:00 AM EST');
      expect(email.text).toContain('The meeting: https://agendum.example.com/meetings/preview');
      expect(email.html).toContain('href="https://agendum.example.com/meetings/preview"');
      expect(email.html).toContain('Can we push this a week?<br>Thanks, Priya');
    },
  );

  it('shows the evidence, names a recap change, and falls back to the address for an unnamed prospect', () => {
    const email = notice({
      about: 'recap',
      prospect: { email: 'ops@acme-robotics.example' },
      evidence: 'not quite',
    });
    expect(email.subject).toBe(`ops@acme-robotics.example asked to change the recap: ${title}`);
    expect(email.text).toContain('The words agendum went by: "not quite"');
    expect(email.text).toContain('marked the next step as disputed: it is not the point of the next meeting');
  });

  it('lists what the rep can do, with the action link and the reply words', () => {
    const actions = repActionsView(
      'https://agendum.example.com/a/tok',
      'agenda',
      ['revise', 'mark_confirmed', 'keep'],
      'Priya',
    );
    const email = notice({ intent: 'change', actions });
    expect(email.text).toContain('What you can do:\n  - Revise and send: change the point;');
    expect(email.text).toContain('  - Mark confirmed: Priya agreed another way');
    expect(email.text).toContain('  - Keep as is: you are not making the change');
    expect(email.text).toContain(
      'Choose here: https://agendum.example.com/a/tok\nOr reply to this email with "confirmed" or "keep".',
    );
    expect(email.html).toContain('href="https://agendum.example.com/a/tok"');
    // Without actions (a reply not acted on), nothing is offered.
    expect(notice({ intent: 'not_attendee' }).text).not.toContain('What you can do');
  });

  it('gives the meeting time in the rep’s zone', () => {
    const email = notice({ rep: { ...PREVIEW_REP_NOTICE.rep, timeZone: 'Europe/Berlin' } });
    expect(email.text).toContain('Tuesday, March 3 at 4:00 PM CET');
  });

  it("shows the prospect's sentence the intent came from, short and escaped, and not twice", () => {
    const email = notice({});
    expect(email.text).toContain(
      `The words agendum went by: "Looks good, but can we add the Joliet site's weekend shifts?"`,
    );
    expect(email.html).toContain(
      'The words agendum went by: &ldquo;Looks good, but can we add the Joliet site&#x27;s weekend shifts?&rdquo;',
    );
    const long = notice({ evidence: `Can we add ${'the depot, '.repeat(40)}please?` });
    expect(long.text).toMatch(/The words agendum went by: "Can we add [^"]{150,200}…"/);
    const once = notice({ replyText: 'Can we add pricing?', evidence: 'Can we add pricing?' });
    expect(once.text).toContain('> Can we add pricing?');
    expect(once.text).not.toContain('agendum went by');
  });

  it("escapes the prospect's words in HTML and keeps them out of the headers", () => {
    const evil = '<script>alert(1)</script><a href="javascript:x">click</a>';
    const email = notice({
      intent: 'decline',
      replyText: evil,
      evidence: evil,
      prospect: { email: 'priya.raman@acme-robotics.example', name: 'Priya\r\nBcc: evil@x.example' },
    });
    expect(email.html).not.toMatch(/<script|<a href="javascript/i);
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.text).toContain(`> ${evil}`);
    expect(email.subject).toBe(`Priya declined: ${title}`);
  });

  it.each([
    [
      'not_attendee',
      `Reply from outside the meeting, not acted on: ${title}`,
      'is not an attendee of the meeting',
    ],
    [
      'not_from_mailbox',
      `A reply in your name was not acted on: ${title}`,
      'was not sent from your own mailbox',
    ],
  ] as const)('%s: says agendum did nothing, and why', (intent, subject, why) => {
    const email = notice({ intent, about: 'approval request', replyText: 'approve' });
    expect(email.subject).toBe(subject);
    expect(email.text).toContain(why);
    expect(email.text).toContain('What agendum did: nothing.');
    expect(email.text).toContain('> approve');
    expect(email.html).toContain(why);
  });

  it('never quotes an approval or confirmation link onward', () => {
    const token = 'eyJwIjoiYXBwcm92ZSJ9.c2lnbmF0dXJlLWJ5dGVz';
    const email = notice({
      replyText: `approve https://agendum.example.com/a/${token}\nor /c/${token} here`,
      evidence: `see /a/${token}`,
    });
    for (const part of [email.text, email.html]) {
      expect(part).not.toContain(token);
      expect(part).not.toMatch(/\/[ac]\/[A-Za-z0-9_-]{8,}/);
    }
    expect(email.text).toContain('> approve [link removed]\n> or [link removed] here');
  });

  it('cuts a very long reply and says so', () => {
    const long = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n');
    const email = notice({ replyText: long });
    expect(email.text).toContain('> line 40\n> […]');
    expect(email.text).not.toContain('line 41');
  });
});
