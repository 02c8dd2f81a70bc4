/**
 * Reading the rep's "By:" date in six languages, from a fixed clock on every day of one ISO week
 * (Monday Nov 30 – Sunday Dec 6, 2026) in New York and Berlin. Pure: no I/O, no real clock.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../../src/replies/parse-due-date.js';

const ZONES = ['America/New_York', 'Europe/Berlin'];
// Monday through Sunday; each is "written" at 10:00 local time.
const WEEK = [
  '2026-11-30',
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
  '2026-12-05',
  '2026-12-06',
];
const THURSDAY = '2026-12-03';

const writtenAt = (date: string, zone: string, time = '10:00') =>
  DateTime.fromISO(`${date}T${time}`, { zone }).toJSDate();

/** What `value` reads as, written on `date` in `zone`: local "yyyy-MM-dd HH:mm", or "unreadable". */
function read(value: string, date: string, zone: string, locale?: string): string {
  const due = parseDueDate(value, writtenAt(date, zone), zone, locale);
  return due ? DateTime.fromJSDate(due, { zone }).toFormat('yyyy-MM-dd HH:mm') : 'unreadable';
}
/** What `value` reads as on each day of the week, Monday first, as the 17:00 default. */
const readAllWeek = (value: string, zone: string) => WEEK.map((date) => read(value, date, zone));
/** Expected dates for Monday..Sunday, each at 17:00. */
const at5pm = (...dates: string[]) => dates.map((d) => `2026-${d} 17:00`);
const sameAllWeek = (date: string) => at5pm(...WEEK.map(() => date));

