/**
 * The dashboard's words, from MeetingView objects alone: steps, statuses and message kinds in
 * words (an unknown value readable, never a code name), who answered how, the recap, and every
 * time in the reader's zone — an admin's own zone for another rep's meeting too.
 */
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../src/auth/viewer.js';
import type { MeetingView } from '../../../src/http/meetings-view.js';
import { renderDashboard } from '../../../src/http/pages/dashboard-page.js';
import { historyLine } from '../../../src/http/pages/point-history.js';
import { stepName, stepStatusWords } from '../../../src/http/pages/step-names.js';

const ADMIN: Viewer = {
  repId: 'rep-admin',
  email: 'dana@northwind.example',
  name: 'Dana Whitfield',
  isAdmin: true,
  via: 'session',
  csrfToken: 'csrf',
};
const NOW = new Date('2026-12-08T15:00:00Z');
const NEW_YORK = { zone: 'America/New_York', now: NOW, showRep: false };

/** Sam's meeting, set in Berlin: Wednesday 16:00 there, 10:00 in New York. */
function samsMeeting(overrides: Partial<MeetingView> = {}): MeetingView {
  return {
    id: 'm1',
    rep: 'sam@northwind.example',
    title: 'Globex <b>pilot</b> review',
    start: '2026-12-09T15:00:00.000Z',
    end: '2026-12-09T15:30:00.000Z',
    timeZone: 'Europe/Berlin',
    isProspect: true,
    reason: 'external: hank@globex.example',
    account: 'globex.example',
    prospects: [{ email: 'hank@globex.example', name: 'Hank Scorpio' }],
    stage: 'proposal',
    point: {
      purpose: 'to agree the pilot scope',
      outcome: 'a yes or no on the pilot',
      agenda: ['Scope'],
      source: { purpose: 'rep', agenda: 'playbook' },
    },
    pointStatus: 'change_requested',
    confirmations: [
      { at: '2026-12-08T14:30:00.000Z', via: 'page', status: 'change_requested', words: 'Add pricing' },
      { at: '2026-12-08T14:45:00.000Z', via: 'rep', status: 'confirmed', words: '' },
    ],
    recap: null,
    steps: [
      {
        kind: 'draft_agenda',
        dueAt: '2026-12-08T14:00:00.000Z',
        status: 'done',
        result: 'drafted',
        sends: null,
      },
      {
        kind: 'send_message',
        dueAt: '2026-12-08T14:10:00.000Z',
        status: 'pending',
        result: null,
        sends: 'a1',
      },
      {
        kind: 'brand_new_kind',
        dueAt: '2026-12-08T14:20:00.000Z',
        status: 'on_hold',
        result: null,
        sends: null,
      },
    ],
    messages: [
      {
        id: 'a1',
        kind: 'agenda_revision',
        status: 'awaiting_approval',
        subject: 'Re: Agenda',
        to: ['hank@globex.example'],
        messageId: '<a1@agendum>',
        sentAt: null,
        reason: null,
      },
    ],
    ...overrides,
  };
}

function render(meeting: MeetingView): string {
  return renderDashboard({
    viewer: ADMIN,
    page: { meetings: [meeting], nextCursor: null },
    zone: 'America/New_York',
    now: NOW,
  });
}

describe('the dashboard page', () => {
  it('shows an admin another rep’s Berlin meeting in the admin’s own zone, with no raw timestamps', () => {
    const page = render(samsMeeting());
    expect(page).toContain('Wed, Dec 9, 10:00 AM EST');
    expect(page).not.toMatch(/CET|4:00 PM/);
    expect(page).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(page).toContain('sam@northwind.example');
    expect(page).toContain('Globex &#60;b&#62;pilot&#60;/b&#62; review');
  });

  it('says steps, statuses and message kinds in words, an unknown one readable', () => {
    const page = render(samsMeeting());
    expect(page).toContain('<th scope="col">Step</th>');
    expect(page).toContain('Send the revised agenda');
    expect(page).toContain('Agenda (revised)');
    expect(page).toContain('waiting for your approval');
    expect(page).toContain('brand new kind');
    expect(page).toContain('on hold');
    expect(page).toContain('Point: change requested');
    expect(page).toContain('href="/messages/a1"');
    expect(page).not.toMatch(/draft_agenda|send_message|awaiting_approval|agenda_revision|change_requested/);
  });

  it('names who answered and how: the prospect by first name, the rep as “you”', () => {
    const page = render(samsMeeting());
    expect(page).toContain(
      'Hank asked for a change on the confirmation page, Tue, Dec 8, 9:30 AM EST: “Add pricing”',
    );
    expect(page).toContain('You marked it confirmed, Tue, Dec 8, 9:45 AM EST');
  });

  it('says “The prospect” when it cannot tell which of several people answered', () => {
    const line = historyLine(
      { at: '2026-12-08T14:30:00.000Z', via: 'reply', status: 'declined', words: 'No thanks' },
      'agenda',
      'the prospect',
      NEW_YORK,
    );
    expect(line).toBe('The prospect declined by reply, Tue, Dec 8, 9:30 AM EST: “No thanks”');
    const page = render(
      samsMeeting({
        prospects: [
          { email: 'hank@globex.example', name: 'Hank Scorpio' },
          { email: 'mindy@globex.example', name: null },
        ],
      }),
    );
    expect(page).toContain('The prospect asked for a change');
  });

  it('shows the recap: agreed point, next step, owner and due date in words, status and answers', () => {
    const page = render(
      samsMeeting({
        recap: {
          agreed: 'the pilot fits',
          nextStep: 'send the security questionnaire',
          owner: 'both',
          dueDate: '2026-12-11T22:00:00.000Z',
          status: 'disputed',
          confirmations: [
            { at: '2026-12-10T14:00:00.000Z', via: 'reply', status: 'disputed', words: 'Not Friday' },
          ],
        },
      }),
    );
    expect(page).toContain('<strong>Agreed:</strong> the pilot fits');
    expect(page).toContain('<strong>Owner:</strong> You and Hank');
    expect(page).toContain('<strong>Due:</strong> Friday, December 11');
    expect(page).toContain('<strong>Status:</strong> disputed by the prospect');
    expect(page).toContain('Hank disputed the next step by reply, Thu, Dec 10, 9:00 AM EST: “Not Friday”');
  });

  it('gives a skipped step its reason, with any timestamp in it said in the reader’s zone', () => {
    expect(stepStatusWords('skipped', 'no business time left before 10:00')).toBe(
      'skipped: no business time left before 10:00',
    );
    const page = render(
      samsMeeting({
        steps: [
          {
            kind: 'nudge_approval',
            dueAt: '2026-12-08T14:00:00.000Z',
            status: 'skipped',
            result: 'no business time before 2026-12-09T15:00:00.000Z',
            sends: null,
          },
        ],
      }),
    );
    expect(page).toContain('skipped: no business time before Wed, Dec 9, 10:00 AM EST');
    expect(stepName('send_message')).toBe('Send a message');
    expect(stepName('send_message', 'recap')).toBe('Send the recap');
  });
});
