import { describe, expect, it } from 'vitest';
import { classifyMeeting } from '../../../src/domain/classify-meeting.js';
import { matchIgnoreRule, readIgnoreRules } from '../../../src/domain/ignore-rules.js';
import type { CalendarEvent } from '../../../src/domain/types.js';

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: 'e1',
  title: 'Acme intro',
  description: '',
  start: new Date('2026-12-10T15:00:00Z'),
  end: new Date('2026-12-10T15:30:00Z'),
  timeZone: 'UTC',
  isAllDay: false,
  status: 'confirmed',
  attendees: [
    { email: 'dana@northwind.example', response: 'accepted', kind: 'person' },
    { email: 'priya@acme.example', response: 'accepted', kind: 'person' },
  ],
  ...over,
});

const rules = (over: Partial<ReturnType<typeof readIgnoreRules>> = {}) => ({
  titles: [],
  domains: [],
  calendars: [],
  ...over,
});

describe('readIgnoreRules', () => {
  it('reads the old string[] form as title substrings', () => {
    expect(readIgnoreRules(['1:1', '', 'Lunch'])).toEqual({
      titles: ['1:1', 'Lunch'],
      domains: [],
      calendars: [],
    });
  });
  it('reads the three kinds, dropping what is not text', () => {
    expect(readIgnoreRules({ titles: ['x', 3], domains: ['acme.example'], calendars: null })).toEqual({
      titles: ['x'],
      domains: ['acme.example'],
      calendars: [],
    });
  });
  it('reads anything else as no rules', () => {
    expect(readIgnoreRules('1:1')).toEqual(rules());
    expect(readIgnoreRules(null)).toEqual(rules());
  });
});

describe('matchIgnoreRule', () => {
  it('matches a title substring in any case', () => {
    expect(matchIgnoreRule(event({ title: 'ACME Interview' }), rules({ titles: ['interview'] }))).toBe(
      'ignored by rule "interview"',
    );
  });
  it('matches an attendee domain and its subdomains, not a lookalike', () => {
    const r = rules({ domains: ['acme.example'] });
    expect(matchIgnoreRule(event(), r)).toBe('ignored by attendee domain rule "acme.example"');
    const sub = event({ attendees: [{ email: 'x@eu.acme.example', response: 'accepted', kind: 'person' }] });
    expect(matchIgnoreRule(sub, r)).toBeDefined();
    const lookalike = event({
      attendees: [{ email: 'x@notacme.example', response: 'accepted', kind: 'person' }],
    });
    expect(matchIgnoreRule(lookalike, r)).toBeUndefined();
  });
  it('matches the calendar by its whole name in any case, and never an event without one', () => {
    const r = rules({ calendars: ['Hiring'] });
    expect(matchIgnoreRule(event({ calendar: 'hiring' }), r)).toBe('ignored by calendar rule "Hiring"');
    expect(matchIgnoreRule(event({ calendar: 'Hiring 2027' }), r)).toBeUndefined();
    expect(matchIgnoreRule(event(), r)).toBeUndefined();
  });
  it('never matches on blank rules', () => {
    expect(
      matchIgnoreRule(event({ calendar: '' }), rules({ titles: [' '], domains: [''], calendars: [''] })),
    ).toBe(undefined);
  });
});

describe('classifyMeeting with ignore rules', () => {
  const rep = { email: 'dana@northwind.example', orgDomains: ['northwind.example'], maxExternalAttendees: 8 };
  it('is a prospect meeting without rules, and not one when a domain rule matches', () => {
    expect(classifyMeeting(event(), { ...rep, ignoreRules: rules() }).isProspect).toBe(true);
    const d = classifyMeeting(event(), { ...rep, ignoreRules: rules({ domains: ['acme.example'] }) });
    expect(d).toMatchObject({ isProspect: false, reason: 'ignored by attendee domain rule "acme.example"' });
  });
});
