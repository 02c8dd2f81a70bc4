/**
 * The words and date patterns prospect email uses in each language, outside the templates:
 * what the code computes (the meeting's day in a recap, the next step's sentence, a
 * revision's list of changes, the greeting when a name is missing) must read in the email's
 * language too. English is the wording agendum always had, kept byte for byte.
 */
import type { Language } from '../domain/languages.js';

/** Who does the next step, as the recap names them. */
export type Owner = 'rep' | 'prospect' | 'both';

/** One language's words. Date patterns are luxon's (`cccc` weekday, `LLLL` month, `d` day). */
export interface LanguageWords {
  /** The BCP 47 locale Intl and luxon format with. */
  locale: string;
  datePattern: string;
  timePattern: string;
  /** "Tuesday, March 3 at 10:00 AM EST" from the date and the time. */
  dateTime: (date: string, time: string) => string;
  /** "30 min", "1 hr 30 min". */
  duration: (hours: number, minutes: number) => string;
  /** "Priya and Sam". */
  and: string;
  /** The greeting's name for one person without a usable name, and for a group. */
  greeting: { one: string; all: string };
  /** The meeting's day from the recap's point of view: "today", "on Tuesday". */
  day: { today: string; yesterday: string; weekday: (w: string) => string; date: (d: string) => string };
  /** The owner as the rep names them to the prospect ("me", "you", "both of us"). */
  owner: Record<Owner, string>;
  /** A next step's date and owner: "by Friday, March 6", "I'll take care of it". */
  nextStep: { due: (date: string) => string; takesCare: Record<Owner, string> };
  /** A revision's lines of what changed, each "<label><colon><what>". */
  colon: string;
  changes: {
    purpose: string;
    added: string;
    removed: string;
    reordered: string;
    outcome: string;
    agreed: string;
    nextStep: string;
    owner: string;
    due: string;
    noDue: string;
  };
}

const minutes = (unit: string) => (h: number, m: number, hourUnit: string) =>
  h === 0 ? `${m} ${unit}` : m === 0 ? `${h} ${hourUnit}` : `${h} ${hourUnit} ${m} ${unit}`;

