/**
 * Realistic data for every template — the Acme Robotics discovery call from docs/method.md — so
 * the dashboard and the tests render the real templates with the real thing.
 */
import type { AgendaInput } from './compose-agenda.js';
import { composeAgenda } from './compose-agenda.js';
import type { ApprovalRequestInput } from './compose-approval-request.js';
import type { NotSendingNoticeInput } from './compose-not-sending-notice.js';
import type { NudgeInput } from './compose-nudge.js';
import type { RecapInput } from './compose-recap.js';
import type { RecapPromptInput } from './compose-recap-prompt.js';
import type { RepNoticeInput } from './compose-rep-notice.js';
import type { RevisionInput } from './compose-revision.js';
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

/** The recap of PREVIEW_AGENDA's call, in its thread, sent the same afternoon (docs/method.md's example). */
export const PREVIEW_RECAP: RecapInput = {
  rep: PREVIEW_AGENDA.rep,
  meeting: {
    title: PREVIEW_AGENDA.meeting.title,
    start: PREVIEW_AGENDA.meeting.start,
    end: PREVIEW_AGENDA.meeting.end,
    timeZone: PREVIEW_AGENDA.meeting.timeZone,
  },
  prospects: PREVIEW_AGENDA.prospects,
  accountName: 'Acme Robotics',
  repCompany: 'Northwind',
  stage: 'discovery',
  agendaSubject: 'Agenda for Tuesday: Acme Robotics × Northwind — discovery call',
  outcome: {
    agreed:
      'late re-plans on the Joliet site cost ~6 hours a week, and fixing that this quarter is the priority',
    nextStep:
      "a technical deep-dive with Sam (your ops lead) to check the Joliet data — I'll send two time options",
    owner: 'rep',
    // Thursday, March 5, 5:00 PM EST.
    due: new Date('2026-03-05T22:00:00Z'),
  },
  confirmUrl: 'https://agendum.example.com/c/preview',
  now: new Date('2026-03-03T16:00:00Z'),
};

/** The prompt Dana gets when the call ends. */
export const PREVIEW_RECAP_PROMPT: RecapPromptInput = {
  rep: { name: 'Dana Whitfield', email: 'demo.rep@northwind.example', timeZone: 'America/New_York' },
  meeting: PREVIEW_RECAP.meeting,
  prospects: PREVIEW_AGENDA.prospects,
  point: { purpose: PREVIEW_AGENDA.point.purpose, outcome: PREVIEW_AGENDA.point.outcome },
  recordUrl: 'https://agendum.example.com/o/preview',
};

/** Priya asks to change the agenda the day before the call. */
export const PREVIEW_REP_NOTICE: RepNoticeInput = {
  rep: { name: 'Dana Whitfield', email: 'demo.rep@northwind.example' },
  meeting: {
    title: PREVIEW_AGENDA.meeting.title,
    start: PREVIEW_AGENDA.meeting.start,
    timeZone: 'America/New_York',
  },
  prospect: PREVIEW_AGENDA.prospects[0] ?? { email: 'priya.raman@acme-robotics.example' },
  intent: 'change',
  replyText:
    "Looks good, but can we add the Joliet site's weekend shifts? That's where most re-plans happen.\n\nPriya",
  evidence: "Looks good, but can we add the Joliet site's weekend shifts?",
  meetingUrl: 'https://agendum.example.com/meetings/preview',
};

/** The point is still unconfirmed four hours before the call. */
export const PREVIEW_NUDGE: NudgeInput = {
  rep: { name: 'Dana Whitfield', email: 'demo.rep@northwind.example', timeZone: 'America/New_York' },
  meeting: {
    title: PREVIEW_AGENDA.meeting.title,
    start: PREVIEW_AGENDA.meeting.start,
    timeZone: 'America/New_York',
  },
  prospects: PREVIEW_AGENDA.prospects,
  accountName: 'Acme Robotics',
  kind: 'unconfirmed',
  detail: 'Priya Raman has not answered the agenda sent Monday.',
  meetingUrl: 'https://agendum.example.com/meetings/preview',
  now: new Date('2026-03-03T11:00:00Z'),
};

/** Priya asked for the weekend shifts; Dana adds them and sends the agenda again. */
export const PREVIEW_AGENDA_REVISION: { input: AgendaInput; revision: RevisionInput } = {
  input: {
    ...PREVIEW_AGENDA,
    point: {
      ...PREVIEW_AGENDA.point,
      agenda: [...PREVIEW_AGENDA.point.agenda, "The Joliet site's weekend shifts"],
    },
  },
  revision: {
    originalSubject: 'Agenda for Tuesday: Acme Robotics × Northwind — discovery call',
    changes: ["Added to what we'll cover: The Joliet site's weekend shifts"],
    note: 'Good call — the weekend shifts are on the list now.',
  },
};

/** Sam, copied on the discovery call, asks agendum to stop emailing him. */
export const PREVIEW_NOT_SENDING: NotSendingNoticeInput = {
  rep: { name: 'Dana Whitfield', email: 'demo.rep@northwind.example', timeZone: 'America/New_York' },
  person: { email: 'sam.ortiz@acme-robotics.example', name: 'Sam Ortiz' },
  why: 'opted_out',
  via: 'reply',
  replyText: 'Please take me off your list, Priya is the right contact.\n\nSam',
  withheld: [
    {
      title: PREVIEW_AGENDA.meeting.title,
      start: PREVIEW_AGENDA.meeting.start,
      timeZone: 'America/New_York',
    },
  ],
  dashboardUrl: 'https://agendum.example.com/',
};
