/**
 * Reads the "By:" date a rep types in a reply or a form, in English, German, French, Spanish,
 * Portuguese or Dutch (vocabulary in `due-date-words.ts`): "2026-12-11", "11 December", "December 11",
 * "11.12.", "3/5" (US order unless the rep's locale puts the day first), "Friday", "next Friday",
 * "tomorrow", "in 3 days", "end of week", "end of month", optionally with a time ("2pm", "14:30",
 * "14 Uhr", "14h30", "noon"). Case and accents do not matter.
 *
 * Everything is read in the rep's zone; a date without a time means 17:00 there (end of the working day).
 * Weeks are ISO weeks, Monday first. What it cannot read for certain is unreadable, never a guess.
 */
import { DateTime } from 'luxon';
import {
  AFTER_NEXT_BEFORE,
  DAY_UNITS,
  IN_PREFIX,
  type Language,
  MONTHS,
  MORNING,
  NEXT_AFTER,
  NEXT_BEFORE,
  NUMBER_WORDS,
  PHRASES,
  WEEK_COUNTING_DAY_UNITS,
  WEEK_UNITS,
  WEEKDAYS,
} from './due-date-words.js';

// A due date is a few words; anything longer is not one, and the cap bounds the matching work.
const MAX_LENGTH = 200;

type Day = DateTime;
interface Clock {
  hour: number;
  minute: number;
}

const anyOf = (words: Partial<Record<Language, string>>, flags = '') =>
  new RegExp(`\\b(?:${Object.values(words).join('|')})\\b`, flags);

const PHRASE = Object.fromEntries(
  Object.entries(PHRASES).map(([family, words]) => [family, anyOf(words)]),
) as Record<keyof typeof PHRASES, RegExp>;
const MORNING_WORDS = anyOf(MORNING, 'g');

// Groups: 1 = "übernächsten" before, 2 = "next" before, 3 = "prochain" after the weekday.
const WEEKDAY_PATTERNS = WEEKDAYS.map(
  (names) =>
    new RegExp(
      `\\b(?:(${AFTER_NEXT_BEFORE}) |(${NEXT_BEFORE}) )?(?:${Object.values(names).join('|')})\\b(?: (${NEXT_AFTER})\\b)?`,
    ),
);

const NUMBERS: Record<string, number> = Object.assign({}, ...Object.values(NUMBER_WORDS));
const COUNT = `\\d{1,2}|${Object.keys(NUMBERS).join('|')}`;
const UNIT = `${DAY_UNITS}|${WEEK_UNITS}`;
const IN_COUNT = new RegExp(`\\b(?:${IN_PREFIX}) (${COUNT}) (${UNIT})\\b`);
const COUNT_FROM_NOW = new RegExp(`\\b(${COUNT}) (${UNIT}) from (?:now|today)\\b`);
const WEEK_UNIT = new RegExp(`^(?:${WEEK_UNITS})$`);

const MONTH_NUMBER = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
const MONTH = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
// Day first, as everywhere dots are used; "1.5 weeks" is a duration, not the first of May.
const DOTTED = new RegExp(
  `(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2})?)?(?![\\d.])(?! (?:${UNIT})\\b)`,
);
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/;
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\b\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?: (\\d{4}))?`);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|ª|°)? (?:of |de )?(${MONTH})\\b\\.?(?: (?:de )?(\\d{4}))?`,
);

const AMPM = /(?<![\d:/.])(?:at )?(1[0-2]|0?[1-9])(?::([0-5]\d))? ?([ap])\.?m\.?(?![a-z])/;
// "14 Uhr", "14h30", "9 uur"; but "in 2h" / "over 2 uur" are durations, not times.
const HOUR_WORD = new RegExp(
  `(?<!\\b(?:${IN_PREFIX}) )(?<![\\d:./])([01]?\\d|2[0-3])(?:h([0-5]\\d)?|(?:[:.]([0-5]\\d))? ?(?:uhr|uur|h))\\b`,
);
const H24 = /(?<![\d/-])(?:at )?([01]?\d|2[0-3]):([0-5]\d)(?!\d)/;

