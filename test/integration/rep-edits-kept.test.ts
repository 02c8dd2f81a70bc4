/**
 * The rep's edits on the agenda approval page become the meeting's point: what the API and
 * the dashboard show (source `rep`, "edited by you"), what the prospect's `/c/` page
 * and the recap prompt say, and what a calendar change keeps instead of the playbook text.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { actionPathIn, postForm, serveApp, type TestServer } from '../helpers/http.js';
import { mailIn, meetingAwaitingApproval, PROPOSAL_REVIEW } from '../helpers/scenario.js';
import { signIn } from '../helpers/signin.js';

const EDITS = {
  purpose: 'to agree which of the two rollout options fits your Q1 budget',
  agenda: '- The two rollout options side by side\n- What each costs in Q1\n- Who signs off on the choice',
  outcome: 'one rollout option chosen, and the date your CFO sees it',
};
const EDITED_AGENDA = [
  'The two rollout options side by side',
  'What each costs in Q1',
  'Who signs off on the choice',
];
// The proposal playbook's text, which the edits replace.
const PLAYBOOK_PURPOSE = 'to walk through our proposal together';
const PLAYBOOK_ITEM = 'Scope, timeline, and who does what on each side';

let h: Harness;
let server: TestServer;
beforeEach(async () => {
  h = await createHarness({ now: '2026-12-08T16:30:00Z' });
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

interface ApiMeeting {
  title: string;
  point: { purpose: string; agenda: string[]; outcome: string; source: Record<string, string> };
}

async function apiMeeting(): Promise<ApiMeeting> {
  const { cookie } = await signIn(h.ctx, server.url, REP.email);
  const res = await fetch(`${server.url}/api/meetings`, { headers: { cookie } });
  expect(res.status).toBe(200);
  const [meeting] = ((await res.json()) as { meetings: ApiMeeting[] }).meetings;
  if (!meeting) throw new Error('no meeting in /api/meetings');
  return meeting;
}

/** The agenda approved with the point edited (the subject left as drafted), and sent. */
async function approveWithEdits() {
  const { approvalPath } = await meetingAwaitingApproval(h);
  expect((await postForm(server.url + approvalPath, { ...EDITS, action: 'approve' })).status).toBe(200);
  await h.tick();
  const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
  expect(agenda.status).toBe('sent');
  return { agenda, ...(await mailIn(h, 'sent', agenda.messageId)) };
}

describe('the rep’s edits on the approval page', () => {
  it('become the meeting’s point: the API shows them from the rep, the /c/ page matches the email', async () => {
    const { mail, raw } = await approveWithEdits();
    expect(mail.text).toContain(EDITS.purpose);

    const meeting = await apiMeeting();
    expect(meeting.point).toEqual({
      purpose: EDITS.purpose,
      agenda: EDITED_AGENDA,
      outcome: EDITS.outcome,
      source: { purpose: 'rep', agenda: 'rep', outcome: 'rep', stage: 'title' },
    });

    const page = await fetch(server.url + (await actionPathIn(raw, 'c')));
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain(EDITS.purpose);
    for (const item of EDITED_AGENDA) {
      expect(body).toContain(`<li>${item}</li>`);
      expect(mail.text).toContain(item);
    }
    expect(body).toContain(EDITS.outcome);
    expect(body).not.toContain(PLAYBOOK_PURPOSE);
    expect(body).not.toContain(PLAYBOOK_ITEM);
  });

  it('only the edited parts count as the rep’s; the others keep their source', async () => {
    const { approvalPath } = await meetingAwaitingApproval(h);
    await postForm(server.url + approvalPath, { purpose: EDITS.purpose, action: 'approve' });
    await h.tick();
    const meeting = await apiMeeting();
    expect(meeting.point.purpose).toBe(EDITS.purpose);
    expect(meeting.point.agenda).toContain(PLAYBOOK_ITEM);
    expect(meeting.point.source).toEqual({
      purpose: 'rep',
      agenda: 'playbook',
      outcome: 'playbook',
      stage: 'title',
    });
  });

  it('are kept when the calendar event changes, and the recap prompt states them', async () => {
    await approveWithEdits();
    await h.writeEvent({
      ...PROPOSAL_REVIEW,
      title: 'Umbrella Corp — proposal review (moved)',
      start: new Date('2026-12-09T17:00:00Z'),
      end: new Date('2026-12-09T17:45:00Z'),
      sequence: 1,
    });
    await h.tick();
    const moved = await h.ctx.db.meeting.findFirstOrThrow();
    expect(moved.title).toContain('(moved)');
    expect(moved.purpose).toBe(EDITS.purpose);
    expect(moved.agendaItems).toEqual(EDITED_AGENDA);
    expect(moved.desiredOutcome).toBe(EDITS.outcome);

    h.clock.set('2026-12-09T18:01:00Z'); // 16 minutes after the moved meeting ends
    await h.tick();
    const prompt = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap_prompt' } });
    // The prompt is written to the rep about the prospect: "your Q1 budget" reads "their".
    expect(prompt.text).toContain('to agree which of the two rollout options fits their Q1 budget');
    expect(prompt.text).toContain('one rollout option chosen, and the date their CFO sees it');
    expect(prompt.text).not.toContain(PLAYBOOK_PURPOSE);
  });

  it('survive into a re-rendered draft: approved, then the meeting moves before it is sent', async () => {
    const { approvalPath } = await meetingAwaitingApproval(h);
    // Approved, not yet sent: the move re-renders the approved draft before the send step runs.
    expect((await postForm(server.url + approvalPath, { ...EDITS, action: 'approve' })).status).toBe(200);
    await h.writeEvent({
      ...PROPOSAL_REVIEW,
      start: new Date('2026-12-10T16:00:00Z'),
      end: new Date('2026-12-10T16:45:00Z'),
      sequence: 1,
    });
    await h.tick();
    const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
    expect(agenda.status).toBe('sent');
    expect(agenda.text).toContain('Thursday');
    expect(agenda.text).toContain(EDITS.purpose);
    expect(agenda.text).not.toContain(PLAYBOOK_PURPOSE);
    const meeting = await h.ctx.db.meeting.findFirstOrThrow();
    expect(meeting.purpose).toBe(EDITS.purpose);
    expect(meeting.pointSource).toMatchObject({ purpose: 'rep', agenda: 'rep' });
  });
});
