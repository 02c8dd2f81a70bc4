/** What a re-synced event means for planning. */
import { describe, expect, it } from 'vitest';
import { describeMeetingChange, type MeetingSnapshot } from '../../../src/domain/meeting-changes.js';

const dana = {
  email: 'dana@northwind.example',
  response: 'accepted',
  kind: 'person',
  organizer: true,
} as const;

const base: MeetingSnapshot = {
  start: new Date('2026-03-03T15:00:00Z'),
  end: new Date('2026-03-03T15:30:00Z'),
  status: 'confirmed',
  title: 'Acme discovery call',
  description: 'Purpose: route planning',
  attendees: [dana, { email: 'priya@acme-robotics.example', response: 'needsAction', kind: 'person' }],
};

const kindOf = (prev: MeetingSnapshot | null, next: Partial<MeetingSnapshot>) =>
  describeMeetingChange(prev, { ...base, ...next }).kind;

describe('describeMeetingChange', () => {
  it('calls a first sighting new', () => {
    expect(kindOf(null, {})).toBe('new');
  });

  it('sees nothing in an identical copy (fresh Date objects, reordered attendees, address case)', () => {
    const copy = {
      start: new Date(base.start.getTime()),
      attendees: [
        { email: 'Priya@Acme-Robotics.example', response: 'needsAction' as const, kind: 'person' as const },
        dana,
      ],
    };
    expect(kindOf(base, copy)).toBe('unchanged');
  });

  it('calls a new start or end time moved', () => {
    expect(
      kindOf(base, { start: new Date('2026-03-04T15:00:00Z'), end: new Date('2026-03-04T15:30:00Z') }),
    ).toBe('moved');
    expect(kindOf(base, { end: new Date('2026-03-03T16:00:00Z') })).toBe('moved');
  });

  it('notices cancellation and its undoing', () => {
    expect(kindOf(base, { status: 'cancelled', start: new Date('2026-03-09T15:00:00Z') })).toBe('cancelled');
    expect(kindOf({ ...base, status: 'cancelled' }, {})).toBe('uncancelled');
    expect(kindOf({ ...base, status: 'cancelled' }, { status: 'cancelled', title: 'x' })).toBe('unchanged');
  });

  it('calls title, attendee, answer and description changes details', () => {
    expect(kindOf(base, { title: 'Acme discovery call (rescheduled room)' })).toBe('details');
    expect(
      kindOf(base, {
        attendees: [
          ...base.attendees,
          { email: 'sam@acme-robotics.example', response: 'needsAction', kind: 'person' },
        ],
      }),
    ).toBe('details');
    const declined = base.attendees.map((a) => (a.organizer ? a : { ...a, response: 'declined' as const }));
    expect(kindOf(base, { attendees: declined })).toBe('details');
    expect(kindOf(base, { description: 'Purpose: route planning and pricing' })).toBe('details');
  });

  it('does not compare descriptions when one side has none', () => {
    expect(kindOf({ ...base, description: undefined }, {})).toBe('unchanged');
  });
});