/** Every language's words; `WORDS.en` is what English email has always said. */
export const WORDS: Readonly<Record<Language, LanguageWords>> = {
  en: {
    locale: 'en-US',
    datePattern: 'cccc, LLLL d',
    timePattern: 'h:mm a',
    dateTime: (d, t) => `${d} at ${t}`,
    duration: (h, m) => minutes('min')(h, m, 'hr'),
    and: 'and',
    greeting: { one: 'there', all: 'all' },
    day: { today: 'today', yesterday: 'yesterday', weekday: (w) => `on ${w}`, date: (d) => `on ${d}` },
    owner: { rep: 'me', prospect: 'you', both: 'both of us' },
    nextStep: {
      due: (d) => `by ${d}`,
      takesCare: {
        rep: "I'll take care of it",
        prospect: "you'll take care of it",
        both: "we'll take care of it together",
      },
    },
    colon: ': ',
    changes: {
      purpose: "Why we're meeting, now",
      added: "Added to what we'll cover",
      removed: 'Taken off the agenda',
      reordered: "What we'll cover is in a new order",
      outcome: 'A good outcome, now',
      agreed: 'What we agreed, now',
      nextStep: 'The next step, now',
      owner: 'Who takes the next step',
      due: 'By when',
      noDue: 'The next step has no date now',
    },
  },
  de: {
    locale: 'de-DE',
    datePattern: 'cccc, d. LLLL',
    timePattern: "HH:mm 'Uhr'",
    dateTime: (d, t) => `${d} um ${t}`,
    duration: (h, m) => minutes('Min.')(h, m, 'Std.'),
    and: 'und',
    greeting: { one: '', all: 'zusammen' },
    day: { today: 'heute', yesterday: 'gestern', weekday: (w) => `am ${w}`, date: (d) => `am ${d}` },
    owner: { rep: 'ich', prospect: 'Sie', both: 'wir beide' },
    nextStep: {
      due: (d) => `bis ${d}`,
      takesCare: {
        rep: 'darum kümmere ich mich',
        prospect: 'darum kümmern Sie sich',
        both: 'darum kümmern wir uns gemeinsam',
      },
    },
    colon: ': ',
    changes: {
      purpose: 'Warum wir uns treffen, jetzt',
      added: 'Neu auf der Agenda',
      removed: 'Von der Agenda genommen',
      reordered: 'Die Punkte der Agenda stehen in neuer Reihenfolge',
      outcome: 'Ein gutes Ergebnis, jetzt',
      agreed: 'Was wir vereinbart haben, jetzt',
      nextStep: 'Der nächste Schritt, jetzt',
      owner: 'Wer den nächsten Schritt übernimmt',
      due: 'Bis wann',
      noDue: 'Der nächste Schritt hat jetzt kein Datum',
    },
  },
  fr: {
    locale: 'fr-FR',
    datePattern: 'cccc d LLLL',
    timePattern: 'HH:mm',
    dateTime: (d, t) => `${d} à ${t}`,
    duration: (h, m) => (h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`),
    and: 'et',
    greeting: { one: '', all: 'à tous' },
    day: { today: "aujourd'hui", yesterday: 'hier', weekday: (w) => w, date: (d) => `le ${d}` },
    owner: { rep: 'moi', prospect: 'vous', both: 'nous deux' },
    nextStep: {
      due: (d) => `d'ici le ${d}`,
      takesCare: {
        rep: "je m'en occupe",
        prospect: 'vous vous en occupez',
        both: 'nous nous en occupons ensemble',
      },
    },
    colon: ' : ',
    changes: {
      purpose: 'Pourquoi nous nous réunissons, désormais',
      added: "Ajouté à l'ordre du jour",
      removed: "Retiré de l'ordre du jour",
      reordered: "Les points de l'ordre du jour sont dans un nouvel ordre",
      outcome: 'Un bon résultat, désormais',
      agreed: 'Ce dont nous avons convenu, désormais',
      nextStep: 'La prochaine étape, désormais',
      owner: 'Qui se charge de la prochaine étape',
      due: "D'ici quand",
      noDue: "La prochaine étape n'a plus de date",
    },
  },
  es: {
    locale: 'es-ES',
    datePattern: "cccc, d 'de' LLLL",
    timePattern: 'HH:mm',
    dateTime: (d, t) => `${d} a las ${t}`,
    duration: (h, m) => minutes('min')(h, m, 'h'),
    and: 'y',
    greeting: { one: '', all: 'a todos' },
    day: { today: 'de hoy', yesterday: 'de ayer', weekday: (w) => `del ${w}`, date: (d) => `del ${d}` },
    owner: { rep: 'yo', prospect: 'usted', both: 'ambos' },
    nextStep: {
      due: (d) => `para el ${d}`,
      takesCare: { rep: 'me encargo yo', prospect: 'se encarga usted', both: 'nos encargamos juntos' },
    },
    colon: ': ',
    changes: {
      purpose: 'Por qué nos reunimos, ahora',
      added: 'Añadido a lo que veremos',
      removed: 'Quitado de la agenda',
      reordered: 'Los puntos de la agenda tienen un nuevo orden',
      outcome: 'Un buen resultado, ahora',
      agreed: 'Lo que acordamos, ahora',
      nextStep: 'El siguiente paso, ahora',
      owner: 'Quién se encarga del siguiente paso',
      due: 'Para cuándo',
      noDue: 'El siguiente paso ya no tiene fecha',
    },
  },
  pt: {
    locale: 'pt-BR',
    datePattern: "cccc, d 'de' LLLL",
    timePattern: 'HH:mm',
    dateTime: (d, t) => `${d} às ${t}`,
    duration: (h, m) => minutes('min')(h, m, 'h'),
    and: 'e',
    greeting: { one: '', all: 'a todos' },
    day: { today: 'de hoje', yesterday: 'de ontem', weekday: (w) => `de ${w}`, date: (d) => `de ${d}` },
    owner: { rep: 'eu', prospect: 'você', both: 'nós dois' },
    nextStep: {
      due: (d) => `até ${d}`,
      takesCare: { rep: 'eu cuido disso', prospect: 'você cuida disso', both: 'cuidamos disso juntos' },
    },
    colon: ': ',
    changes: {
      purpose: 'Por que vamos nos reunir, agora',
      added: 'Incluído no que vamos ver',
      removed: 'Retirado da pauta',
      reordered: 'Os itens da pauta estão em nova ordem',
      outcome: 'Um bom resultado, agora',
      agreed: 'O que combinamos, agora',
      nextStep: 'O próximo passo, agora',
      owner: 'Quem cuida do próximo passo',
      due: 'Até quando',
      noDue: 'O próximo passo não tem mais data',
    },
  },
  nl: {
    locale: 'nl-NL',
    datePattern: 'cccc d LLLL',
    timePattern: 'HH:mm',
    dateTime: (d, t) => `${d} om ${t}`,
    duration: (h, m) => minutes('min')(h, m, 'uur'),
    and: 'en',
    greeting: { one: '', all: 'allemaal' },
    day: { today: 'vandaag', yesterday: 'gisteren', weekday: (w) => `op ${w}`, date: (d) => `op ${d}` },
    owner: { rep: 'ik', prospect: 'u', both: 'wij samen' },
    nextStep: {
      due: (d) => `uiterlijk ${d}`,
      takesCare: { rep: 'ik regel het', prospect: 'u regelt het', both: 'we regelen het samen' },
    },
    colon: ': ',
    changes: {
      purpose: 'Waarom we afspreken, nu',
      added: 'Toegevoegd aan de agenda',
      removed: 'Van de agenda gehaald',
      reordered: 'De agendapunten staan in een nieuwe volgorde',
      outcome: 'Een goed resultaat, nu',
      agreed: 'Wat we hebben afgesproken, nu',
      nextStep: 'De volgende stap, nu',
      owner: 'Wie de volgende stap zet',
      due: 'Uiterlijk',
      noDue: 'De volgende stap heeft nu geen datum',
    },
  },
};

/** The words of `language`. */
export function wordsFor(language: Language): LanguageWords {
  return WORDS[language];
}
