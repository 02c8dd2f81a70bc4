import { describe, expect, it } from 'vitest';
import { planFollowUps } from '../../../src/domain/plan-follow-ups.js';

const rep = {
  timeZone: 'America/New_York',
  businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  approvalMode: 'approve' as const,
  recapDelayMinutes: 15,
  unconfirmedNudgeMinutes: 120,
  approvalReminderMinutes: 240,
};
const now = new Date('2026-12-07T14:00:00Z'); // Monday 09:00 New York

describe('follow-up planning', () => {
  it('nudges two hours before a meeting in business hours and prompts for the recap after it', () => {
    // Wednesday 15:00–15:30 New York
    const plan = planFollowUps(
      { start: new Date('2026-12-09T20:00:00Z'), end: new Date('2026-12-09T20:30:00Z') },
      rep,
      now,
    );
    expect(plan.unconfirmedNudge).toEqual({ dueAt: new Date('2026-12-09T18:00:00.000Z') });
    expect(plan.recapPromptAt.toISOString()).toBe('2026-12-09T20:45:00.000Z');
  });

  it('moves a nudge that would fall before business hours to the last business minute the day before', () => {
    // Wednesday 10:00 New York: 08:00 is off-hours → Tuesday 16:59, within a day of the meeting.
    const plan = planFollowUps(
      { start: new Date('2026-12-09T15:00:00Z'), end: new Date('2026-12-09T15:30:00Z') },
      rep,
      now,
    );
    expect(plan.unconfirmedNudge).toEqual({ dueAt: new Date('2026-12-08T21:59:00.000Z') });
  });

  it('reminds of an agenda awaiting approval four hours before, moved into business hours the same way', () => {
    // Wednesday 11:00 New York: 07:00 is off-hours → Tuesday 16:59.
    const plan = planFollowUps(
      { start: new Date('2026-12-09T16:00:00Z'), end: new Date('2026-12-09T16:45:00Z') },
      rep,
      now,
    );
    expect(plan.approvalReminder).toEqual({ dueAt: new Date('2026-12-08T21:59:00.000Z') });
    // Wednesday 16:00 New York: 12:00 is inside business hours.
    const afternoon = planFollowUps(
      { start: new Date('2026-12-09T21:00:00Z'), end: new Date('2026-12-09T21:30:00Z') },
      rep,
      now,
    );
    expect(afternoon.approvalReminder).toEqual({ dueAt: new Date('2026-12-09T17:00:00.000Z') });
  });

  it('plans no approval reminder for auto-send, and none of a nudge that is switched off', () => {
    const meeting = { start: new Date('2026-12-09T20:00:00Z'), end: new Date('2026-12-09T20:30:00Z') };
    expect(planFollowUps(meeting, { ...rep, approvalMode: 'auto' }, now).approvalReminder).toEqual({
      none: 'agendas go out without approval (auto-send)',
    });
    expect(planFollowUps(meeting, { ...rep, approvalMode: 'draft' }, now).approvalReminder).toHaveProperty(
      'dueAt',
    );
    const off = planFollowUps(
      meeting,
      { ...rep, unconfirmedNudgeMinutes: 0, approvalReminderMinutes: 0 },
      now,
    );
    expect(off.unconfirmedNudge).toEqual({ none: 'switched off (0 minutes)' });
    expect(off.approvalReminder).toEqual({ none: 'switched off (0 minutes)' });
  });

  it('records a nudge with no business minute left as skipped, with the reason', () => {
    // Wednesday 08:30 New York, planned Tuesday 17:30: nothing between is business time.
    const plan = planFollowUps(
      { start: new Date('2026-12-09T13:30:00Z'), end: new Date('2026-12-09T14:00:00Z') },
      rep,
      new Date('2026-12-08T22:30:00Z'),
    );
    const reason = 'no business hours left before the meeting (Mon–Fri 9:00–17:00 America/New_York)';
    expect(plan.unconfirmedNudge).toMatchObject({ skip: reason });
    expect(plan.approvalReminder).toMatchObject({ skip: reason });
  });
});