// Each family: the phrases that must mean the same, and what they mean written Monday..Sunday.
// biome-ignore format: packed phrase lists keep the table readable
const FAMILIES: { family: string; phrases: string[]; expected: string[] }[] = [
  {
    family: 'the coming Friday (today named alone means a week later)',
    phrases: [
      'Friday', 'this Friday', 'fri', 'by Friday', 'Freitag', 'diesen Freitag', 'am Freitag', 'bis Freitag',
      'kommenden Freitag', 'vendredi', 'ce vendredi', "d'ici vendredi", 'viernes', 'este viernes',
      'el viernes', 'sexta-feira', 'sexta', 'nesta sexta', 'sexta feira', 'vrijdag', 'deze vrijdag',
      'aanstaande vrijdag', 'komende vrijdag',
    ],
    expected: at5pm('12-04', '12-04', '12-04', '12-04', '12-11', '12-11', '12-11'),
  },
  {
    family: 'Friday of the following week',
    phrases: [
      'next Friday', 'Friday next week', 'the following Friday', 'nächsten Freitag', 'naechsten Freitag',
      'nachsten freitag', 'Freitag nächste Woche', 'am nächsten Freitag', 'vendredi prochain',
      'vendredi de la semaine prochaine', 'el próximo viernes', 'el viernes que viene', 'el viernes próximo',
      'viernes de la próxima semana', 'próxima sexta-feira', 'próxima sexta', 'sexta-feira que vem',
      'sexta da próxima semana', 'volgende vrijdag', 'vrijdag volgende week',
    ],
    expected: sameAllWeek('12-11'),
  },
  {
    family: 'the coming Monday (already in the following week)',
    phrases: ['Monday', 'this Monday', 'Montag', 'lundi', 'lunes', 'segunda-feira', 'na segunda', 'maandag'],
    expected: sameAllWeek('12-07'),
  },
  {
    family: 'Monday of the following week (the same day as the coming Monday)',
    phrases: [
      'next Monday', 'nächsten Montag', 'lundi prochain', 'el próximo lunes', 'próxima segunda',
      'volgende maandag',
    ],
    expected: sameAllWeek('12-07'),
  },
  {
    family: 'the coming Wednesday',
    phrases: [
      'Wednesday', 'wed', 'Mittwoch', 'mercredi', 'miércoles', 'miercoles', 'quarta-feira', 'woensdag',
    ],
    expected: at5pm('12-02', '12-02', '12-09', '12-09', '12-09', '12-09', '12-09'),
  },
  {
    family: 'Wednesday of the following week',
    phrases: [
      'next Wednesday', 'nächsten Mittwoch', 'mercredi prochain', 'el próximo miércoles', 'próxima quarta',
      'volgende woensdag',
    ],
    expected: sameAllWeek('12-09'),
  },
  {
    family: 'the coming Sunday',
    phrases: ['Sunday', 'Sonntag', 'dimanche', 'domingo', 'zondag'],
    expected: at5pm('12-06', '12-06', '12-06', '12-06', '12-06', '12-06', '12-13'),
  },
  {
    family: 'Sunday of the following week',
    phrases: [
      'next Sunday', 'nächsten Sonntag', 'dimanche prochain', 'el próximo domingo', 'próximo domingo',
      'volgende zondag',
    ],
    expected: sameAllWeek('12-13'),
  },
  {
    family: 'today',
    phrases: [
      'today', 'EOD', 'end of day', 'heute', "aujourd'hui", 'aujourdhui', 'fin de journée', 'hoy', 'hoje',
      'vandaag',
    ],
    expected: at5pm('11-30', '12-01', '12-02', '12-03', '12-04', '12-05', '12-06'),
  },
  {
    family: 'tomorrow',
    phrases: [
      'tomorrow', 'tmrw', 'morgen', 'bis morgen', 'morgen früh', 'demain', 'mañana', 'manana', 'MAÑANA',
      'mañana por la mañana', 'amanhã', 'amanha', 'amanhã de manhã', 'morgenochtend',
    ],
    expected: at5pm('12-01', '12-02', '12-03', '12-04', '12-05', '12-06', '12-07'),
  },
  {
    family: 'the day after tomorrow',
    phrases: [
      'day after tomorrow', 'übermorgen', 'après-demain', 'apres demain', 'pasado mañana', 'depois de amanhã',
      'overmorgen',
    ],
    expected: at5pm('12-02', '12-03', '12-04', '12-05', '12-06', '12-07', '12-08'),
  },
  {
    family: 'in 3 days',
    phrases: [
      'in 3 days', 'in three days', 'within 3 days', '3 days from now', 'in 3 Tagen', 'in drei Tagen',
      'dans 3 jours', 'dans trois jours', "d'ici 3 jours", 'en 3 días', 'en tres días', 'dentro de 3 días',
      'em 3 dias', 'em três dias', 'daqui a 3 dias', 'over 3 dagen', 'over drie dagen', 'binnen 3 dagen',
    ],
    expected: at5pm('12-03', '12-04', '12-05', '12-06', '12-07', '12-08', '12-09'),
  },
  {
    family: 'in one week (eight days, in French, Spanish and Portuguese)',
    phrases: [
      'in a week', 'a week from today', 'in 1 week', 'in einer Woche', 'dans une semaine', 'dans huit jours',
      'en una semana', 'en ocho días', 'em uma semana', 'daqui a oito dias', 'over een week',
    ],
    expected: at5pm('12-07', '12-08', '12-09', '12-10', '12-11', '12-12', '12-13'),
  },
  {
    family: 'in two weeks (fifteen days, in French, Spanish and Portuguese)',
    phrases: [
      'in 2 weeks', 'in two weeks', 'in zwei Wochen', 'in vierzehn Tagen', 'in 14 Tagen',
      'dans deux semaines', 'dans quinze jours', 'dans 15 jours', 'en dos semanas', 'en quince días',
      'em duas semanas', 'daqui a quinze dias', 'over twee weken', 'over veertien dagen',
    ],
    expected: at5pm('12-14', '12-15', '12-16', '12-17', '12-18', '12-19', '12-20'),
  },
  {
    family: 'end of week (Friday; on the weekend, the coming Friday)',
    phrases: [
      'end of week', 'end of the week', 'EOW', 'this week', 'before the weekend', 'Ende der Woche',
      'Ende dieser Woche', 'diese Woche', 'vor dem Wochenende', 'fin de semaine', 'fin de la semaine',
      "d'ici la fin de la semaine", 'cette semaine', 'avant le week-end', 'final de la semana',
      'a finales de semana', 'esta semana', 'antes del fin de semana', 'fim da semana', 'final da semana',
      'antes do fim de semana', 'eind van de week', 'einde van deze week', 'deze week', 'voor het weekend',
    ],
    expected: at5pm('12-04', '12-04', '12-04', '12-04', '12-04', '12-11', '12-11'),
  },
  {
    family: 'end of next week',
    phrases: [
      'end of next week', 'Ende nächster Woche', 'Ende der nächsten Woche', 'fin de la semaine prochaine',
      'final de la próxima semana', 'fin de la semana que viene', 'fim da próxima semana',
      'fim da semana que vem', 'eind volgende week', 'eind van de volgende week',
    ],
    expected: sameAllWeek('12-11'),
  },
  {
    family: 'end of month (its last working day: Monday Nov 30 itself, then Thursday Dec 31)',
    phrases: [
      'end of month', 'end of the month', 'EOM', 'Ende des Monats', 'Monatsende', 'fin du mois',
      'fin de mois', 'fin de mes', 'final del mes', 'fim do mês', 'fim do mes', 'eind van de maand',
      'einde van de maand',
    ],
    expected: at5pm('11-30', '12-31', '12-31', '12-31', '12-31', '12-31', '12-31'),
  },
  {
    family: 'next week (its Monday)',
    phrases: [
      'next week', 'nächste Woche', 'la semaine prochaine', 'la semana que viene', 'próxima semana',
      'volgende week',
    ],
    expected: sameAllWeek('12-07'),
  },
  {
    family: 'a date in words',
    phrases: [
      'December 11', 'Dec 11th', '11 December', '11th of December', '11. Dezember', '11 décembre',
      '11 decembre', 'le 11 déc.', '11 de diciembre', 'el 11 de diciembre de 2026', '11 de dezembro',
      '11 december 2026',
    ],
    expected: sameAllWeek('12-11'),
  },
  {
    family: 'a date in digits',
    phrases: ['2026-12-11', '11.12.', '11.12.2026', '11.12.26', '11.12', '12/11', '12/11/2026'],
    expected: sameAllWeek('12-11'),
  },
];

