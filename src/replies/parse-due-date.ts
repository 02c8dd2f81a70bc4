/**
 * Reads the "By:" date a rep types in a reply: "2026-03-05", "Thursday", "tomorrow", "next week",
 * "March 5", "5 March", "3/5" (US order), optionally with a time ("2pm", "14:30", "noon").
 * Everything is read in the rep's zone; a date without a time means 17:00 there (end of the working day).
 */
import { DateTime } from 'luxon';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(${MONTHS.join('|')})[a-z]*\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';
const WEEKDAYS: [RegExp, number][] = [
  [/\bmon(day)?\b/, 1],
  [/\btue(s|sday)?\b/, 2],
  [/\bwed(nesday)?\b/, 3],
  [/\bthu(r|rs|rsday)?\b/, 4],
  [/\bfri(day)?\b/, 5],
  [/\bsat(urday)?\b/, 6],
  [/\bsun(day)?\b/, 7],
];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
};

type Day = DateTime;
interface Clock {
  hour: number;
  minute: number;
}

/** "2pm", "2:30 pm", "14:30", "noon", "eod"; null when the text names no time. Returns the rest of the text too. */
function takeTime(text: string): { time: Clock | null; rest: string } {
  const ampm = /(?<![\d:/])(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])/.exec(text);
  if (ampm) {
    const hour = (Number(ampm[1]) % 12) + (ampm[3] === 'p' ? 12 : 0);
    return { time: { hour, minute: Number(ampm[2] ?? 0) }, rest: text.replace(ampm[0], ' ') };
  }
  const h24 = /(?<![\d/-])(?:at\s+)?([01]?\d|2[0-3]):([0-5]\d)(?!\d)/.exec(text);
  if (h24) return { time: { hour: Number(h24[1]), minute: Number(h24[2]) }, rest: text.replace(h24[0], ' ') };
  if (/\bnoon\b|\bmidday\b/.test(text)) return { time: { hour: 12, minute: 0 }, rest: text };
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

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;

/** The next `weekday` (1 = Monday) strictly after `today`. */
function nextWeekday(today: Day, weekday: number): Day {
  const ahead = (weekday - today.weekday + 7) % 7 || 7;
  return today.plus({ days: ahead });
}

function absoluteDate(text: string, today: Day): Day | null | undefined {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text);
  if (iso) return ymd(today.zoneName ?? 'UTC', Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/.exec(text);
  if (us) return withYear(today, Number(us[1]), Number(us[2]), us[3]);
  const md = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL}\\b(?:\\s+(\\d{4}))?`).exec(text);
  if (md?.[1]) return withYear(today, monthNumber(md[1]), Number(md[2]), md[3]);
  const dm = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?:\\s+(\\d{4}))?`).exec(text);
  if (dm?.[2]) return withYear(today, monthNumber(dm[2]), Number(dm[1]), dm[3]);
  return undefined;
}

function relativeDate(text: string, today: Day): Day | undefined {
  if (/\bday after tomorrow\b/.test(text)) return today.plus({ days: 2 });
  if (/\b(tomorrow|tmrw?|tmr)\b/.test(text)) return today.plus({ days: 1 });
  if (/\b(today|tonight|eod|end of (the )?day|cob)\b/.test(text)) return today;
  if (/\bend of next week\b/.test(text)) return today.startOf('week').plus({ weeks: 1, days: 4 });
  if (/\b(end of (the |this )?week|eow|this week)\b/.test(text)) {
    const friday = today.startOf('week').plus({ days: 4 });
    return friday < today ? friday.plus({ weeks: 1 }) : friday;
  }
  if (/\bnext week\b/.test(text)) return today.startOf('week').plus({ weeks: 1 });
  if (/\b(end of (the |this )?month|eom)\b/.test(text)) return today.endOf('month').startOf('day');
  if (/\bnext month\b/.test(text)) return today.startOf('month').plus({ months: 1 });
  const inN = /\bin\s+(\d{1,2}|an?|one|two|three|four|five|six|seven|ten)\s+(day|week)s?\b/.exec(text);
  if (inN?.[1] && inN[2]) {
    const n = NUMBER_WORDS[inN[1]] ?? Number(inN[1]);
    return today.plus(inN[2] === 'week' ? { weeks: n } : { days: n });
  }
  for (const [pattern, weekday] of WEEKDAYS) if (pattern.test(text)) return nextWeekday(today, weekday);
  return undefined;
}

/**
 * The due time `value` names, seen from `now` in `zone`; undefined when it names no date.
 * "Thursday" (and "next Thursday") is the next Thursday after today; "next week" is next Monday.
 */
export function parseDueDate(value: string, now: Date, zone: string): Date | undefined {
  const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
  if (!today.isValid) return undefined;
  const { time, rest } = takeTime(value.toLowerCase().replace(/,/g, ' '));
  const day = absoluteDate(rest, today) ?? relativeDate(rest, today);
  if (!day) return undefined;
  const clock = time ?? { hour: 17, minute: 0 };
  return day.set({ hour: clock.hour, minute: clock.minute, second: 0, millisecond: 0 }).toJSDate();
}
