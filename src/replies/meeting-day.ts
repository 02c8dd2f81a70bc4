/**
 * Which days a reply names, and whether they are the meeting's: a yes that names another
 * weekday or date than the meeting's ("confirmed for Wednesday" for a Tuesday meeting, "see
 * you on the 16th" for the 15th) is no confirmation of this meeting. Pure: sentences and
 * the meeting's start and zone in, the first day that differs out. ISO dates count too. Dates written with a
 * slash are read both ways (3/4 is March 4 or April 3) and differ only when neither
 * reading is the meeting's day, so a date format never turns a right yes into a doubt.
 */
import {
  COMPOUNDING,
  MONTH_NAMES,
  PROPOSING,
  PT_DAY_LEADS,
  PT_SHORT_WEEKDAYS,
  RELATIVE_DAYS,
  WEEKDAY_NAMES,
} from './day-names.js';
import type { PhraseMatch } from './match-phrases.js';

/** When a meeting is, as the reader needs it: its start and the zone its day is read in. */
export interface MeetingTime {
  start: Date;
  /** IANA zone, e.g. "America/New_York". */
  timeZone: string;
}

/** A day or date named in a sentence, with the readings it allows. */
export interface DayMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  weekday?: number;
  /** Day of month and, when written, month. */
  dates?: { day: number; month?: number }[];
  /** Days after the reply's own date ("tomorrow" is 1). */
  offset?: number;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const WEEKDAY_OF = new Map(Object.entries(WEEKDAY_NAMES).flatMap(([n, names]) => names.map((w) => [w, +n])));
const MONTH_OF = new Map(Object.entries(MONTH_NAMES).flatMap(([n, names]) => names.map((w) => [w, +n])));
const MONTHS = alt([...MONTH_OF.keys()]);
const NOT_LETTER = "(?![\\p{L}'-])";

const WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:(${alt(COMPOUNDING)})\\p{L}*|(${alt([...WEEKDAY_OF.keys()])})${NOT_LETTER})`,
  'gu',
);
const OFFSET_OF = new Map(Object.entries(RELATIVE_DAYS).flatMap(([n, words]) => words.map((w) => [w, +n])));
const RELATIVE = new RegExp(`(?<![\\p{L}])(${alt([...OFFSET_OF.keys()])})${NOT_LETTER}`, 'gu');
const PT_SHORT = new RegExp(
  `(?<![\\p{L}])(?:${alt(PT_DAY_LEADS)})\\s+(${alt(Object.values(PT_SHORT_WEEKDAYS))})${NOT_LETTER}`,
  'gu',
);
/** What makes a number after "le", "am", "dia" a time, a share or a head count, not a day. */
const NOT_A_DAY =
  '(?!\\s*(?:h\\b|h\\d|uhr|uur|u\\b|:|am\\b|pm\\b|%|€|\\$|min|minutes|minutos|minuten|personas|personnes|pessoas|mensen|leute|people))';
const DATE_FORMS: { re: RegExp; read: (m: RegExpExecArray) => { day: number; month?: number }[] }[] = [
  {
    re: new RegExp(`(?<![\\p{L}\\d])(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`, 'gu'),
    read: (m) => [{ day: +(m[2] as string), month: MONTH_OF.get(m[1] as string) as number }],
  },
  {
    re: new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|ème|e|º|ª)?\\.?\\s+(?:of\\s+|de\\s+)?(${MONTHS})${NOT_LETTER}`,
      'gu',
    ),
    read: (m) => [{ day: +(m[1] as string), month: MONTH_OF.get(m[2] as string) as number }],
  },
  {
    re: /(?<![\d-])\d{4}-(\d{2})-(\d{2})(?![\d-])/gu,
    read: (m) => [{ day: +(m[2] as string), month: +(m[1] as string) }],
  },
  {
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:\d{2,4})?(?!\d)/gu,
    read: (m) => [{ day: +(m[1] as string), month: +(m[2] as string) }],
  },
  {
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?(?![\d/])/gu,
    read: (m) => [
      { day: +(m[2] as string), month: +(m[1] as string) },
      { day: +(m[1] as string), month: +(m[2] as string) },
    ],
  },
  { re: /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)(?![\p{L}])/gu, read: (m) => [{ day: +(m[1] as string) }] },
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:le|el|dia|am|den|op de|op)\\s+(\\d{1,2})(?:er|e|º|ª|\\.)?(?![\\d:]|\\.\\d)${NOT_A_DAY}`,
      'gu',
    ),
    read: (m) => [{ day: +(m[1] as string) }],
  },
];

const valid = (d: { day: number; month?: number }) =>
  d.day >= 1 && d.day <= 31 && (d.month === undefined || (d.month >= 1 && d.month <= 12));

function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

/** The days and dates named in `sentences` (normalized, lower case), in reading order. */
export function findDayMentions(sentences: string[]): DayMention[] {
  return sentences.flatMap((sentence, i) => {
    const found: DayMention[] = [];
    const overlaps = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
    const add = (m: RegExpExecArray, rest: Partial<DayMention>) => {
      const end = m.index + m[0].length;
      if (!overlaps(m.index, end)) found.push({ sentence: i, start: m.index, end, text: m[0], ...rest });
    };
    for (const { re, read } of DATE_FORMS) {
      for (const m of execAll(re, sentence)) {
        const dates = read(m).filter(valid);
        if (dates.length) add(m, { dates });
      }
    }
    for (const m of execAll(WEEKDAY, sentence)) {
      add(m, { weekday: WEEKDAY_OF.get((m[1] ?? m[2]) as string) as number });
    }
    const shortPt = new Map(Object.entries(PT_SHORT_WEEKDAYS).map(([n, w]) => [w, +n]));
    for (const m of execAll(PT_SHORT, sentence)) add(m, { weekday: shortPt.get(m[1] as string) as number });
    for (const m of execAll(RELATIVE, sentence)) add(m, { offset: OFFSET_OF.get(m[1] as string) as number });
    return found.sort((a, b) => a.start - b.start);
  });
}

/** Days from `from` to `to`, both read as calendar days in `timeZone`. */
function daysBetween(from: Date, to: Date, timeZone: string): number {
  const ymd = (d: Date) => {
    const [y, m, day] = d.toLocaleDateString('en-CA', { timeZone }).split('-').map(Number);
    return Date.UTC(y as number, (m as number) - 1, day as number);
  };
  return Math.round((ymd(to) - ymd(from)) / 86_400_000);
}

/** The meeting's weekday, day and month in its own zone, and the day in words. */
function meetingDay(meeting: MeetingTime): { weekday: number; day: number; month: number; words: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: meeting.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
  }).formatToParts(meeting.start);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  const words = meeting.start.toLocaleDateString('en-US', {
    timeZone: meeting.timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
  return { weekday, day: +part('day'), month: +part('month'), words };
}

/**
 * Whether `mention` names the meeting's day (any of its readings); "tomorrow" is the
 * meeting's day when the reply was written the day before (`ahead`), and unknown without it.
 */
function isMeetingDay(mention: DayMention, day: ReturnType<typeof meetingDay>, ahead?: number): boolean {
  if (mention.offset !== undefined) return ahead === undefined || mention.offset === ahead;
  if (mention.weekday !== undefined) return mention.weekday === day.weekday;
  return (mention.dates ?? []).some(
    (d) => d.day === day.day && (d.month === undefined || d.month === day.month),
  );
}

const PROPOSAL = new RegExp(`(?<![\\p{L}'])(?:${alt(PROPOSING)})(?![\\p{L}])`, 'u');

/**
 * Whether the other day (or clock time, `meeting-time.ts`) is proposed, not only restated:
 * a word of preference or a question in its sentence, or the day as the subject of a yes
 * ("Wednesday works for me", "Mittwoch 10 Uhr passt"); "confirmed for Wednesday" and "see
 * you Wednesday" only restate.
 */
export function proposes(
  mention: { sentence: number; end: number },
  sentence: string,
  yeses: PhraseMatch[],
): boolean {
  if (PROPOSAL.test(sentence) || /\?\s*$/.test(sentence)) return true;
  return yeses.some(
    (y) =>
      y.sentence === mention.sentence &&
      y.start >= mention.end &&
      /^[\s\p{L}\d:.]*$/u.test(sentence.slice(mention.end, y.start).replace(/\.(?=\d)/g, '')),
  );
}

/** A day the reply names that is not the meeting's, and whether the reply proposes it. */
export interface OtherDay {
  mention: DayMention;
  proposes: boolean;
  /** The meeting's day, in words for the evidence ("Tuesday, March 3"). */
  meetingDay: string;
}

/**
 * The first day named in `sentences` that is not the meeting's, if any; `yeses` are the
 * reply's counted yeses, which tell a proposed day ("Wednesday works") from a restated one;
 * `repliedAt`, the reply's date, says which day "today" and "tomorrow" are.
 */
export function findOtherDay(
  sentences: string[],
  meeting: MeetingTime,
  yeses: PhraseMatch[],
  repliedAt?: Date,
): OtherDay | undefined {
  const day = meetingDay(meeting);
  const ahead = repliedAt && daysBetween(repliedAt, meeting.start, meeting.timeZone);
  const mention = findDayMentions(sentences).find((m) => !isMeetingDay(m, day, ahead));
  if (!mention) return undefined;
  return {
    mention,
    proposes: proposes(mention, sentences[mention.sentence] ?? '', yeses),
    meetingDay: day.words,
  };
}