describe('parseDueDate on every day of one week', () => {
  describe.each(ZONES)('in %s', (zone) => {
    for (const { family, phrases, expected } of FAMILIES) {
      it.each(phrases)(`${family}: "%s"`, (phrase) => {
        expect(readAllWeek(phrase, zone)).toEqual(expected);
      });
    }
  });
});

describe('parseDueDate, written on Thursday Dec 3, 2026', () => {
  it.each(ZONES)('"next X" is the following ISO week, "X" and "this X" the coming one (%s)', (zone) => {
    expect(read('next Friday', THURSDAY, zone)).toBe('2026-12-11 17:00');
    expect(read('this Friday', THURSDAY, zone)).toBe('2026-12-04 17:00');
    expect(read('Friday', THURSDAY, zone)).toBe('2026-12-04 17:00');
    expect(read('tomorrow', THURSDAY, zone)).toBe('2026-12-04 17:00');
    expect(read('next Monday', THURSDAY, zone)).toBe('2026-12-07 17:00');
    // Today's weekday named alone is a week away; "today" says today.
    expect(read('Thursday', THURSDAY, zone)).toBe('2026-12-10 17:00');
    expect(read('next Thursday', THURSDAY, zone)).toBe('2026-12-10 17:00');
  });

  it.each([
    ['übernächsten Freitag', '2026-12-18 17:00'],
    ['Friday the week after next', '2026-12-18 17:00'],
    ['overvolgende vrijdag', '2026-12-18 17:00'],
    ['the week after next', '2026-12-14 17:00'],
    ['übernächste Woche', '2026-12-14 17:00'],
    ['next month', '2027-01-01 17:00'],
    ['le mois prochain', '2027-01-01 17:00'],
    // Jan 31, 2027 is a Sunday: the last working day is Friday Jan 29.
    ['end of next month', '2027-01-29 17:00'],
    ['fin du mois prochain', '2027-01-29 17:00'],
    ['Ende des nächsten Monats', '2027-01-29 17:00'],
    ['fin del mes que viene', '2027-01-29 17:00'],
    ['fim do próximo mês', '2027-01-29 17:00'],
    ['eind volgende maand', '2027-01-29 17:00'],
    // A day and month over a month ago is next year's; a recent one stays overdue.
    ['11 January', '2027-01-11 17:00'],
    ['15 October', '2027-10-15 17:00'],
    ['20 November', '2026-11-20 17:00'],
    ['1er décembre', '2026-12-01 17:00'],
    // With a time.
    ['Friday 2pm', '2026-12-04 14:00'],
    ['Friday EOD', '2026-12-04 17:00'],
    ['vendredi fin de journée', '2026-12-04 17:00'],
    ['tomorrow at noon', '2026-12-04 12:00'],
    ['Freitag 14 Uhr', '2026-12-04 14:00'],
    ['Freitag, 9:30 Uhr', '2026-12-04 09:30'],
    ['Freitag 14.30 Uhr', '2026-12-04 14:30'],
    ['vendredi 14h30', '2026-12-04 14:30'],
    ['demain 9h', '2026-12-04 09:00'],
    ['viernes 10:30', '2026-12-04 10:30'],
    ['sexta às 15h', '2026-12-04 15:00'],
    ['vrijdag om 9 uur', '2026-12-04 09:00'],
    ['11.12. 16:00', '2026-12-11 16:00'],
    // The German and Dutch "morgen" is tomorrow; after an article, a day or "heute" it is the morning.
    ['heute Morgen', '2026-12-03 17:00'],
    ['Freitag Morgen', '2026-12-04 17:00'],
    ['Freitag am Morgen', '2026-12-04 17:00'],
    ['Freitagmorgen', '2026-12-04 17:00'],
    ['Freitagnachmittag', '2026-12-04 17:00'],
    ['vrijdagmiddag', '2026-12-04 17:00'],
    ['morgen am Vormittag', '2026-12-04 17:00'],
    // The Spanish "mañana" is tomorrow, but "por la mañana" is in the morning.
    ['el viernes por la mañana', '2026-12-04 17:00'],
    ['el lunes en la mañana', '2026-12-07 17:00'],
  ])('"%s" → %s', (value, expected) => {
    expect(read(value, THURSDAY, 'Europe/Berlin')).toBe(expected);
  });

  it('reads slashes in US order, unless the locale puts the day first', () => {
    expect(read('11/12', THURSDAY, 'Europe/Berlin')).toBe('2026-11-12 17:00');
    expect(read('11/12', THURSDAY, 'Europe/Berlin', 'en-US')).toBe('2026-11-12 17:00');
    expect(read('11/12', THURSDAY, 'Europe/Berlin', 'en-GB')).toBe('2026-12-11 17:00');
    expect(read('11/12', THURSDAY, 'Europe/Berlin', 'de-DE')).toBe('2026-12-11 17:00');
    expect(read('11/12', THURSDAY, 'Europe/Berlin', 'not a locale!')).toBe('2026-11-12 17:00');
    // Dots are day first whatever the locale.
    expect(read('11.12.', THURSDAY, 'America/New_York', 'en-US')).toBe('2026-12-11 17:00');
  });
});

