/** Google event → CalendarEvent mapping (pure). */
import { describe, expect, it } from 'vitest';
import { mapGoogleEvent } from '../../../src/providers/google/google-event-map.js';

const base = {
  id: 'abc_20261209T150000Z',
  status: 'confirmed',
  summary: 'Acme × Northwind',
  start: { dateTime: '2026-12-09T10:00:00-05:00', timeZone: 'America/New_York' },
  end: { dateTime: '2026-12-09T10:30:00-05:00', timeZone: 'America/New_York' },
  organizer: { email: 'Dana@Northwind.example', self: true },
  attendees: [
    { email: 'priya@acme.example', displayName: 'Priya', responseStatus: 'tentative', optional: true },
    { email: 'room-4@resource.calendar.google.com', resource: true, responseStatus: 'accepted' },
  ],
  recurringEventId: 'abc',
  originalStartTime: { dateTime: '2026-12-09T10:00:00-05:00' },
  hangoutLink: 'https://meet.google.com/abc-defg-hij',
};

describe('mapGoogleEvent', () => {
  it('maps an instance with its own id, zone, conference link, organizer listed first', () => {
    const m = mapGoogleEvent(base, 'UTC');
    expect(m.kind).toBe('event');
    if (m.kind !== 'event') return;
    expect(m.event.id).toBe('abc_20261209T150000Z');
    expect(m.event.start.toISOString()).toBe('2026-12-09T15:00:00.000Z');
    expect(m.event.timeZone).toBe('America/New_York');
    expect(m.event.conferenceUrl).toBe('https://meet.google.com/abc-defg-hij');
    expect(m.event.organizerEmail).toBe('dana@northwind.example');
    expect(m.event.attendees).toEqual([
      { email: 'dana@northwind.example', response: 'accepted', kind: 'person', organizer: true },
      { email: 'priya@acme.example', name: 'Priya', response: 'tentative', kind: 'person', optional: true },
      { email: 'room-4@resource.calendar.google.com', response: 'accepted', kind: 'resource' },
    ]);
  });

  it('reads all-day dates in the calendar zone and falls back to it when the event names none', () => {
    const m = mapGoogleEvent(
      { id: 'x', summary: 'Offsite', start: { date: '2026-12-10' }, end: { date: '2026-12-11' } },
      'Europe/Berlin',
    );
    expect(m.kind === 'event' && [m.event.isAllDay, m.event.start.toISOString(), m.event.timeZone]).toEqual([
      true,
      '2026-12-09T23:00:00.000Z',
      'Europe/Berlin',
    ]);
  });

  it('turns id-only tombstones and bare cancelled instances into removals', () => {
    expect(mapGoogleEvent({ id: 'gone', status: 'cancelled' }, 'UTC')).toEqual({
      kind: 'removed',
      id: 'gone',
    });
    expect(
      mapGoogleEvent(
        {
          id: 'abc_1',
          status: 'cancelled',
          recurringEventId: 'abc',
          originalStartTime: { dateTime: '2026-12-09T15:00:00Z' },
        },
        'UTC',
      ),
    ).toEqual({ kind: 'removed', id: 'abc_1' });
  });

  it('keeps a cancelled event that still has its data as a cancelled change', () => {
    const m = mapGoogleEvent({ ...base, status: 'cancelled' }, 'UTC');
    expect(m.kind === 'event' && m.event.status).toBe('cancelled');
  });

  it('skips focus time, out of office and working location', () => {
    for (const eventType of ['focusTime', 'outOfOffice', 'workingLocation']) {
      expect(mapGoogleEvent({ ...base, eventType }, 'UTC')).toEqual({ kind: 'skipped' });
    }
  });
});
