/** Which calendar events are prospect meetings, and the reason the rep sees for each decision. */
import { describe, expect, it } from 'vitest';
import { classifyMeeting } from '../../../src/domain/classify-meeting.js';
import type { CalendarAttendee, CalendarEvent } from '../../../src/domain/types.js';

const rep = {
  email: 'dana@northwind.example',
  orgDomains: ['northwind.example'],
  maxExternalAttendees: 8,
  ignoreRules: { titles: ['1:1', 'Lunch'], domains: [], calendars: [] },
};

const person = (email: string, extra: Partial<CalendarAttendee> = {}): CalendarAttendee => ({
  email,
  response: 'needsAction',
  kind: 'person',
  ...extra,
});

const danaAccepted = person('dana@northwind.example', { response: 'accepted', organizer: true });

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 'evt-1',
    title: 'Acme Robotics × Northwind — discovery call',
    description: '',
    start: new Date('2026-03-03T15:00:00Z'),
    end: new Date('2026-03-03T15:30:00Z'),
    timeZone: 'America/New_York',
    isAllDay: false,
    status: 'confirmed',
    organizerEmail: 'dana@northwind.example',
    attendees: [danaAccepted, person('priya@acme-robotics.example'), person('sam@acme-robotics.example')],
    ...overrides,
  };
}

