/** `agendum classify-reply`'s meeting options: both or neither, an ISO time, an IANA zone. */
import { describe, expect, it } from 'vitest';
import { meetingFromArgs } from '../../src/classify-reply-command.js';

describe('meetingFromArgs', () => {
  it('reads the meeting, or none', () => {
    expect(meetingFromArgs()).toBeUndefined();
    expect(meetingFromArgs('2026-03-03T15:00:00Z', 'America/New_York')).toEqual({
      start: new Date('2026-03-03T15:00:00Z'),
      timeZone: 'America/New_York',
    });
  });

  it('says what to pass when an option is missing or wrong', () => {
    expect(() => meetingFromArgs('2026-03-03T15:00:00Z')).toThrow(/--meeting-start and --time-zone together/);
    expect(() => meetingFromArgs('tuesday', 'Europe/Berlin')).toThrow(/ISO 8601 time such as/);
    expect(() => meetingFromArgs('2026-03-03T15:00:00Z', 'Mars/Olympus')).toThrow(/IANA zone such as/);
  });
});
