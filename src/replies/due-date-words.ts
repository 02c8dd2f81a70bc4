/**
 * The words a rep writes a due date in: English, German, French, Spanish, Portuguese and Dutch.
 * Data only; `parse-due-date.ts` applies them. Each entry is a regex source matched on whole words of
 * text that is already lower-case, without diacritics ("nächsten" → "nachsten", "mañana" → "manana"),
 * with hyphens between letters as spaces and every run of white space as one space. So an entry writes
 * a space as ' ', and German "ä/ö/ü" also accept their "ae/oe/ue" spelling. Entries are alternations of
 * literals with optional parts and nothing nested, because the text is the rep's and matching must stay
 * linear in its length.
 */

export type Language = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl';
type Words = Partial<Record<Language, string>>;

// German weekdays also stand glued to a part of the day ("Freitagnachmittag"), Dutch ones too ("vrijdagmiddag").
const DE_DAY_PART = '(?:morgen|vormittag|mittag|nachmittag|abend)?';
const NL_DAY_PART = '(?:ochtend|morgen|middag|avond)?';
// English "mon" is French "my" after a preposition ("à mon retour"); that is no Monday.
const EN_MON = "(?<!\\b(?:a|de|des|pour|avant|apres|jusqu'a|d'ici) )mon";
// Portuguese weekdays without "-feira" are also ordinals ("segunda quinzena" is the second half of the month).
const PT_FEIRA = '(?: feira)?(?! (?:semana|quinzena))';

/** Weekday names, Monday first (index 0 = ISO weekday 1). Portuguese may drop "-feira". */
// biome-ignore format: one weekday a line keeps the table readable
export const WEEKDAYS: readonly Words[] = [
  { en: `monday|${EN_MON}`, de: `montag${DE_DAY_PART}`, fr: 'lundi', es: 'lunes', pt: `segunda${PT_FEIRA}`, nl: `maandag${NL_DAY_PART}` },
  { en: 'tuesday|tues?', de: `dienstag${DE_DAY_PART}`, fr: 'mardi', es: 'martes', pt: `terca${PT_FEIRA}`, nl: `dinsdag${NL_DAY_PART}` },
  { en: 'wednesday|wed', de: `mittwoch${DE_DAY_PART}`, fr: 'mercredi', es: 'miercoles', pt: `quarta${PT_FEIRA}`, nl: `woensdag${NL_DAY_PART}` },
  { en: 'thursday|thu|thur|thurs', de: `donnerstag${DE_DAY_PART}`, fr: 'jeudi', es: 'jueves', pt: `quinta${PT_FEIRA}`, nl: `donderdag${NL_DAY_PART}` },
  { en: 'friday|fri', de: `freitag${DE_DAY_PART}`, fr: 'vendredi', es: 'viernes', pt: `sexta${PT_FEIRA}`, nl: `vrijdag${NL_DAY_PART}` },
  { en: 'saturday|sat', de: `samstag${DE_DAY_PART}|sonnabend`, fr: 'samedi', es: 'sabado', pt: 'sabado', nl: `zaterdag${NL_DAY_PART}` },
  { en: 'sunday|sun', de: `sonntag${DE_DAY_PART}`, fr: 'dimanche', es: 'domingo', pt: 'domingo', nl: `zondag${NL_DAY_PART}` },
];

/** Before a weekday: that weekday of the following week ("next Friday", "nächsten Freitag", "el próximo viernes"). */
export const NEXT_BEFORE = 'next|(?:the )?following|nae?chste[nrs]?|prochaine?|proxim[oa]|volgende';
/** After a weekday, same meaning ("vendredi prochain", "el viernes que viene", "sexta que vem"). */
export const NEXT_AFTER = 'prochaine?|que viene|que vem|proxim[oa]';
/** Before a weekday: that weekday two weeks on ("übernächsten Freitag", "overvolgende vrijdag"). */
export const AFTER_NEXT_BEFORE = 'ue?bernae?chste[nrs]?|overvolgende';

/**
 * Phrases, one regex source per language. Several contain another ("après-demain" holds "demain",
 * "fin du mois prochain" holds "fin du mois"), so the parser tries them in its own order, longest first.
 */
