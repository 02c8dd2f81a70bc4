/**
 * Which next step becomes the next meeting's point: the latest one in line, as the rep last
 * sent it. While the prospect disputes it nothing carries — not an older next step either,
 * which the disputed one replaced.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findCarriedNextStep,
  findHeldBackNextStep,
} from '../../src/workflows/calendar/find-carried-next-step.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { PRIYA } from '../helpers/scenario.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ now: '2026-12-01T12:00:00Z' });
});
afterEach(async () => {
  await h.cleanup();
});

const call = (uid: string, day: number) => ({
  uid,
  title: `Acme Robotics call ${uid}`,
  start: new Date(`2026-12-${String(day).padStart(2, '0')}T15:00:00Z`),
  end: new Date(`2026-12-${String(day).padStart(2, '0')}T15:30:00Z`),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: PRIYA, name: 'Priya Raman' }],
});

/** Two held calls with Acme, their next steps recorded with the given statuses. */
async function twoCalls(older: string, latest: string) {
  await h.writeEvent(call('a1', 2));
  await h.writeEvent(call('a2', 9));
  await h.tick();
  const [first, second] = await h.ctx.db.meeting.findMany({ orderBy: { start: 'asc' } });
  if (!first?.accountId || !second) throw new Error('meetings not mirrored');
  for (const [m, status, step] of [
    [first, older, 'a pilot on the Joliet site'],
    [second, latest, 'a deep-dive with Sam'],
  ] as const) {
    await h.ctx.db.outcome.create({
      data: { meetingId: m.id, agreed: 'x', nextStep: step, nextStepOwner: 'rep', nextStepStatus: status },
    });
  }
  return { accountId: first.accountId, before: new Date('2026-12-16T15:00:00Z') };
}

describe('findCarriedNextStep', () => {
  it('carries the latest next step as sent', async () => {
    const { accountId, before } = await twoCalls('confirmed', 'sent');
    expect((await findCarriedNextStep(h.ctx.db, accountId, before))?.what).toBe('a deep-dive with Sam');
  });

  it('carries nothing while the latest is disputed, not the older one it replaced', async () => {
    const { accountId, before } = await twoCalls('confirmed', 'disputed');
    expect(await findCarriedNextStep(h.ctx.db, accountId, before)).toBeNull();
    expect((await findHeldBackNextStep(h.ctx.db, accountId, before))?.nextStep).toBe('a deep-dive with Sam');
  });

  it('skips a next step whose recap has not gone out yet', async () => {
    const { accountId, before } = await twoCalls('sent', 'pending');
    expect((await findCarriedNextStep(h.ctx.db, accountId, before))?.what).toBe('a pilot on the Joliet site');
  });
});
