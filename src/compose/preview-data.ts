/**
 * Realistic data for every template — the Acme Robotics discovery call from METHOD.md — so
 * the dashboard and the tests render the real templates with the real thing.
 */
import type { AgendaInput } from './compose-agenda.js';
import { composeAgenda } from './compose-agenda.js';
import type { ApprovalRequestInput } from './compose-approval-request.js';
import type { TemplateSet } from './template-set.js';

/** Tuesday, March 3, 2026, 10:00–10:30 AM in New York (EST). */
export const PREVIEW_AGENDA: AgendaInput = {
  rep: { name: 'Dana Whitfield', email: 'demo.rep@northwind.example', signature: 'Dana' },
  meeting: {
    title: 'Acme Robotics × Northwind — discovery call',
    start: new Date('2026-03-03T15:00:00Z'),
    end: new Date('2026-03-03T15:30:00Z'),
    timeZone: 'America/New_York',
    conferenceUrl: 'https://meet.example.com/acme-northwind',
  },
  prospects: [{ email: 'priya.raman@acme-robotics.example', name: 'Priya Raman' }],
  accountName: 'Acme Robotics',
  repCompany: 'Northwind',
  stage: 'discovery',
  point: {
    purpose:
      'to understand where route planning breaks down for your three warehouses today, and whether it is worth solving this quarter',
    agenda: [
      'How planning works today, and where it costs you time or money',
      "What you've tried so far",
      'What a good outcome would look like for your team',
      'Whether a deeper look makes sense, and who else should join it',
    ],
    outcome:
      'a shared list of your top problems, and a yes or no on a technical deep-dive with your ops lead',
  },
  confirmUrl: 'https://agendum.example.com/c/preview',
};

/** The approval request for PREVIEW_AGENDA's draft, due 24 hours before the call. */
export function previewApprovalRequest(templates: TemplateSet): ApprovalRequestInput {
  const draft = composeAgenda(templates, PREVIEW_AGENDA);
  const { meeting, rep } = PREVIEW_AGENDA;
  return {
    rep: { name: rep.name, email: rep.email, timeZone: 'America/New_York' },
    draft: { subject: draft.subject, text: draft.text, to: PREVIEW_AGENDA.prospects.map((p) => p.email) },
    meeting: { title: meeting.title, start: meeting.start, end: meeting.end, timeZone: meeting.timeZone },
    reasons: {
      classification: 'external: priya.raman@acme-robotics.example',
      pointSource: 'stage: discovery, from the title; purpose: from the playbook; agenda: from the playbook',
    },
    approveUrl: 'https://agendum.example.com/a/preview',
    dueAt: new Date('2026-03-02T15:00:00Z'),
  };
}
