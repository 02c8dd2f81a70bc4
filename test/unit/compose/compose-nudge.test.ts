/** Nudges to the rep: an unconfirmed point close to the meeting, and a next step with no meeting booked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { composeNudge } from '../../../src/compose/compose-nudge.js';
import { PREVIEW_NUDGE } from '../../../src/compose/preview-data.js';
import { timeUntil } from '../../../src/compose/relative-time.js';
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
    // The time in the rep's zone, short, with the zone: the issue asked for "Wed, Dec 9, 11:00 AM EST".
    expect(email.text).toContain(
      'starts in 4 hours (Tue, Mar 3, 10:00 AM EST), and the prospect has not confirmed its point yet.',
    );
    expect(email.text).toContain('Priya Raman has not answered the agenda sent Monday.');
    expect(email.text).toContain('A quick personal note');
    expect(email.text).toContain('agendum does not send follow-ups for you');
    expect(email.html).toContain('href="https://agendum.example.com/meetings/preview"');
  });

  it('unconfirmed without a clock gives the meeting time alone', () => {
    const email = composeNudge(templates, { ...PREVIEW_NUDGE, now: undefined, detail: undefined });
    expect(email.text).toContain('starts Tue, Mar 3, 10:00 AM EST, and the prospect');
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

  it('names the prospect with their company, and the meeting with its time in the rep’s zone', () => {
    const email = composeNudge(templates, PREVIEW_NUDGE);
    expect(email.text).toContain(
      '"Acme Robotics × Northwind — discovery call" with Priya Raman (Acme Robotics) starts in 4 hours',
    );
    expect(email.text).toContain('The meeting: https://agendum.example.com/meetings/preview');
    const west = composeNudge(templates, {
      ...PREVIEW_NUDGE,
      rep: { ...PREVIEW_NUDGE.rep, timeZone: 'America/Los_Angeles' },
    });
    expect(west.text).toContain('(Tue, Mar 3, 7:00 AM PST)');
    const unnamed = composeNudge(templates, {
      ...PREVIEW_NUDGE,
      prospects: [
        { email: 'ops@acme-robotics.example' },
        { email: 'sam@acme-robotics.example', name: 'Sam <b>Ortiz</b>' },
      ],
      accountName: undefined,
    });
    expect(unnamed.text).toContain('with ops@acme-robotics.example and Sam <b>Ortiz</b> starts');
    expect(unnamed.html).toContain('Sam &lt;b&gt;Ortiz&lt;/b&gt;');
  });

  it('approval: says the agenda still waits, links the approval page and the meeting', () => {
    const email = composeNudge(templates, {
      ...PREVIEW_NUDGE,
      kind: 'approval',
      detail: undefined,
      approveUrl: 'https://agendum.example.com/a/token123',
    });
    expect(email.subject).toBe('Still awaiting your approval: Acme Robotics × Northwind — discovery call');
    expect(email.text).toContain(
      'Your agenda for "Acme Robotics × Northwind — discovery call" with Priya Raman (Acme Robotics) is still waiting for your approval, and the meeting starts in 4 hours (Tue, Mar 3, 10:00 AM EST). Nothing goes to Priya until you approve it.',
    );
    expect(email.text).toContain('Approve, edit or skip it: https://agendum.example.com/a/token123');
    expect(email.text).not.toContain('Drafts folder');
    expect(email.text).not.toContain('personal note');
    expect(email.html).toContain('href="https://agendum.example.com/a/token123"');
    expect(email.html).toContain('href="https://agendum.example.com/meetings/preview"');
    const inDrafts = composeNudge(templates, {
      ...PREVIEW_NUDGE,
      kind: 'approval',
      approveUrl: 'https://agendum.example.com/a/token123',
      inDrafts: true,
    });
    expect(inDrafts.text).toContain('It is also in your Drafts folder');
  });
});

describe('how soon the meeting is, in a nudge', () => {
  it('rounds to what a person would say', () => {
    const start = new Date('2026-03-03T15:00:00Z');
    const at = (minutesBefore: number, seconds = 0) =>
      timeUntil(start, new Date(start.getTime() - minutesBefore * 60_000 + seconds * 1000));
    expect(at(120, 1)).toBe('in 2 hours'); // sent a second late
    expect(at(90)).toBe('in 1 hour 30 minutes');
    expect(at(45)).toBe('in 45 minutes');
    expect(at(4 * 60 + 2)).toBe('in 4 hours');
    expect(at(3 * 24 * 60)).toBe('in 3 days');
    expect(at(0)).toBe('now');
  });
});