describe('classifyMeeting', () => {
  it('takes a meeting with an outside person as a prospect meeting and names them', () => {
    const d = classifyMeeting(event(), rep);
    expect(d).toMatchObject({
      isProspect: true,
      reason: 'external: priya@acme-robotics.example (+1)',
      accountDomain: 'acme-robotics.example',
    });
    expect(d.prospects.map((p) => p.email)).toEqual([
      'priya@acme-robotics.example',
      'sam@acme-robotics.example',
    ]);
  });

  it('names a single prospect without a count', () => {
    const d = classifyMeeting(
      event({ attendees: [danaAccepted, person('priya@acme-robotics.example')] }),
      rep,
    );
    expect(d.reason).toBe('external: priya@acme-robotics.example');
  });

  it('skips a cancelled meeting', () => {
    expect(classifyMeeting(event({ status: 'cancelled' }), rep)).toMatchObject({
      isProspect: false,
      reason: 'cancelled',
    });
  });

  it('skips an all-day event', () => {
    expect(classifyMeeting(event({ isAllDay: true }), rep).reason).toBe('all-day event');
  });

  it('skips a meeting the rep declined, whatever the case of the address', () => {
    const attendees = [
      person('Dana@NorthWind.example', { response: 'declined' }),
      person('priya@acme-robotics.example'),
    ];
    expect(classifyMeeting(event({ attendees }), rep)).toMatchObject({
      isProspect: false,
      reason: 'rep declined',
    });
  });

  it('counts a rep who is only the organizer as attending', () => {
    const d = classifyMeeting(event({ attendees: [person('priya@acme-robotics.example')] }), rep);
    expect(d.isProspect).toBe(true);
  });

  it('skips a title matched by an ignore rule, case-insensitively', () => {
    expect(classifyMeeting(event({ title: 'Priya / Dana 1:1' }), rep).reason).toBe('ignored by rule "1:1"');
    expect(classifyMeeting(event({ title: 'team lunch with Acme' }), rep).reason).toBe(
      'ignored by rule "Lunch"',
    );
  });

  it('does not let a blank ignore rule mute every meeting', () => {
    expect(
      classifyMeeting(event(), {
        ...rep,
        ignoreRules: { titles: ['', '  '], domains: [' '], calendars: [''] },
      }).isProspect,
    ).toBe(true);
  });

  it('skips a meeting with only the rep’s team, subdomains and address case included', () => {
    const attendees = [
      danaAccepted,
      person('lee@eu.northwind.example'),
      person('Kim@NORTHWIND.EXAMPLE'),
      person('ops@sales.eu.northwind.example'),
    ];
    const d = classifyMeeting(event({ attendees }), rep);
    expect(d).toMatchObject({ isProspect: false, reason: 'internal only', prospects: [] });
    expect(d.accountDomain).toBeUndefined();
  });

  it('does not treat a look-alike domain as internal', () => {
    const d = classifyMeeting(event({ attendees: [danaAccepted, person('eve@evilnorthwind.example')] }), rep);
    expect(d.isProspect).toBe(true);
  });

  it('never takes a room, resource or group for a prospect (CUTYPE)', () => {
    const attendees = [
      danaAccepted,
      person('room-4@acme-robotics.example', { kind: 'room' }),
      person('projector@acme-robotics.example', { kind: 'resource' }),
      person('everyone@acme-robotics.example', { kind: 'group' }),
    ];
    expect(classifyMeeting(event({ attendees }), rep)).toMatchObject({
      isProspect: false,
      reason: 'only rooms or resources besides the team',
    });
  });

  it('recognises Google resource and group calendars by their address', () => {
    const attendees = [
      danaAccepted,
      person('c_1889abc@resource.calendar.google.com'),
      person('team_x@group.calendar.google.com'),
    ];
    expect(classifyMeeting(event({ attendees }), rep).reason).toBe(
      'only rooms or resources besides the team',
    );
  });

  it('leaves rooms out of the prospects of a real prospect meeting', () => {
    const attendees = [
      danaAccepted,
      person('room-4@acme-robotics.example', { kind: 'room' }),
      person('priya@acme-robotics.example'),
    ];
    const d = classifyMeeting(event({ attendees }), rep);
    expect(d.reason).toBe('external: priya@acme-robotics.example');
    expect(d.prospects).toHaveLength(1);
  });

  it('does not send to an external person who declined', () => {
    const attendees = [
      danaAccepted,
      person('sam@acme-robotics.example', { response: 'declined' }),
      person('priya@acme-robotics.example'),
    ];
    const d = classifyMeeting(event({ attendees }), rep);
    expect(d.prospects.map((p) => p.email)).toEqual(['priya@acme-robotics.example']);
  });

  it('skips a meeting every external person declined', () => {
    const attendees = [danaAccepted, person('priya@acme-robotics.example', { response: 'declined' })];
    expect(classifyMeeting(event({ attendees }), rep).reason).toBe('every external attendee declined');
  });

  it('treats more external people than the limit as a webinar', () => {
    const crowd = Array.from({ length: 42 }, (_, i) => person(`guest${i}@example.org`));
    expect(classifyMeeting(event({ attendees: [danaAccepted, ...crowd] }), rep)).toMatchObject({
      isProspect: false,
      reason: 'webinar: 42 external attendees (limit 8)',
    });
  });

  it('accepts exactly the limit of external people', () => {
    const eight = Array.from({ length: 8 }, (_, i) => person(`guest${i}@acme-robotics.example`));
    expect(classifyMeeting(event({ attendees: [danaAccepted, ...eight] }), rep).reason).toBe(
      'external: guest0@acme-robotics.example (+7)',
    );
  });

  it('uses the rep’s own domain when no org domains are configured', () => {
    const d = classifyMeeting(event({ attendees: [danaAccepted, person('kim@northwind.example')] }), {
      ...rep,
      orgDomains: [],
    });
    expect(d.reason).toBe('internal only');
  });

  it('checks in the documented order: the first reason that applies is the one shown', () => {
    const crowd = Array.from({ length: 20 }, (_, i) => person(`guest${i}@example.org`));
    const declined = person('dana@northwind.example', { response: 'declined' });
    const all = {
      status: 'cancelled' as const,
      isAllDay: true,
      title: '1:1',
      attendees: [declined, ...crowd],
    };
    expect(classifyMeeting(event(all), rep).reason).toBe('cancelled');
    expect(classifyMeeting(event({ ...all, status: 'confirmed' }), rep).reason).toBe('all-day event');
    const timed = { ...all, status: 'confirmed' as const, isAllDay: false };
    expect(classifyMeeting(event(timed), rep).reason).toBe('rep declined');
    const accepted = { ...timed, attendees: [danaAccepted, ...crowd] };
    expect(classifyMeeting(event(accepted), rep).reason).toBe('ignored by rule "1:1"');
    expect(classifyMeeting(event({ ...accepted, title: 'Launch' }), rep).reason).toMatch(/^webinar: 20 /);
  });
});
