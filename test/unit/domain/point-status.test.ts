import { describe, expect, it } from 'vitest';
import {
  carriesForward,
  moveNextStep,
  movePoint,
  type NextStepStatus,
  type PointStatus,
  prospectEvent,
  type StatusEvent,
} from '../../../src/domain/point-status.js';

const to = (from: PointStatus, ...events: StatusEvent[]) =>
  events.reduce<PointStatus>((s, e) => {
    const m = movePoint(s, e);
    if (!m.ok) throw new Error(m.why);
    return m.to;
  }, from);

const stepTo = (from: NextStepStatus, ...events: StatusEvent[]) =>
  events.reduce<NextStepStatus>((s, e) => {
    const m = moveNextStep(s, e);
    if (!m.ok) throw new Error(m.why);
    return m.to;
  }, from);

describe('the point of a meeting', () => {
  it('is confirmed by the prospect, or marked confirmed by the rep after a call', () => {
    expect(to('unconfirmed', 'prospect_confirms')).toBe('confirmed');
    expect(to('unconfirmed', 'rep_marks_confirmed')).toBe('confirmed');
  });

  it('goes change requested → revised → confirmed when the rep revises what the prospect asked to change', () => {
    expect(to('unconfirmed', 'prospect_requests_change')).toBe('change_requested');
    expect(to('confirmed', 'prospect_requests_change', 'rep_revises')).toBe('revised');
    expect(to('unconfirmed', 'prospect_requests_change', 'rep_revises', 'prospect_confirms')).toBe(
      'confirmed',
    );
    // A revision can be disputed again.
    expect(to('revised', 'prospect_requests_change')).toBe('change_requested');
  });

  it('asks to be agreed again when the rep changes a point already confirmed', () => {
    expect(to('confirmed', 'rep_revises')).toBe('revised');
  });

  it('is unconfirmed when the rep keeps it as it was after a change request', () => {
    expect(to('confirmed', 'prospect_requests_change', 'rep_keeps')).toBe('unconfirmed');
  });

  it('refuses "keep as is" when nobody asked for a change, and "keep going" when nobody declined', () => {
    for (const from of ['unconfirmed', 'confirmed', 'revised', 'declined'] as const) {
      const m = movePoint(from, 'rep_keeps');
      expect(m.ok, from).toBe(false);
      if (!m.ok) expect(m.why).toMatch(/keeping it as is does not apply/);
    }
    expect(movePoint('unconfirmed', 'rep_keeps_going').ok).toBe(false);
    expect(to('declined', 'rep_keeps_going')).toBe('unconfirmed');
  });

  it('is declined from any open status, and a declined point is not declined again', () => {
    for (const from of ['unconfirmed', 'confirmed', 'change_requested', 'revised'] as const) {
      expect(to(from, 'prospect_declines')).toBe('declined');
    }
    expect(movePoint('declined', 'prospect_declines').ok).toBe(false);
  });

  it('never moves on "sending the recap" (that belongs to the next step)', () => {
    expect(movePoint('unconfirmed', 'rep_sends').ok).toBe(false);
  });
});

describe('the recap’s next step', () => {
  it('is pending until the recap is sent, then sent → confirmed', () => {
    expect(moveNextStep('pending', 'prospect_confirms').ok).toBe(false);
    expect(stepTo('pending', 'rep_sends', 'prospect_confirms')).toBe('confirmed');
  });

  it('is disputed by a change or a decline, revised by the rep, then confirmed', () => {
    expect(stepTo('sent', 'prospect_requests_change')).toBe('disputed');
    expect(stepTo('sent', 'prospect_declines')).toBe('disputed');
    expect(stepTo('sent', 'prospect_requests_change', 'rep_revises', 'prospect_confirms')).toBe('confirmed');
    expect(stepTo('disputed', 'rep_keeps')).toBe('sent');
    expect(stepTo('disputed', 'rep_marks_confirmed')).toBe('confirmed');
  });

  it('is carried into the next meeting only as the rep last sent it, never while disputed or unsent', () => {
    expect(carriesForward('sent')).toBe(true);
    expect(carriesForward('confirmed')).toBe(true);
    expect(carriesForward('revised')).toBe(true);
    expect(carriesForward('disputed')).toBe(false);
    expect(carriesForward('pending')).toBe(false);
  });
});

describe('prospectEvent', () => {
  it('maps the reply intents that move a status, and leaves the others alone', () => {
    expect(prospectEvent('confirm')).toBe('prospect_confirms');
    expect(prospectEvent('change')).toBe('prospect_requests_change');
    expect(prospectEvent('decline')).toBe('prospect_declines');
    expect(prospectEvent('reschedule')).toBeUndefined();
    expect(prospectEvent('unclear')).toBeUndefined();
    expect(prospectEvent('auto_reply')).toBeUndefined();
  });
});