describe('parseDueDate at the edges of days, months and clocks', () => {
  it('reads the day in the rep zone, not UTC', () => {
    // 23:30 Thursday in New York is already Friday in Berlin.
    const late = writtenAt(THURSDAY, 'America/New_York', '23:30');
    expect(parseDueDate('Friday', late, 'America/New_York')?.toISOString()).toBe('2026-12-04T22:00:00.000Z');
    expect(parseDueDate('Friday', late, 'Europe/Berlin')?.toISOString()).toBe('2026-12-11T16:00:00.000Z');
  });

  it('keeps 17:00 local across a clock change', () => {
    // US clocks go forward on Sunday, March 8, 2026; Europe's go back on Sunday, October 25.
    expect(read('next Monday', '2026-03-05', 'America/New_York')).toBe('2026-03-09 17:00');
    expect(read('nächsten Montag', '2026-10-22', 'Europe/Berlin')).toBe('2026-10-26 17:00');
  });

  it('ends the month on its last working day, or the next month if that is past', () => {
    // Oct 31, 2026 is a Saturday: Friday Oct 30 ends October; written that Saturday, November (Mon 30) is next.
    expect(read('end of month', '2026-10-29', 'Europe/Berlin')).toBe('2026-10-30 17:00');
    expect(read('end of month', '2026-10-30', 'Europe/Berlin')).toBe('2026-10-30 17:00');
    expect(read('Ende des Monats', '2026-10-31', 'Europe/Berlin')).toBe('2026-11-30 17:00');
    expect(read('fin du mois', '2026-11-01', 'Europe/Berlin')).toBe('2026-11-30 17:00');
  });
});

