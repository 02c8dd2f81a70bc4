/**
 * Nudges to the rep before a meeting, on the embedded default with a fake clock: the one
 * reminder of an agenda still awaiting approval (with a fresh approval link), the
 * unconfirmed-point nudge moved into business hours or recorded as skipped with its
 * reason, and what each nudge says about the prospect and the meeting.
 */
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { actionPathIn, postForm, serveApp, type TestServer } from '../helpers/http.js';
import type { TestEvent } from '../helpers/ics.js';
import { agendaSent, meetingAwaitingApproval, PROPOSAL_REVIEW } from '../helpers/scenario.js';

// Tuesday 11:30 New York: PROPOSAL_REVIEW (Wednesday 11:00) has its agenda drafted at once.
const TUESDAY_LATE_MORNING = '2026-12-08T16:30:00Z';
// Tuesday 16:59 New York: the last business minute before Wednesday 07:00 (four hours ahead).
const LAST_BUSINESS_MINUTE = '2026-12-08T21:59:00Z';
const REASON = 'no business hours left before the meeting (Mon–Fri 9:00–17:00 America/New_York)';
// The proposal review an hour earlier: two hours ahead is 08:00, before business hours.
const AT_TEN: TestEvent = {
  ...PROPOSAL_REVIEW,
  start: new Date('2026-12-09T15:00:00Z'),
  end: new Date('2026-12-09T15:45:00Z'),
};

let h: Harness;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await h?.cleanup();
});

/** The nudges in the rep's inbox, raw and parsed. */
async function nudgesInInbox(): Promise<{ raw: Buffer; mail: ParsedMail }[]> {
  const all = await Promise.all(
    (await h.mailbox('inbox')).map(async (f) => {
      const raw = await h.readMail('inbox', f);
      return { raw, mail: await simpleParser(raw) };
    }),
  );
  return all.filter(({ mail }) => mail.headers.get('x-agendum-kind') === 'nudge');
}

/** Tuesday 17:30 New York, and the meeting is Wednesday 08:30, before business hours open. */
async function planEarlyMeeting(): Promise<void> {
  h = await createHarness({ now: '2026-12-08T22:30:00Z' });
  const early = { start: new Date('2026-12-09T13:30:00Z'), end: new Date('2026-12-09T14:00:00Z') };
  await meetingAwaitingApproval(h, { event: { ...PROPOSAL_REVIEW, ...early } });
}

const stepOf = (kind: 'nudge_approval' | 'nudge_unconfirmed') =>
  h.ctx.db.step.findFirstOrThrow({ where: { kind } });

describe('approval reminder', () => {
  it('reminds the rep once, at the last business minute, with a fresh approval link that works', async () => {
    h = await createHarness({ now: TUESDAY_LATE_MORNING });
    server = await serveApp(h.ctx);
    const { meeting, approvalPath } = await meetingAwaitingApproval(h);
    const step = await stepOf('nudge_approval');
    expect([step.status, step.dueAt.toISOString()]).toEqual(['pending', '2026-12-08T21:59:00.000Z']);

    h.clock.set('2026-12-08T21:58:00Z');
    await h.tick();
    expect(await nudgesInInbox()).toEqual([]);
    h.clock.set(LAST_BUSINESS_MINUTE);
    await h.tick();
    const [reminder, ...more] = await nudgesInInbox();
    expect(more).toEqual([]);
    expect(reminder?.mail.to).toMatchObject({ value: [{ address: REP.email }] });
    expect(reminder?.mail.subject).toBe('Still awaiting your approval: Umbrella Corp — proposal review');
    expect(reminder?.mail.text).toContain(
      '"Umbrella Corp — proposal review" with Alice Abernathy (Umbrella) is still waiting for your approval',
    );
    expect(reminder?.mail.text).toContain('(Wed, Dec 9, 11:00 AM EST)');
    expect(reminder?.mail.text).toContain(`http://agendum.test/#meeting-${meeting.id}`);

    const link = await actionPathIn(reminder?.raw as Buffer, 'a');
    expect(link).not.toBe(approvalPath);
    const page = await fetch(server.url + link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Approve &amp; send');
    expect((await postForm(server.url + link, { action: 'approve' })).status).toBe(200);

    h.clock.set('2026-12-09T13:00:00Z');
    await h.tick();
    expect(await nudgesInInbox()).toHaveLength(1);
    expect(await stepOf('nudge_approval')).toMatchObject({
      status: 'done',
      result: 'rep reminded: agenda awaiting approval',
    });
    expect((await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } })).status).toBe('sent');
  });

  it('sends none when the rep approved in time, and says why', async () => {
    h = await createHarness({ now: TUESDAY_LATE_MORNING });
    server = await serveApp(h.ctx);
    const { approvalPath } = await meetingAwaitingApproval(h);
    expect((await postForm(server.url + approvalPath, { action: 'approve' })).status).toBe(200);
    await h.tick();
    // Once the agenda is out the reminder is no longer listed as planned: it is cancelled at once.
    expect(await stepOf('nudge_approval')).toMatchObject({
      status: 'cancelled',
      result: 'the agenda was sent',
    });

    h.clock.set(LAST_BUSINESS_MINUTE);
    await h.tick();
    expect(await nudgesInInbox()).toEqual([]);
  });

  it('moves with the meeting, and a cancelled meeting cancels it', async () => {
    h = await createHarness({ now: TUESDAY_LATE_MORNING });
    await meetingAwaitingApproval(h);
    // Thursday 11:00 New York: four hours ahead is 07:00 → Wednesday 16:59.
    const thursday = { start: new Date('2026-12-10T16:00:00Z'), end: new Date('2026-12-10T16:45:00Z') };
    await h.writeEvent({ ...PROPOSAL_REVIEW, ...thursday, sequence: 1 });
    await h.tick();
    expect(await stepOf('nudge_approval')).toMatchObject({
      status: 'pending',
      dueAt: new Date('2026-12-09T21:59:00Z'),
    });

    await h.writeEvent({ ...PROPOSAL_REVIEW, ...thursday, status: 'CANCELLED', sequence: 2 });
    await h.tick();
    expect(await stepOf('nudge_approval')).toMatchObject({
      status: 'cancelled',
      result: 'meeting cancelled',
    });
    h.clock.set('2026-12-09T22:00:00Z');
    await h.tick();
    expect(await nudgesInInbox()).toEqual([]);
  });
});

