/** Template helpers and naming rules, as a prospect would read their output. */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import {
  duration,
  formatDateTime,
  formatShortDateTime,
  formatTime,
  zoneAbbreviation,
} from '../../../src/compose/format-time.js';
import { numberedList, registerHelpers } from '../../../src/compose/helpers.js';
import { companyFromDomain, firstNameOf, greetingName } from '../../../src/compose/names.js';

function render(source: string, data: object = {}): string {
  const env = Handlebars.create();
  registerHelpers(env);
  return env.compile(source, { strict: true, noEscape: true })(data);
}

describe('time helpers', () => {
  const start = new Date('2026-07-14T13:00:00Z');

  it('shows one instant in the zone it is given, with that zone’s abbreviation', () => {
    expect(formatTime(start, 'America/New_York')).toBe('9:00 AM EDT');
    expect(formatTime(start, 'America/Los_Angeles')).toBe('6:00 AM PDT');
    expect(formatTime(start, 'Europe/Berlin')).toBe('3:00 PM CEST');
    expect(formatTime(start, 'Europe/London')).toBe('2:00 PM BST');
    expect(formatTime(start, 'UTC')).toBe('1:00 PM UTC');
    expect(zoneAbbreviation(start, 'Asia/Tokyo')).toBe('GMT+9');
    expect(formatDateTime('2026-07-14T23:30:00Z', 'Asia/Tokyo')).toBe('Wednesday, July 15 at 8:30 AM GMT+9');
  });

  it('writes the short form of the nudges, the day read in the zone given', () => {
    expect(formatShortDateTime('2026-12-09T16:00:00Z', 'America/New_York')).toBe('Wed, Dec 9, 11:00 AM EST');
    expect(formatShortDateTime('2026-07-14T23:30:00Z', 'Europe/Berlin')).toBe('Wed, Jul 15, 1:30 AM CEST');
  });

  it('measures durations in hours and minutes', () => {
    const at = (m: number) => new Date(start.getTime() + m * 60_000);
    expect([30, 60, 90, 45, 125].map((m) => duration(start, at(m)))).toEqual([
      '30 min',
      '1 hr',
      '1 hr 30 min',
      '45 min',
      '2 hr 5 min',
    ]);
  });

  it('refuses a date helper without a zone instead of using the server zone', () => {
    expect(() => render('{{formatTime start}}', { start })).toThrow(/needs a date and a time zone/);
    expect(render('{{weekday start "Europe/Berlin"}}', { start })).toBe('Tuesday');
  });
});

describe('list and name helpers', () => {
  it('numbers list items and indents continuation lines', () => {
    expect(numberedList(['One', 'Two\nmore'])).toBe('  1. One\n  2. Two\n     more');
    expect(render('{{numbered items}}', { items: ['A', 'B'] })).toBe('  1. A\n  2. B');
  });

  it('joins words as English or with a separator', () => {
    expect(render('{{join xs}}|{{join xs ", "}}', { xs: ['Priya', 'Sam', 'Lee'] })).toBe(
      'Priya, Sam and Lee|Priya, Sam, Lee',
    );
  });

  it('finds first names and greetings', () => {
    expect(firstNameOf('Dr. Priya Raman')).toBe('Priya');
    expect(firstNameOf('Raman, Priya')).toBe('Priya');
    expect(render('{{firstName p}}', { p: { email: 'sam.ortiz@acme.example' } })).toBe('Sam');
    expect(greetingName([{ email: 'info@acme.example' }])).toBe('there');
    const people = ['A B', 'C D', 'E F', 'G H'].map((name, i) => ({ name, email: `p${i}@x.example` }));
    expect(greetingName(people.slice(0, 3))).toBe('A, C and E');
    expect(greetingName(people)).toBe('all');
  });

  it('names companies from domains', () => {
    expect(companyFromDomain('acme-robotics.example')).toBe('Acme Robotics');
    expect(companyFromDomain('mail.globex.co.uk')).toBe('Globex');
    expect(companyFromDomain('northwind.example')).toBe('Northwind');
    // The registrable domain names the account, never a subdomain (one function, stored and emailed).
    expect(companyFromDomain('eu.acme.com')).toBe('Acme');
    expect(companyFromDomain('sales.initech.com.au')).toBe('Initech');
    expect(companyFromDomain('umbrella-corp.github.io')).toBe('Umbrella Corp');
  });
});
