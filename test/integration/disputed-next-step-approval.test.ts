/**
 * A next step the prospect disputes is not the next meeting's point, and the rep is told
 * why, on the embedded default: the proposal review's recap goes out, Alice disputes its
 * next step by reply, and the approval request for the next meeting with Umbrella Corp
 * says the next step is disputed and quotes her. Without a dispute, or once she confirms
 * it after all, the note is absent and the next step is the point.
 */
import type { ParsedMail } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approveMessage } from '../../src/workflows/outbound/approve-message.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp } from '../helpers/http.js';
import type { TestEvent } from '../helpers/ics.js';
import { dropProspectReply, mailIn, PROPOSAL_REVIEW, recapAwaitingApproval } from '../helpers/scenario.js';

const ALICE = 'alice@umbrella.example';
// No stage word in the title: only a carried next step could give it its point.
const FOLLOW_UP: TestEvent = {
  uid: 'umbrella-2@test',
  title: 'Umbrella Corp / Northwind',
  start: new Date('2026-12-16T16:00:00Z'), // the next Wednesday, 11:00 New York
  end: new Date('2026-12-16T16:45:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: ALICE, name: 'Alice Abernathy' }],
};
const DISPUTE =
  'That is not what we agreed: our security review has to come before any new timeline. Can we change that?';

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ now: '2026-12-08T16:30:00Z' });
});
afterEach(async () => {
  await h.cleanup();
});

/** The proposal review held, its recap approved and sent; returns the recap's Message-ID. */
async function recapSent(): Promise<string> {
  const { recap } = await recapAwaitingApproval(h);
  await approveMessage(h.ctx, recap.id);
  await h.tick();
  const sent = await h.ctx.db.message.findUniqueOrThrow({ where: { id: recap.id } });
  expect(sent.status).toBe('sent');
  expect((await h.ctx.db.outcome.findFirstOrThrow()).nextStepStatus).toBe('sent');
  return sent.messageId;
}

/** The follow-up booked and its agenda due: the approval request the rep got for it. */
async function followUpApprovalRequest(): Promise<ParsedMail> {
  await h.writeEvent(FOLLOW_UP);
  h.clock.set('2026-12-15T16:30:00Z'); // its agenda is due 24 hours before
  await h.tick();
  const meeting = await h.ctx.db.meeting.findFirstOrThrow({ where: { iCalUid: FOLLOW_UP.uid } });
  const agenda = await h.ctx.db.message.findFirstOrThrow({
    where: { meetingId: meeting.id, kind: 'agenda' },
  });
  const request = await h.ctx.db.message.findFirstOrThrow({
    where: { kind: 'approval_request', subjectMessageId: agenda.id },
  });
  return (await mailIn(h, 'inbox', request.messageId)).mail;
}

const flat = (s: string | false | undefined) => (s || '').replace(/\s+/g, ' ');

describe('the approval request after a disputed next step', () => {
  it('says the next step is disputed and quotes the prospect', async () => {
    const recapId = await recapSent();
    await dropProspectReply(h, {
      from: ALICE,
      name: 'Alice Abernathy',
      parentMessageId: recapId,
      body: DISPUTE,
      id: 'r-dispute',
    });
    await h.tick();
    expect((await h.ctx.db.outcome.findFirstOrThrow()).nextStepStatus).toBe('disputed');

    const mail = await followUpApprovalRequest();
    const text = flat(mail.text);
    expect(text).toContain(
      `Before you approve: The next step from "${PROPOSAL_REVIEW.title}" (Wednesday, December 9) ` +
        `is disputed: Alice Abernathy wrote "${DISPUTE}" ` +
        "It is not used as this meeting's point until you settle it.",
    );
    // The point it fell back to is not the disputed step.
    expect(text).not.toContain('send a revised timeline');
    // And it links where to settle it: the action page of the disputed recap.
    const settle = /Settle it \(revise the recap, mark it confirmed, or keep it\): (\S+)/.exec(
      mail.text || '',
    )?.[1];
    expect(settle).toMatch(/\/a\//);
    const path = new URL(settle as string).pathname;
    const server = await serveApp(h.ctx);
    try {
      expect(await (await fetch(server.url + path)).text()).toContain('Alice disputes the recap');
    } finally {
      await server.close();
    }
    const html = flat(mail.html);
    expect(html).toContain('is disputed: Alice Abernathy wrote &quot;');
    expect(html).toContain(
      'our security review has to come before any new timeline. Can we change that?&quot;',
    );
  });

  it('says nothing of a dispute settled before the next agenda, whose point is the next step again', async () => {
    const recapId = await recapSent();
    await dropProspectReply(h, {
      from: ALICE,
      name: 'Alice Abernathy',
      parentMessageId: recapId,
      body: DISPUTE,
      id: 'r-dispute',
    });
    h.clock.advance(60_000);
    await h.tick();
    await dropProspectReply(h, {
      from: ALICE,
      name: 'Alice Abernathy',
      parentMessageId: recapId,
      body: 'Sorry, my mistake: confirmed, the revised timeline first works for us.',
      id: 'r-confirm',
    });
    h.clock.advance(60_000);
    await h.tick();
    expect((await h.ctx.db.outcome.findFirstOrThrow()).nextStepStatus).toBe('confirmed');
    const mail = await followUpApprovalRequest();
    expect(flat(mail.text)).not.toMatch(/disputed|Before you approve/);
    expect(flat(mail.text)).toContain('send a revised timeline');
  });

  it('says nothing of a dispute when there is none, and the next step is the point', async () => {
    await recapSent();
    const mail = await followUpApprovalRequest();
    expect(flat(mail.text)).not.toMatch(/disputed|Before you approve/);
    expect(flat(mail.html)).not.toMatch(/disputed|Before you approve/);
    expect(flat(mail.text)).toContain('send a revised timeline');
  });
});