describe('nudges outside business hours', () => {
  it('moves the unconfirmed nudge to the last business minute before it', async () => {
    h = await createHarness({ now: TUESDAY_LATE_MORNING, approvalMode: 'auto' });
    await agendaSent(h, { event: AT_TEN });
    expect(await stepOf('nudge_unconfirmed')).toMatchObject({
      status: 'pending',
      dueAt: new Date(LAST_BUSINESS_MINUTE),
    });
    h.clock.set('2026-12-08T21:58:00Z');
    await h.tick();
    expect(await nudgesInInbox()).toEqual([]);
    h.clock.set(LAST_BUSINESS_MINUTE);
    await h.tick();
    expect(await nudgesInInbox()).toHaveLength(1);
    expect((await stepOf('nudge_unconfirmed')).status).toBe('done');
  });

  it('records a nudge with no business minute left as skipped with its reason', async () => {
    await planEarlyMeeting();
    for (const kind of ['nudge_unconfirmed', 'nudge_approval'] as const) {
      expect(await stepOf(kind)).toMatchObject({ status: 'skipped', result: REASON });
    }
    h.clock.set('2026-12-09T13:29:00Z');
    await h.tick();
    expect(await nudgesInInbox()).toEqual([]);
  });

  it('gives a skipped nudge its time back when the meeting moves to where there is one', async () => {
    await planEarlyMeeting();
    // Moved to Wednesday 11:00: both nudges get Wednesday 09:00, the first business minute left.
    await h.writeEvent({ ...PROPOSAL_REVIEW, sequence: 1 });
    await h.tick();
    for (const kind of ['nudge_unconfirmed', 'nudge_approval'] as const) {
      expect(await stepOf(kind)).toMatchObject({
        status: 'pending',
        dueAt: new Date('2026-12-09T14:00:00Z'),
      });
    }
  });
});

describe('what a nudge says', () => {
  it('names the prospect and company, and the meeting with its time in the rep’s zone', async () => {
    h = await createHarness({ now: TUESDAY_LATE_MORNING, approvalMode: 'auto' });
    const { meeting } = await agendaSent(h, { event: AT_TEN });
    h.clock.set(LAST_BUSINESS_MINUTE);
    await h.tick();
    const [nudge] = await nudgesInInbox();
    expect(nudge?.mail.subject).toBe('Not confirmed yet: Umbrella Corp — proposal review');
    // The event is in UTC; the rep reads New York time.
    expect(nudge?.mail.text).toContain(
      '"Umbrella Corp — proposal review" with Alice Abernathy (Umbrella) starts in 17 hours (Wed, Dec 9, 10:00 AM EST)',
    );
    expect(nudge?.mail.text).toContain(`The meeting: http://agendum.test/#meeting-${meeting.id}`);
    expect(nudge?.mail.html).toContain(`href="http://agendum.test/#meeting-${meeting.id}"`);
  });
});
