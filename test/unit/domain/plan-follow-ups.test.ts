import { describe, expect, it } from 'vitest';
import { planFollowUps } from '../../../src/domain/plan-follow-ups.js';

const rep = {
  timeZone: 'America/New_York',
  businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  recapDelayMinutes: 15,
  unconfirmedNudgeMinutes: 120,
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
    expect(plan.nudgeAt?.toISOString()).toBe('2026-12-09T18:00:00.000Z');
    expect(plan.recapPromptAt.toISOString()).toBe('2026-12-09T20:45:00.000Z');
  });

  it('moves a nudge that would fall before business hours into the previous afternoon', () => {
    // Wednesday 10:00 New York: 08:00 is off-hours → Tuesday 16:30, within a day of the meeting.
    const plan = planFollowUps(
      { start: new Date('2026-12-09T15:00:00Z'), end: new Date('2026-12-09T15:30:00Z') },
      rep,
      now,
    );
    expect(plan.nudgeAt?.toISOString()).toBe('2026-12-08T21:30:00.000Z');
  });

  it('drops a nudge that would land more than a day early (Monday 09:30 → Friday)', () => {
    const plan = planFollowUps(
      { start: new Date('2026-12-14T14:30:00Z'), end: new Date('2026-12-14T15:00:00Z') },
      rep,
      now,
    );
    expect(plan.nudgeAt).toBeNull();
  });

  it('drops the nudge when it is already past or switched off', () => {
    const soon = { start: new Date('2026-12-07T15:00:00Z'), end: new Date('2026-12-07T15:30:00Z') };
    expect(planFollowUps(soon, rep, now).nudgeAt).toBeNull();
    const later = { start: new Date('2026-12-09T20:00:00Z'), end: new Date('2026-12-09T20:30:00Z') };
    expect(planFollowUps(later, { ...rep, unconfirmedNudgeMinutes: 0 }, now).nudgeAt).toBeNull();
  });
});
