import { describe, expect, it } from 'vitest';
import { graphInstant, toCalendarEvent } from '../../../src/providers/microsoft/graph-event-map.js';

const REP = 'dana@northwind.example';

describe('Graph event mapping', () => {
  it('reads UTC date-times without an offset as UTC, and other zones explicitly', () => {
    expect(graphInstant({ dateTime: '2026-12-09T15:00:00.0000000', timeZone: 'UTC' }, false, 'UTC')).toEqual(
      new Date('2026-12-09T15:00:00Z'),
    );
    expect(
      graphInstant(
        { dateTime: '2026-12-09T10:00:00.0000000', timeZone: 'Eastern Standard Time' },
        false,
        'UTC',
      ),
    ).toEqual(new Date('2026-12-09T15:00:00Z'));
  });

  it('reads all-day dates at midnight in the event zone, whatever Prefer asked for', () => {
    const e = toCalendarEvent(
      {
        id: 'e1',
        subject: 'Offsite',
        isAllDay: true,
        originalStartTimeZone: 'W. Europe Standard Time',
        start: { dateTime: '2026-12-09T00:00:00.0000000', timeZone: 'UTC' },
        end: { dateTime: '2026-12-10T00:00:00.0000000', timeZone: 'UTC' },
      },
      REP,
    );
    expect(e).toMatchObject({
      isAllDay: true,
      timeZone: 'Europe/Berlin',
      start: new Date('2026-12-08T23:00:00Z'),
    });
  });

  it('adds the organizer, keeps the rep’s own answer, and tells rooms from people', () => {
    const e = toCalendarEvent(
      {
        id: 'e2',
        subject: 'Demo',
        isCancelled: false,
        start: { dateTime: '2026-12-09T15:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-09T16:00:00', timeZone: 'UTC' },
        responseStatus: { response: 'declined' },
        organizer: { emailAddress: { address: 'Priya@Acme.example', name: 'Priya' } },
        attendees: [
          { type: 'required', emailAddress: { address: REP }, status: { response: 'accepted' } },
          {
            type: 'optional',
            emailAddress: { address: 'sam@acme.example' },
            status: { response: 'tentativelyAccepted' },
          },
          {
            type: 'resource',
            emailAddress: { address: 'room-4@northwind.example' },
            status: { response: 'accepted' },
          },
          {
            type: 'required',
            emailAddress: { address: 'hall@northwind.example' },
            status: { response: 'none' },
          },
        ],
        locations: [
          { displayName: 'Hall', locationUri: 'hall@northwind.example', locationType: 'conferenceRoom' },
        ],
        onlineMeeting: { joinUrl: 'https://teams.example/l/meetup-join/1' },
      },
      REP,
    );
    expect(e.attendees).toEqual([
      { email: 'priya@acme.example', name: 'Priya', response: 'accepted', kind: 'person', organizer: true },
      { email: REP, response: 'declined', kind: 'person' },
      { email: 'sam@acme.example', response: 'tentative', kind: 'person', optional: true },
      { email: 'room-4@northwind.example', response: 'accepted', kind: 'resource' },
      { email: 'hall@northwind.example', response: 'needsAction', kind: 'room' },
    ]);
    expect(e.conferenceUrl).toBe('https://teams.example/l/meetup-join/1');
  });

  it('lets a bare occurrence take content from its master, and keeps its own id and times', () => {
    const master = {
      id: 'm1',
      type: 'seriesMaster' as const,
      subject: 'Weekly',
      isCancelled: false,
      start: { dateTime: '2026-12-01T15:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-01T15:30:00', timeZone: 'UTC' },
    };
    const occ = {
      id: 'o3',
      seriesMasterId: 'm1',
      type: 'occurrence' as const,
      start: { dateTime: '2026-12-15T15:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-12-15T15:30:00.0000000', timeZone: 'UTC' },
    };
    expect(toCalendarEvent(occ, REP, master)).toMatchObject({
      id: 'o3',
      title: 'Weekly',
      start: new Date('2026-12-15T15:00:00Z'),
    });
    expect(toCalendarEvent({ ...master, id: 'c1', isCancelled: true }, REP).status).toBe('cancelled');
  });
});
