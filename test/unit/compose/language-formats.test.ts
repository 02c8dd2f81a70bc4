/** Dates, durations, the recap's day, the next step and the greeting as each language writes them. */
import { describe, expect, it } from 'vitest';
import { duration, formatDateTime } from '../../../src/compose/format-time.js';
import { greetingName } from '../../../src/compose/names.js';
import { dueDate, nextStepLine } from '../../../src/compose/next-step-line.js';
import { relativeDay } from '../../../src/compose/relative-time.js';

const START = new Date('2026-03-03T15:00:00Z'); // Tuesday 10:00 in New York
const END_90 = new Date('2026-03-03T16:30:00Z');
const DUE = new Date('2026-03-05T22:00:00Z'); // Thursday 17:00 in New York
const NY = 'America/New_York';

describe('each language’s formats', () => {
  it.each([
    ['en', 'Tuesday, March 3 at 10:00 AM EST', '1 hr 30 min'],
    ['de', 'Dienstag, 3. März um 10:00 Uhr EST', '1 Std. 30 Min.'],
    ['fr', 'mardi 3 mars à 10:00 EST', '1 h 30'],
    ['es', 'martes, 3 de marzo a las 10:00 EST', '1 h 30 min'],
    ['pt', 'terça-feira, 3 de março às 10:00 EST', '1 h 30 min'],
    ['nl', 'dinsdag 3 maart om 10:00 EST', '1 uur 30 min'],
  ] as const)('%s: the meeting time and its length', (language, when, length) => {
    expect(formatDateTime(START, NY, language)).toBe(when);
    expect(duration(START, END_90, language)).toBe(length);
  });

  it('names the zone in the language where it has a name of its own, else as English does', () => {
    expect(formatDateTime(START, 'Europe/Berlin', 'de')).toBe('Dienstag, 3. März um 16:00 Uhr MEZ');
    expect(formatDateTime(START, 'Europe/Paris', 'fr')).toBe('mardi 3 mars à 16:00 CET');
  });

  it.each([
    ['de', 'am Dienstag', 'gestern'],
    ['fr', 'mardi', 'hier'],
    ['es', 'del martes', 'de ayer'],
    ['pt', 'de terça-feira', 'de ontem'],
    ['nl', 'op dinsdag', 'gisteren'],
  ] as const)('%s: the day of the meeting, seen from the recap', (language, twoDaysOn, nextDay) => {
    expect(relativeDay(START, NY, new Date('2026-03-05T14:00:00Z'), language)).toBe(twoDaysOn);
    expect(relativeDay(START, NY, new Date('2026-03-04T14:00:00Z'), language)).toBe(nextDay);
  });

  it.each([
    ['de', 'Angebot überarbeiten (bis Donnerstag, 5. März) — darum kümmern Sie sich.'],
    ['fr', "réviser l'offre (d'ici le jeudi 5 mars) — vous vous en occupez."],
    ['es', 'revisar la oferta (para el jueves, 5 de marzo) — se encarga usted.'],
    ['pt', 'revisar a proposta (até quinta-feira, 5 de março) — você cuida disso.'],
    ['nl', 'offerte herzien (uiterlijk donderdag 5 maart) — u regelt het.'],
  ] as const)('%s: the next step with who and by when', (language, line) => {
    const what = line.slice(0, line.indexOf(' ('));
    expect(nextStepLine({ what, owner: 'prospect', due: DUE }, NY, START, {}, language)).toBe(line);
  });

  it('adds the year the way each language writes it when it is not the meeting’s', () => {
    const next = new Date('2027-01-08T22:00:00Z');
    expect(dueDate(next, NY, START, 'en')).toBe('Friday, January 8, 2027');
    expect(dueDate(next, NY, START, 'de')).toBe('Freitag, 8. Januar 2027');
    expect(dueDate(next, NY, START, 'es')).toBe('viernes, 8 de enero de 2027');
  });

  it('greets in the language: its "and", its word for a group, nothing for one unnamed person', () => {
    const priya = { email: 'priya@acme.example', name: 'Priya Raman' };
    const sam = { email: 'sam@acme.example', name: 'Sam Ortiz' };
    expect(greetingName([priya, sam], 'de')).toBe('Priya und Sam');
    expect(greetingName([priya, { email: 'ops@acme.example' }], 'fr')).toBe('à tous');
    expect(greetingName([{ email: 'x1@acme.example' }], 'nl')).toBe('');
    expect(greetingName([{ email: 'x1@acme.example' }], 'en')).toBe('there');
  });
});
