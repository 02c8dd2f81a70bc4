/** Which of the rep's colleagues a draft copies: attending people at the rep's org, never the rep. */
import { describe, expect, it } from 'vitest';
import { colleaguesToCopy } from '../../../src/domain/colleague-cc.js';
import type { CalendarAttendee } from '../../../src/domain/types.js';

const REP = { email: 'dana@northwind.example', orgDomains: ['northwind.example'] };
const person = (email: string, more: Partial<CalendarAttendee> = {}): CalendarAttendee => ({
  email,
  response: 'accepted',
  kind: 'person',
  ...more,
});

describe('colleaguesToCopy', () => {
  it('takes attending people at the org and its subdomains, in attendee order', () => {
    const attendees = [
      person('DANA@northwind.example'),
      person('alice@umbrella.example'),
      person('lee@eu.northwind.example'),
      person('sam@northwind.example', { response: 'needsAction' }),
      person('kim@northwind.example', { response: 'declined' }),
      person('room-4@northwind.example', { kind: 'room' }),
      person('sales@northwind.example', { kind: 'group' }),
      person('mallory@notnorthwind.example'),
    ];
    expect(colleaguesToCopy(attendees, REP, ['alice@umbrella.example'], 20)).toEqual([
      'lee@eu.northwind.example',
      'sam@northwind.example',
    ]);
  });

  it('uses the rep’s own domain when no org domain is set, skips repeats, and fills only the room left', () => {
    const attendees = [
      person('sam@northwind.example'),
      person('Sam@northwind.example'),
      person('lee@northwind.example'),
    ];
    expect(colleaguesToCopy(attendees, { ...REP, orgDomains: [] }, [], 20)).toEqual([
      'sam@northwind.example',
      'lee@northwind.example',
    ]);
    expect(colleaguesToCopy(attendees, REP, [], 1)).toEqual(['sam@northwind.example']);
    expect(colleaguesToCopy(attendees, REP, [], 0)).toEqual([]);
  });
});