/** Lower-case, no diacritics, hyphens between letters as spaces, one space per run, "morning" blanked. */
function normalize(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[,;!?()[\]"«»]/g, ' ')
    .replace(/(?<=[a-z])-|-(?=[a-z])/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(MORNING_WORDS, '')
    .replace(/ {2}/g, ' ')
    .trim();
}

/** The time of day the text names, if any, and the text without it. */
function takeTime(text: string): { time: Clock | null; rest: string } {
  const ampm = AMPM.exec(text);
  if (ampm) {
    const hour = (Number(ampm[1]) % 12) + (ampm[3] === 'p' ? 12 : 0);
    return { time: { hour, minute: Number(ampm[2] ?? 0) }, rest: text.replace(ampm[0], ' ') };
  }
  const word = HOUR_WORD.exec(text);
  if (word) {
    const minute = Number(word[2] ?? word[3] ?? 0);
    return { time: { hour: Number(word[1]), minute }, rest: text.replace(word[0], ' ') };
  }
  const h24 = H24.exec(text);
  if (h24) return { time: { hour: Number(h24[1]), minute: Number(h24[2]) }, rest: text.replace(h24[0], ' ') };
  if (/\b(?:noon|midday)\b/.test(text)) return { time: { hour: 12, minute: 0 }, rest: text };
  return { time: null, rest: text };
}

/** A calendar date, if valid. */
function ymd(zone: string, year: number, month: number, day: number): Day | null {
  const d = DateTime.fromObject({ year, month, day }, { zone });
  return d.isValid ? d : null;
}

// Without a year, the nearest sensible one: this year's date, unless it was over a month ago.
function withYear(today: Day, month: number, day: number, year?: string): Day | null {
  if (year)
    return ymd(today.zoneName ?? 'UTC', year.length === 2 ? 2000 + Number(year) : Number(year), month, day);
  const d = ymd(today.zoneName ?? 'UTC', today.year, month, day);
  if (d && d < today.minus({ days: 31 })) return d.plus({ years: 1 });
  return d;
}

/** Whether "3/5" is March 5 for this locale; without one, it is (the order reps have always been read in). */
function slashMonthFirst(locale: string | undefined): boolean {
  if (!locale) return true;
  try {
    const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' });
    const order = format.formatToParts(new Date(Date.UTC(2026, 11, 11))).map((p) => p.type);
    return order.indexOf('month') < order.indexOf('day');
  } catch {
    return true;
  }
}

/** A written-out date: the day, null when it is date-shaped but no date (2/30), undefined when there is none. */
function absoluteDate(text: string, today: Day, monthFirst: boolean): Day | null | undefined {
  const iso = ISO.exec(text);
  if (iso) return ymd(today.zoneName ?? 'UTC', Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = DOTTED.exec(text);
  if (dotted) return withYear(today, Number(dotted[2]), Number(dotted[1]), dotted[3]);
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    return monthFirst
      ? withYear(today, first, second, slashed[3])
      : withYear(today, second, first, slashed[3]);
  }
  const md = MONTH_DAY.exec(text);
  if (md) return withYear(today, MONTH_NUMBER.get(md[1] ?? '') ?? 0, Number(md[2]), md[3]);
  const dm = DAY_MONTH.exec(text);
  if (dm) return withYear(today, MONTH_NUMBER.get(dm[2] ?? '') ?? 0, Number(dm[1]), dm[3]);
  return undefined;
}

/** "in 3 days", "in zwei Wochen", "dans quinze jours", "a week from today". */
function countedDate(text: string, today: Day): Day | undefined {
  const m = IN_COUNT.exec(text) ?? COUNT_FROM_NOW.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const n = NUMBERS[m[1]] ?? Number(m[1]);
  if (WEEK_UNIT.test(m[2])) return today.plus({ weeks: n });
  // "huit jours" and "quince días" mean one week and two: the same weekday, not the day after.
  const days = WEEK_COUNTING_DAY_UNITS.test(m[2]) && (n === 8 || n === 15) ? n - 1 : n;
  return today.plus({ days });
}

/** The first `weekday` (1 = Monday) strictly after `today`. */
function comingWeekday(today: Day, weekday: number): Day {
  const ahead = (weekday - today.weekday + 7) % 7 || 7;
  return today.plus({ days: ahead });
}

/**
 * A named weekday: "Friday" / "this Friday" is the coming one after today; "next Friday", "Friday next
 * week" the Friday of the following ISO week; "übernächsten Freitag" the one after. Two different
 * weekdays ("Monday or Tuesday") are the rep's to choose between, so null.
 */
function weekdayDate(text: string, today: Day): Day | null | undefined {
  const found = WEEKDAY_PATTERNS.flatMap((re, i) => {
    const m = re.exec(text);
    return m ? [{ m, weekday: i + 1 }] : [];
  });
  if (found.length > 1) return null;
  const [hit] = found;
  if (!hit) return undefined;
  const { m, weekday } = hit;
  const weeksOn =
    m[1] || PHRASE.weekAfterNext.test(text) ? 2 : m[2] || m[3] || PHRASE.nextWeek.test(text) ? 1 : 0;
  if (weeksOn === 0) return comingWeekday(today, weekday);
  return today.startOf('week').plus({ weeks: weeksOn, days: weekday - 1 });
}

const fridayOf = (today: Day, weeksOn: number) => today.startOf('week').plus({ weeks: weeksOn, days: 4 });

// Written on the weekend, this week's Friday is past: the end of the week is the coming Friday.
function endOfWeek(today: Day): Day {
  const friday = fridayOf(today, 0);
  return friday < today ? fridayOf(today, 1) : friday;
}

/** The last Monday-to-Friday day of the month `monthsOn` after today's (public holidays are not known). */
function lastWorkingDay(today: Day, monthsOn: number): Day {
  const last = today.startOf('month').plus({ months: monthsOn }).endOf('month').startOf('day');
  return last.weekday > 5 ? last.minus({ days: last.weekday - 5 }) : last;
}

// Written on a month's last weekend, its last working day is past: the end of the month is next month's.
function endOfMonth(today: Day, monthsOn: number): Day {
  const day = lastWorkingDay(today, monthsOn);
  return day < today ? lastWorkingDay(today, monthsOn + 1) : day;
}

// Tried in order: a phrase that holds another comes before it.
const DAY_WORDS: [RegExp, (today: Day) => Day][] = [
  [PHRASE.dayAfterTomorrow, (t) => t.plus({ days: 2 })],
  [PHRASE.tomorrow, (t) => t.plus({ days: 1 })],
  [PHRASE.today, (t) => t],
];
const PERIOD_WORDS: [RegExp, (today: Day) => Day][] = [
  [PHRASE.endOfNextWeek, (t) => fridayOf(t, 1)],
  [PHRASE.endOfWeek, endOfWeek],
  [PHRASE.endOfNextMonth, (t) => endOfMonth(t, 1)],
  [PHRASE.endOfMonth, (t) => endOfMonth(t, 0)],
  [PHRASE.weekAfterNext, (t) => t.startOf('week').plus({ weeks: 2 })],
  [PHRASE.nextWeek, (t) => t.startOf('week').plus({ weeks: 1 })],
  [PHRASE.nextMonth, (t) => t.startOf('month').plus({ months: 1 })],
];

/** The day the normalized text names; null or undefined when it names none for certain. */
function readDay(text: string, today: Day, monthFirst: boolean): Day | null | undefined {
  const absolute = absoluteDate(text, today, monthFirst);
  if (absolute !== undefined) return absolute;
  // "the weekend" could be Friday evening or Sunday; only "before the weekend" is a deadline.
  if (PHRASE.weekend.test(text) && !PHRASE.endOfWeek.test(text)) return null;
  const counted = countedDate(text, today);
  if (counted) return counted;
  for (const [words, day] of DAY_WORDS) if (words.test(text)) return day(today);
  const weekday = weekdayDate(text, today);
  if (weekday !== undefined) return weekday;
  for (const [words, day] of PERIOD_WORDS) if (words.test(text)) return day(today);
  return PHRASE.endOfDay.test(text) ? today : undefined;
}

/**
 * The due time `value` names, seen from `now` in `zone`; undefined when it is unreadable (no date,
 * an impossible one, or an ambiguous one). `locale` (BCP 47, e.g. "en-GB") only decides the order of
 * slashed dates; without it "3/5" is March 5.
 */
export function parseDueDate(value: string, now: Date, zone: string, locale?: string): Date | undefined {
  if (value.length > MAX_LENGTH) return undefined;
  const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
  if (!today.isValid) return undefined;
  const { time, rest } = takeTime(normalize(value));
  const day = readDay(rest, today, slashMonthFirst(locale));
  if (!day) return undefined;
  const clock = time ?? { hour: 17, minute: 0 };
  return day.set({ hour: clock.hour, minute: clock.minute, second: 0, millisecond: 0 }).toJSDate();
}