export const PHRASES = {
  dayAfterTomorrow: {
    en: 'day after tomorrow|overmorrow',
    de: 'ue?bermorgen',
    fr: 'apres demain',
    es: 'pasado manana',
    pt: 'depois de amanha',
    nl: 'overmorgen',
  },
  tomorrow: {
    en: 'tomorrow|tmrw?|tmr',
    de: 'morgen',
    fr: 'demain',
    es: 'manana',
    pt: 'amanha',
    nl: 'morgen(?:ochtend|middag|avond)?',
  },
  today: {
    en: 'today|tonight',
    de: 'heute',
    fr: "aujourd'?hui|ce soir",
    es: 'hoy|esta noche',
    pt: 'hoje|esta noite',
    nl: 'vandaag|vanavond',
  },
  // A time of day more than a date: "Friday EOD" is Friday; alone it is today.
  endOfDay: {
    en: 'eod|cob|eob|end of (?:the )?(?:business )?day|close of business|end of business',
    de: 'feierabend|tagesende|ende des tages',
    fr: 'fin de (?:la )?journee',
    es: '(?:fin|final) del dia',
    pt: '(?:fim|final) do dia',
    nl: 'einde? van de dag',
  },
  endOfNextWeek: {
    en: 'end of (?:the )?(?:next|following) week',
    de: 'ende (?:der )?nae?chste[nrs]? woche',
    fr: 'fin (?:de )?(?:la )?semaine prochaine|fin de la prochaine semaine',
    es: '(?:final|fin|finales|fines) de la (?:proxima semana|semana que viene|semana proxima)',
    pt: '(?:fim|final) da (?:proxima semana|semana que vem)',
    nl: 'einde? (?:van )?(?:de )?volgende week',
  },
  // "before the weekend" is the end of the working week; the weekend itself is `weekend`.
  endOfWeek: {
    en: 'end of (?:the |this )?week|eow|this week|before the weekend',
    de: 'ende (?:der |dieser )?woche|diese woche|vor dem wochenende',
    fr: 'fin (?:de )?(?:la |cette )?semaine|cette semaine|avant le week ?end',
    es: '(?:final|fin|finales|fines) de (?:la|esta) semana|(?:finales|fines) de semana|esta semana|antes del (?:fin de semana|finde)',
    pt: '(?:fim|final) (?:da|desta) semana|esta semana|essa semana|antes do (?:fim|final) de semana',
    nl: 'einde? (?:van )?(?:de |deze )?week|deze week|voor het weekend',
  },
  // Spanish "fin de semana" and Portuguese "fim/final de semana" are the weekend, not the end of the week.
  weekend: {
    en: 'weekend|week end',
    de: 'wochenende',
    fr: 'week ?end',
    es: 'fin de semana|finde',
    pt: '(?:fim|final) de semana|fds',
    nl: 'weekend',
  },
  endOfNextMonth: {
    en: 'end of (?:the )?(?:next|following) month',
    de: 'ende (?:des )?nae?chste[nrs]? monats|ende nae?chste[nrs]? monat',
    fr: 'fin du (?:mois prochain|prochain mois)',
    es: '(?:fin|final|finales|fines) del (?:proximo mes|mes que viene|mes proximo)',
    pt: '(?:fim|final) do (?:proximo mes|mes que vem)',
    nl: 'einde? (?:van )?(?:de )?volgende maand',
  },
  endOfMonth: {
    en: 'end of (?:the |this )?month|eom|this month',
    de: 'ende (?:des |dieses )?monats|ende monat|monatsende|diesen monat',
    fr: 'fin (?:du|de|de ce) mois|ce mois ci',
    es: '(?:fin|final|finales|fines) (?:de|del|de este) mes|este mes',
    pt: '(?:fim|final) (?:do|de|deste) mes|este mes|esse mes',
    nl: 'einde? (?:van )?(?:de |deze )?maand|deze maand',
  },
  weekAfterNext: {
    en: '(?:the )?week after next',
    de: 'ue?bernae?chste[nrs]? woche',
    nl: 'overvolgende week',
  },
  nextWeek: {
    en: 'next week|the following week',
    de: '(?:nae?chste[nrs]?|kommende[nr]?) woche',
    fr: 'semaine prochaine|prochaine semaine',
    es: 'proxima semana|semana que viene|semana proxima',
    pt: 'proxima semana|semana que vem|semana proxima',
    nl: '(?:volgende|komende) week',
  },
  nextMonth: {
    en: 'next month',
    de: '(?:nae?chste[nrs]?|kommende[nrs]?) monat',
    fr: 'mois prochain|prochain mois',
    es: 'proximo mes|mes que viene|mes proximo',
    pt: 'proximo mes|mes que vem',
    nl: '(?:volgende|komende) maand',
  },
} satisfies Record<string, Words>;

/**
 * The word for morning where it collides with "tomorrow" ("el viernes por la mañana", "am Morgen",
 * "heute Morgen", "Freitag Morgen", "de morgen"): the parser blanks these before it looks for "tomorrow".
 * Bare "morgen", "bis morgen" and "mañana" stay "tomorrow".
 */
export const MORNING: Words = {
  de: `(?<=\\b(?:am|den|jeden|guten|vom|diesen|heute|gestern|${WEEKDAYS.map((w) => w.de).join('|')}) )morgen`,
  es: '(?:por|de|en|a) la manana',
  nl: '(?<=\\b(?:de|deze) )morgen',
};

/** "in 3 days" and kin: the words before the count. */
export const IN_PREFIX =
  "in|within|innerhalb(?: von)?|dans|d'?ici|sous|en|dentro de|de aqui a|em|daqui a|daqui|over|binnen";
/** Day units, singular and plural. */
export const DAY_UNITS = 'days?|tage?n?|jours?|dias?|dagen|dag';
/** Week units, singular and plural. */
export const WEEK_UNITS = 'weeks?|wochen?|semaines?|semanas?|weken';
// French, Spanish and Portuguese count a week as eight days and two as fifteen ("dans quinze jours").
export const WEEK_COUNTING_DAY_UNITS = /^(?:jours?|dias?)$/;

/** Count words up to ten (and the idiomatic fourteen or fifteen), per language. */
// biome-ignore format: one key a line would make this table hard to scan
export const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  en: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 },
  de: {
    ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, funf: 5, fuenf: 5, sechs: 6,
    sieben: 7, acht: 8, neun: 9, zehn: 10, vierzehn: 14,
  },
  fr: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, quinze: 15 },
  es: {
    un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    quince: 15,
  },
  pt: {
    um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
    quinze: 15,
  },
  nl: { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, veertien: 14 },
};

/**
 * Month names and abbreviations in all six languages, January first. Abbreviations that are common
 * words when standing next to a number are left out: Portuguese "set" and "out", Spanish/Portuguese "ago".
 */
export const MONTHS: readonly string[][] = [
  ['january', 'jan', 'januar', 'janner', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'januari'],
  ['february', 'feb', 'februar', 'fevrier', 'fevr', 'febrero', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'marz', 'maerz', 'mrz', 'mars', 'marzo', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho'],
  ['august', 'aug', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dezembro'],
];
