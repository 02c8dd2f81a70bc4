/**
 * A delivery status notification for a prospect's address: the contact is marked bouncing,
 * the mail still waiting to go to them is held back (not sent, reason "bounced" in
 * GET /api/meetings), and the rep is told once however many bounces come back.
 */
import { describe, expect, it } from 'vitest';
import { approveMessage } from '../../src/workflows/outbound/approve-message.js';
import { meetingAwaitingApproval } from '../helpers/scenario.js';
import {
  ACME_DISCOVERY,
  ACME_FOLLOW_UP,
  apiMeetings,
  dropBounce,
  harnessWithApp,
  inboxMail,
  messagesOf,
  PRIYA,
  sentTo,
} from '../helpers/send-hygiene.js';

const t = harnessWithApp({ now: '2026-12-08T16:30:00Z' });

describe('a bounce', () => {
  it('holds the contact’s waiting mail and tells the rep once', async () => {
    const { agenda } = await meetingAwaitingApproval(t.h, { event: ACME_DISCOVERY });
    await approveMessage(t.h.ctx, agenda.id);
    await t.h.tick();
    await t.h.writeEvent(ACME_FOLLOW_UP);
    await t.h.tick();
    const before = (await sentTo(t.h)).filter((a) => a === PRIYA).length;
    expect(before).toBe(1);

    await dropBounce(t.h, PRIYA, 'dsn-1');
    await t.h.tick();
    const meetings = await apiMeetings(t.h, t.url);
    expect(messagesOf(meetings, ACME_FOLLOW_UP.title).find((m) => m.kind === 'agenda')).toMatchObject({
      status: 'retracted',
      reason: 'bounced',
    });
    const notices = await inboxMail(t.h, /bounces/);
    expect(notices.map((n) => n.subject)).toEqual([
      `Mail to Priya bounces: agendum stopped mailing ${PRIYA}`,
    ]);
    expect(notices[0]?.text).toContain(ACME_FOLLOW_UP.title);

    // A second bounce for the same address tells nobody again.
    await dropBounce(t.h, PRIYA, 'dsn-2');
    await t.h.tick();
    expect(await inboxMail(t.h, /bounces/)).toHaveLength(1);
    // Nothing more goes to the address, whatever the rep approves later.
    await t.h.writeEvent({ ...ACME_FOLLOW_UP, uid: 'acme-9@test', title: 'Acme — pricing call' });
    await t.h.tick();
    expect((await sentTo(t.h)).filter((a) => a === PRIYA)).toHaveLength(before);
  });

  it('leaves mail to addresses that were never agendum’s prospects alone', async () => {
    await meetingAwaitingApproval(t.h, { event: ACME_DISCOVERY });
    await dropBounce(t.h, 'stranger@elsewhere.example', 'dsn-3');
    await t.h.tick();
    expect(await inboxMail(t.h, /bounces/)).toHaveLength(0);
    const meetings = await apiMeetings(t.h, t.url);
    expect(messagesOf(meetings, ACME_DISCOVERY.title).find((m) => m.kind === 'agenda')?.status).toBe(
      'awaiting_approval',
    );
  });
});
