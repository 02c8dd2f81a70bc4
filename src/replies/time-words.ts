/**
 * Words and expressions that name a time, in the six languages agendum reads: weekdays (with
 * the German and Dutch compounds "Mittwochvormittag", "donderdagnamiddag" and the spellings
 * people type without accents), day parts, "next week", clock times. Data only;
 * `intent-matches.ts` asks whether a sentence is about a time, `ask-patterns.ts` builds
 * "move it to <when>" from `WHEN`.
 */

const DAY_PARTS = {
  de: ['vormittag', 'nachmittag', 'morgen', 'mittag', 'abend'],
  nl: ['ochtend', 'morgen', 'voormiddag', 'middag', 'namiddag', 'avond'],
};

const weekdays = {
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'],
  es: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes'],
  pt: ['segunda', 'terça', 'terca', 'quarta', 'quinta', 'sexta'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'],
};

/** Weekdays (Monday to Friday) per language, compounds with a day part included. */
export const WEEKDAYS: Record<keyof typeof weekdays, string[]> = {
  ...weekdays,
  de: [...weekdays.de, ...weekdays.de.flatMap((d) => DAY_PARTS.de.map((p) => d + p))],
  nl: [...weekdays.nl, ...weekdays.nl.flatMap((d) => DAY_PARTS.nl.map((p) => d + p))],
};

const ALL_WEEKDAYS = Object.values(WEEKDAYS).flat();

/** Words that make a "does not work" about time. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const TIME_WORDS = [
  'time', 'times', 'day', 'date', 'slot', 'today', 'tomorrow', 'morning', 'afternoon', 'evening', 'week',
  'then', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'zeit', 'termin', 'uhrzeit', 'datum', 'tag',
  'uhr', 'heure', 'jour', 'créneau', 'horaire', 'hora', 'día', 'fecha', 'horario', 'horário', 'dia', 'data',
  'tijd', 'dag', 'tijdstip', 'morgen', 'demain', 'mañana', 'amanhã', 'tues', 'thurs',
  ...ALL_WEEKDAYS,
];

/** Words that say *when* ("Wednesday instead", "to next week"); narrower than TIME_WORDS. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const WHEN_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'today', 'tomorrow', 'tonight', 'morning',
  'afternoon', 'evening', 'next week', 'week after', 'fortnight', 'morgen', 'vormittag', 'nachmittag',
  'nächste woche', 'demain', 'matin', 'après-midi', 'semaine prochaine', 'mañana', 'tarde',
  'semana que viene', 'próxima semana', 'semana próxima', 'amanhã', 'semana que vem', 'volgende week',
  'ochtend', 'middag', 'namiddag', 'voormiddag',
  ...ALL_WEEKDAYS,
];

const alternation = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * A clock time as people write one: "2pm", "14:00", "10 Uhr", "11u", "16h", "15.30 uur".
 * A bare "17:00" counts; a bare "3.3." (a date) does not.
 */
export const CLOCK = '(?:\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|h|uhr|uur|u)(?![\\p{L}])|\\d{1,2}:\\d{2})';

/** A time the meeting could move to, as a regular-expression source: a day, "next week", a clock time, "the 14th". */
export const WHEN = `(?:${alternation(WHEN_WORDS)}|${CLOCK}|the \\d{1,2}(?:st|nd|rd|th)?)`;

/** TIME_WORDS, a clock time or a date ("3.3.", "03/05"), as a regular-expression source. */
export const ANY_TIME = `(?<![\\p{L}])(?:${alternation(TIME_WORDS)})(?![\\p{L}])|${CLOCK}|\\d{1,2}[./]\\d{1,2}`;

/** WHEN_WORDS or a clock time, with word boundaries, as a regular-expression source. */
export const WHEN_WORD = `(?<![\\p{L}])(?:${alternation(WHEN_WORDS)})(?![\\p{L}])|${CLOCK}`;