describe('parseDueDate when it cannot tell', () => {
  it.each([
    '',
    '   ',
    'soon',
    'asap',
    'when Sam is back',
    'TBD',
    'next',
    // Two different weekdays: which one is the rep's to say.
    'Monday or Tuesday',
    'Freitag oder Montag',
    // The weekend is no deadline: Spanish "fin de semana" and Portuguese "fim de semana" are the weekend.
    'the weekend',
    'this weekend',
    'am Wochenende',
    'le week-end',
    'fin de semana',
    'el fin de semana que viene',
    'fim de semana',
    'final de semana',
    'het weekend',
    // Morning is no day.
    'am Morgen',
    'por la mañana',
    // Date-shaped but no date; a dotted time without "Uhr" is not guessed as a date either.
    '2/30',
    '13/45',
    '31.11.',
    '2026-02-30',
    '14.30',
    'May 2026',
    // Durations in hours, or fractions, are not dates.
    'in 2h',
    'over 2 uur',
    'in 1.5 weeks',
    'in a couple of days',
    // French "mon" after a preposition, and a Portuguese ordinal, are no weekdays.
    'à mon retour',
    'segunda quinzena',
  ])('"%s" is unreadable', (value) => {
    expect(read(value, THURSDAY, 'Europe/Berlin')).toBe('unreadable');
  });

  it('does not read an over-long value, whatever it holds', () => {
    expect(read(`Friday ${'x'.repeat(200)}`, THURSDAY, 'Europe/Berlin')).toBe('unreadable');
    expect(read(`Friday ${'x'.repeat(150)}`, THURSDAY, 'Europe/Berlin')).toBe('2026-12-04 17:00');
  });

  it('stays quick on adversarial text at the length cap', () => {
    const inputs = [
      '1'.repeat(200),
      '1.'.repeat(100),
      'in '.repeat(66),
      'fin de '.repeat(28),
      '-'.repeat(200),
    ];
    const started = performance.now();
    for (const value of inputs) expect(read(value, THURSDAY, 'Europe/Berlin')).toBe('unreadable');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('does not read a date in an unknown zone', () => {
    expect(parseDueDate('Friday', writtenAt(THURSDAY, 'UTC'), 'Not/AZone')).toBeUndefined();
  });
});
