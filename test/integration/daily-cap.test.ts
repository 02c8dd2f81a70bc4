/**
 * The daily cap of a sending mailbox (DAILY_SEND_CAP), paced over the rep's business hours:
 * what is over it waits (approved, reason "daily cap" in GET /api/meetings and on the
 * dashboard), goes when the pace allows it, loses the reason once sent, and is never dropped.
 */
import { describe, expect, it } from 'vitest';
import { REP } from '../helpers/harness.js';
import { PROPOSAL_REVIEW } from '../helpers/scenario.js';
import {
  ACME_DISCOVERY,
  ACME_FOLLOW_UP,
  apiMeetings,
  harnessWithApp,
  sentTo,
} from '../helpers/send-hygiene.js';
import { signIn } from '../helpers/signin.js';

// Tuesday 11:30 New York. A cap of 2 over 9:00–17:00: one at once, the second from 13:00.
const t = harnessWithApp({
  now: '2026-12-08T16:30:00Z',
  approvalMode: 'auto',
  env: { DAILY_SEND_CAP: '2' },
});

const prospectMail = async () => (await sentTo(t.h)).filter((a) => a !== REP.email);

async function agendas() {
  const meetings = await apiMeetings(t.h, t.url);
  return meetings.flatMap((m) => m.messages.filter((msg) => msg.kind === 'agenda'));
}

describe('the daily cap', () => {
  it('delays what is over it, says so, and sends it when the pace allows', async () => {
    for (const e of [ACME_DISCOVERY, ACME_FOLLOW_UP, PROPOSAL_REVIEW]) await t.h.writeEvent(e);
    await t.h.tick();
    expect(await prospectMail()).toHaveLength(1);
    let all = await agendas();
    expect(all.filter((a) => a.status === 'sent')).toHaveLength(1);
    const waiting = all.filter((a) => a.status !== 'sent');
    expect(waiting.map((a) => [a.status, a.reason])).toEqual([
      ['approved', 'daily cap'],
      ['approved', 'daily cap'],
    ]);
    const session = await signIn(t.h.ctx, t.url, REP.email);
    const page = await (await fetch(`${t.url}/`, { headers: { cookie: session.cookie } })).text();
    expect(page).toContain('waiting for this mailbox’s daily cap');

    // Just before 13:00 nothing more goes; at 13:00 the second does.
    t.h.clock.set('2026-12-08T17:59:00Z');
    await t.h.tick();
    expect(await prospectMail()).toHaveLength(1);
    t.h.clock.set('2026-12-08T18:00:01Z');
    await t.h.tick();
    expect(await prospectMail()).toHaveLength(2);
    all = await agendas();
    expect(all.filter((a) => a.status === 'sent').every((a) => a.reason === null)).toBe(true);
    expect(all.filter((a) => a.status === 'approved').map((a) => a.reason)).toEqual(['daily cap']);

    // The day's two are spent: the third waits for Wednesday, and goes then.
    t.h.clock.set('2026-12-08T22:30:00Z');
    await t.h.tick();
    expect(await prospectMail()).toHaveLength(2);
    t.h.clock.set('2026-12-09T05:00:01Z');
    await t.h.tick();
    expect(await prospectMail()).toHaveLength(3);
    all = await agendas();
    expect(all.map((a) => [a.status, a.reason])).toEqual([
      ['sent', null],
      ['sent', null],
      ['sent', null],
    ]);
  });
});
