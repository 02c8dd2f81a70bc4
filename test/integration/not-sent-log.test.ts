/**
 * The not-sent log: a message agendum did not send says why, as `messages[].reason` in
 * GET /api/meetings (and /api/meetings/:id, which also shows a cancelled meeting) and on the
 * meeting's card on the dashboard. Opt-outs, bounces and the daily cap have their own tests
 * (opt-out-reply, opt-out-page-and-admin, bounce-hold, daily-cap).
 */
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import type { MeetingView } from '../../src/http/meetings-view.js';
import { approveMessage, skipMessage } from '../../src/workflows/outbound/approve-message.js';
import { REP } from '../helpers/harness.js';
import { meetingAwaitingApproval, PROPOSAL_REVIEW } from '../helpers/scenario.js';
import { apiMeetings, harnessWithApp, messagesOf } from '../helpers/send-hygiene.js';
import { signIn } from '../helpers/signin.js';

const t = harnessWithApp({ now: '2026-12-08T16:30:00Z' });

async function agendaOf(): Promise<MeetingView['messages'][number] | undefined> {
  return messagesOf(await apiMeetings(t.h, t.url), PROPOSAL_REVIEW.title).find((m) => m.kind === 'agenda');
}

async function dashboard(): Promise<string> {
  const s = await signIn(t.h.ctx, t.url, REP.email);
  return (await fetch(`${t.url}/`, { headers: { cookie: s.cookie } })).text();
}

describe('the not-sent log', () => {
  it('says "rep skipped" for a skipped draft, on the API and the dashboard', async () => {
    const { agenda } = await meetingAwaitingApproval(t.h);
    expect((await agendaOf())?.reason).toBeNull();
    await skipMessage(t.h.ctx, agenda.id);
    expect(await agendaOf()).toMatchObject({ status: 'skipped', reason: 'rep skipped' });
    expect(await dashboard()).toContain('skipped<span class="not-sent"> · you skipped it</span>');
  });

  it('says "meeting cancelled" when the meeting is cancelled before the rep approves', async () => {
    const { meeting } = await meetingAwaitingApproval(t.h);
    await t.h.writeEvent({ ...PROPOSAL_REVIEW, status: 'CANCELLED', sequence: 2 });
    await t.h.tick();
    const { key } = await createApiKey(t.h.ctx, REP.email, 'test');
    const res = await fetch(`${t.url}/api/meetings/${meeting.id}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const { meeting: view } = (await res.json()) as { meeting: MeetingView };
    expect(view.messages.find((m) => m.kind === 'agenda')).toMatchObject({
      status: 'retracted',
      reason: 'meeting cancelled',
    });
  });

  it('says "approval expired" when the meeting starts before the rep approves, and refuses the late approval', async () => {
    const { agenda } = await meetingAwaitingApproval(t.h);
    t.h.clock.set(new Date(PROPOSAL_REVIEW.start.getTime() + 60_000));
    await expect(approveMessage(t.h.ctx, agenda.id)).rejects.toMatchObject({ code: 'conflict' });
    expect(await agendaOf()).toMatchObject({ status: 'retracted', reason: 'approval expired' });
    expect(await dashboard()).toContain('the meeting started before you approved it');
  });

  it('says "approval expired" for an agenda left waiting when the meeting is over', async () => {
    await meetingAwaitingApproval(t.h);
    t.h.clock.set(new Date(PROPOSAL_REVIEW.end.getTime() + 16 * 60_000));
    await t.h.tick();
    expect(await agendaOf()).toMatchObject({ status: 'retracted', reason: 'approval expired' });
  });

  it('has no reason for what was sent', async () => {
    const { agenda } = await meetingAwaitingApproval(t.h);
    await approveMessage(t.h.ctx, agenda.id);
    await t.h.tick();
    expect(await agendaOf()).toMatchObject({ status: 'sent', reason: null });
  });
});
