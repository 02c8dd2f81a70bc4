/**
 * The names of the weekdays and months in the six languages agendum reads, as a reply
 * writes them once lower-cased, for reading which day a yes names ("confirmed for
 * Wednesday", "see you on the 16th", "bis Mittwoch", "à mercredi", "el 16 de marzo").
 * Weekdays are numbered as `Date.getDay()` (Sunday 0), months from 1. Data only;
 * `meeting-day.ts` reads them.
 */

/** Weekday names by number, every language together; German and Dutch take compounds. */
// biome-ignore format: one name per line would make this data file hard to scan
export const WEEKDAY_NAMES: Record<number, string[]> = {
  0: ['sunday', 'sundays', 'sonntag', 'dimanche', 'domingo', 'zondag'],
  1: ['monday', 'mondays', 'montag', 'lundi', 'lunes', 'segunda-feira', 'maandag'],
  2: ['tuesday', 'tuesdays', 'tues', 'tue', 'dienstag', 'mardi', 'martes', 'terça-feira', 'terça', 'terca', 'dinsdag'],
  3: ['wednesday', 'wednesdays', 'weds', 'wed', 'mittwoch', 'mercredi', 'miércoles', 'miercoles', 'quarta-feira', 'woensdag'],
  4: ['thursday', 'thursdays', 'thurs', 'thu', 'donnerstag', 'jeudi', 'jueves', 'quinta-feira', 'donderdag'],
  5: ['friday', 'fridays', 'fri', 'freitag', 'vendredi', 'viernes', 'sexta-feira', 'vrijdag'],
  6: ['saturday', 'saturdays', 'samstag', 'samedi', 'sábado', 'sabado', 'zaterdag'],
};

/**
 * Portuguese weekdays also mean "second", "fourth", "fifth", "sixth" ("uma segunda
 * reunião"), so alone they name a day only after one of `PT_DAY_LEADS` ("na segunda", "até
 * quinta").
 */
export const PT_SHORT_WEEKDAYS: Record<number, string> = {
  1: 'segunda',
  3: 'quarta',
  4: 'quinta',
  5: 'sexta',
};
export const PT_DAY_LEADS = [
  'na',
  'nesta',
  'nessa',
  'próxima',
  'proxima',
  'até',
  'ate',
  'desta',
  'dessa',
  'toda',
];

/** German and Dutch write a weekday and a day part as one word: "Mittwochvormittag", "dinsdagochtend". */
export const COMPOUNDING = [
  'sonntag',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
];

/**
 * Days named from the reply's own date: 0 today, 1 tomorrow. German and Dutch "morgen" is
 * also "morning" ("Guten Morgen"), Spanish "mañana" too ("por la mañana"), so those count
 * only in the forms that mean tomorrow.
 */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const RELATIVE_DAYS: Record<number, string[]> = {
  0: ['today', 'tonight', 'this afternoon', 'later today', 'heute', "aujourd'hui", 'ce soir', 'cet après-midi', 'hoy', 'esta tarde', 'hoje', 'hoje à tarde', 'vandaag', 'vanmiddag'],
  1: ['tomorrow', 'bis morgen', 'morgen um', 'morgen früh', 'demain', 'hasta mañana', 'mañana a las', 'nos vemos mañana', 'amanhã', 'tot morgen', 'morgen om', 'morgenochtend', 'morgenmiddag'],
};

/** Month names by number; short English forms only beside a day number ("Mar 16"). */
// biome-ignore format: one name per line would make this data file hard to scan
export const MONTH_NAMES: Record<number, string[]> = {
  1: ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'janeiro', 'januari'],
  2: ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'fevereiro', 'februari'],
  3: ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart'],
  4: ['april', 'apr', 'avril', 'abril'],
  5: ['may', 'mai', 'mayo', 'maio', 'mei'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'junho'],
  7: ['july', 'jul', 'juli', 'juillet', 'julio', 'julho'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'augustus'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro'],
  10: ['october', 'oct', 'oktober', 'octobre', 'octubre', 'outubro'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  12: ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dezembro'],
};

/** Words that make a day a proposal rather than a restatement: "Wednesday would be better", "¿mejor el miércoles?". */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const PROPOSING = [
  'instead', 'rather', 'better', 'prefer', 'preferably', 'how about', 'what about', "let's", 'lets', 'could we',
  'can we', 'would', 'suits', 'suit', 'lieber', 'besser', 'stattdessen', 'statt', 'wie wäre', 'ginge',
  'plutôt', 'mieux', 'préfère', 'préférons', 'préférerais', 'au lieu', 'mejor', 'en vez', 'en lugar',
  'prefiero', 'preferimos', 'preferiría', 'qué tal', 'melhor', 'em vez', 'prefiro', 'preferimos', 'que tal',
  'liever', 'beter', 'in plaats',
];
