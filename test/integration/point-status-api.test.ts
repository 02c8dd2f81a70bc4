/**
 * What `GET /api/meetings` says about the point and the next step as the prospect answers:
 * `pointStatus` moves along the state machine, each answer that moved it is in
 * `confirmations` (when, how, to what, in the prospect's words), the recap shows the next
 * step and its status, and a next step the prospect disputes stops being the point of the
 * next meeting.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordOutcome } from '../../src/workflows/inbound/record-outcome.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import type { TestEvent } from '../helpers/ics.js';
import { ACME_DISCOVERY, agendaSent, dropProspectReply, PRIYA } from '../helpers/scenario.js';
import { signIn } from '../helpers/signin.js';

const FOLLOW_UP: TestEvent = {
  uid: 'acme-2@test',
  title: 'Acme Robotics / Northwind',
  start: new Date('2026-12-16T15:00:00Z'),
  end: new Date('2026-12-16T16:00:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: PRIYA, name: 'Priya Raman' }],
};
const NEXT_STEP = 'a technical deep-dive with Sam to check the Joliet data';

interface ApiMeeting {
  title: string;
  pointStatus: string;
  point: { purpose: string; source: Record<string, string> };
  confirmations: { at: string; via: string; status: string; words: string }[];
  recap: { agreed: string; nextStep: string; owner: string; dueDate: string | null; status: string } | null;
}

let h: Harness;
let server: TestServer;
beforeEach(async () => {
  h = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

async function apiMeeting(title: string): Promise<ApiMeeting> {
  const { cookie } = await signIn(h.ctx, server.url, REP.email);
  const res = await fetch(`${server.url}/api/meetings`, { headers: { cookie } });
  expect(res.status).toBe(200);
  const { meetings } = (await res.json()) as { meetings: ApiMeeting[] };
  const found = meetings.find((m) => m.title === title);
  if (!found) throw new Error(`no meeting "${title}" in /api/meetings`);
  return found;
}

describe('/api/meetings: point status and confirmations', () => {
  it('shows a change request, then the confirmation, each with how, when and the prospect’s words', async () => {
    const { agenda } = await agendaSent(h, { event: ACME_DISCOVERY });
    expect((await apiMeeting(ACME_DISCOVERY.title)).pointStatus).toBe('unconfirmed');

    await dropProspectReply(h, {
      from: PRIYA,
      parentMessageId: agenda.messageId,
      body: 'Can we add pricing to the agenda?',
      id: 'r-change',
    });
    h.clock.advance(60_000);
    await h.tick();
    const changed = await apiMeeting(ACME_DISCOVERY.title);
    expect(changed.pointStatus).toBe('change_requested');
    expect(changed.confirmations).toEqual([
      {
        at: h.clock.now.toISOString(),
        via: 'reply',
        status: 'change_requested',
        words: 'Can we add pricing to the agenda?',
      },
    ]);

    await dropProspectReply(h, {
      from: PRIYA,
      parentMessageId: agenda.messageId,
      body: 'Confirmed, see you Wednesday.',
      id: 'r-confirm',
    });
    h.clock.advance(60_000);
    await h.tick();
    const confirmed = await apiMeeting(ACME_DISCOVERY.title);
    expect(confirmed.pointStatus).toBe('confirmed');
    expect(confirmed.confirmations.map((c) => [c.via, c.status, c.words])).toEqual([
      ['reply', 'change_requested', 'Can we add pricing to the agenda?'],
      ['reply', 'confirmed', 'Confirmed, see you Wednesday.'],
    ]);
  });

  it('shows the recap’s next step; once the prospect disputes it, the next meeting no longer takes it as its point', async () => {
    const { meeting } = await agendaSent(h, { event: ACME_DISCOVERY });
    await h.writeEvent(FOLLOW_UP);
    h.clock.set('2026-12-09T15:46:00Z'); // after the discovery call
    await h.tick();
    await recordOutcome(h.ctx, meeting.id, {
      agreed: 'late re-plans on the Joliet site are the priority this quarter',
      nextStep: NEXT_STEP,
      owner: 'rep',
      due: new Date('2026-12-11T22:00:00Z'),
    });
    expect((await apiMeeting(ACME_DISCOVERY.title)).recap?.status).toBe('pending');
    await h.tick(); // auto mode: the recap goes out
    const recapped = await apiMeeting(ACME_DISCOVERY.title);
    expect(recapped.recap).toEqual({
      agreed: 'late re-plans on the Joliet site are the priority this quarter',
      nextStep: NEXT_STEP,
      owner: 'rep',
      dueDate: '2026-12-11T22:00:00.000Z',
      status: 'sent',
      confirmations: [],
    });
    const carried = await apiMeeting(FOLLOW_UP.title);
    expect(carried.point.source.purpose).toBe('previous_recap');
    expect(carried.point.purpose).toContain(NEXT_STEP);

    const recap = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap', status: 'sent' } });
    await dropProspectReply(h, {
      from: PRIYA,
      parentMessageId: recap.messageId,
      body: 'That is not quite it: the deep-dive needs our CISO, not Sam. Can we change that?',
      id: 'r-dispute',
    });
    await h.tick();
    const disputed = await apiMeeting(ACME_DISCOVERY.title);
    expect(disputed.recap?.status).toBe('disputed');
    expect(disputed.pointStatus).toBe('unconfirmed'); // the agenda's point is another matter
    const next = await apiMeeting(FOLLOW_UP.title);
    expect(next.point.source.purpose).not.toBe('previous_recap');
    expect(next.point.purpose).not.toContain(NEXT_STEP);
  });
});
