/**
 * Which clock times a reply names, and whether they are the meeting's start: a yes naming
 * another time ("Confirmed for 2pm" for a 10:00 meeting, "14 Uhr passt besser") is no
 * confirmation of this meeting. Pure: sentences and the meeting in, the first time that
 * differs out. Times are read as "2pm", "2 p.m.", "14:00", "14h", "14h30", "14 Uhr",
 * "14.00 uur", "11u30", and a bare hour after "at / um / à / a las / às / om" ("see you at
 * 10"). An hour from 1 to 12 without am/pm may be either half-day and matches when either
 * reading is the meeting's. A range matches when it holds the start ("10-10:45"). Durations
 * ("30 minutes", "1h", "2 uur") and dates ("3.3.", "16.03") are not times.
 */

import type { PhraseMatch } from './match-phrases.js';
import { type MeetingTime, proposes } from './meeting-day.js';

/** A clock time (or range) named in a sentence, with the minutes after midnight it may mean. */
export interface TimeMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Readings as [from, to] minutes; a single time is [t, t]. */
  spans: [number, number][];
}

const LEAD = '(?:at|um|à|a las|a la|às|om|gegen|vers|rond)';
const UNIT = '(?:a\\.m\\.|p\\.m\\.|am|pm|uhr|uur|u|h)';
const CLOCK = `(\\d{1,2})(?:([:.hu])(\\d{2}))?(?:\\s?(${UNIT})(?![\\p{L}]))?`;
/** What makes a bare number after "at", "um" or "à" a count, a share or a length, not a time. */
const NOT_A_TIME =
  '(?!\\s*(?:%|€|\\$|min|minutes|minuten|minutos|mins|hours|heures|horas|stunden|uren|people|personnes|personas|pessoas|mensen|leute))';
const END = '(?![\\d%€$/]|[.:,]\\d)';
const BEFORE = '(?<![\\p{L}\\d.:,/-])';
const SINGLE = new RegExp(`${BEFORE}(?:(${LEAD})\\s+)?${CLOCK}${END}${NOT_A_TIME}`, 'gu');
const RANGE = new RegExp(
  `${BEFORE}(?:${LEAD}\\s+)?${CLOCK}\\s?(?:-|–|—|to|till|until|bis|à|a|até|tot)\\s?${CLOCK}${END}`,
  'gu',
);
/** Below this hour, "2h" or "2 uur" without "at / à / om" is a length ("a 1h call"). */
const DURATION_HOURS = 7;

interface Clock {
  hour: number;
  minute: number;
  sep?: string;
  unit?: string;
}

const clockAt = (m: RegExpExecArray, i: number): Clock => ({
  hour: +(m[i] as string),
  minute: m[i + 2] ? +(m[i + 2] as string) : 0,
  ...(m[i + 1] ? { sep: m[i + 1] } : {}),
  ...(m[i + 3] ? { unit: m[i + 3] } : {}),
});

/** The minutes after midnight `c` may mean, or none when it is no clock time. */
function readings(c: Clock, half?: string): number[] {
  if (c.hour > 23 || c.minute > 59) return [];
  const unit = c.unit ?? half;
  if (unit && /^[ap]\.?m/.test(unit)) {
    if (c.hour < 1 || c.hour > 12) return [];
    return [((c.hour % 12) + (unit.startsWith('p') ? 12 : 0)) * 60 + c.minute];
  }
  const t = c.hour * 60 + c.minute;
  return c.hour >= 1 && c.hour <= 12 ? [t, (t + 720) % 1440] : [t];
}

/** Whether `c` is written as a clock time, not a bare number, a price or a length. */
function isClock(c: Clock, lead: boolean): boolean {
  if (lead) return true;
  if (c.sep === ':' || (c.unit && /^[ap]/.test(c.unit))) return true;
  const hourUnit = c.unit !== undefined || c.sep === 'h' || c.sep === 'u';
  return hourUnit && c.hour >= DURATION_HOURS;
}

function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

/** The clock times and ranges named in `sentences` (normalized, lower case), in reading order. */
export function findTimeMentions(sentences: string[]): TimeMention[] {
  return sentences.flatMap((sentence, i) => {
    const found: TimeMention[] = [];
    const add = (m: RegExpExecArray, spans: [number, number][]) => {
      const end = m.index + m[0].length;
      if (spans.length && !found.some((f) => m.index < f.end && f.start < end))
        found.push({ sentence: i, start: m.index, end, text: m[0].trim(), spans });
    };
    for (const m of execAll(RANGE, sentence)) {
      const from = clockAt(m, 1);
      const to = clockAt(m, 5);
      // "10-10:45", "9 bis 10 Uhr": one side written as a time makes both one.
      if (!isClock(from, false) && !isClock(to, false)) continue;
      const half = to.unit && /^[ap]/.test(to.unit) ? to.unit : undefined;
      const spans = readings(from, half).flatMap((f) =>
        readings(to).flatMap((t): [number, number][] => (t > f && t - f <= 720 ? [[f, t]] : [])),
      );
      add(m, spans);
    }
    for (const m of execAll(SINGLE, sentence)) {
      const clock = clockAt(m, 2);
      if (isClock(clock, m[1] !== undefined))
        add(
          m,
          readings(clock).map((t): [number, number] => [t, t]),
        );
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/** The meeting's start in its own zone: minutes after midnight, and in words ("10:00"). */
function meetingClock(meeting: MeetingTime): { minutes: number; words: string } {
  const words = meeting.start.toLocaleTimeString('en-GB', {
    timeZone: meeting.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const [h, m] = words.split(':').map(Number);
  return { minutes: (h as number) * 60 + (m as number), words };
}

/** A clock time the reply names that is not the meeting's start, and whether it is proposed. */
export interface OtherTime {
  mention: TimeMention;
  proposes: boolean;
  /** The meeting's start in its zone, for the evidence ("10:00"). */
  meetingTime: string;
}

/** The first clock time in `sentences` that is not the meeting's start, if any (`yeses` as for days). */
export function findOtherTime(
  sentences: string[],
  meeting: MeetingTime,
  yeses: PhraseMatch[],
): OtherTime | undefined {
  const clock = meetingClock(meeting);
  const matches = (m: TimeMention) => m.spans.some(([f, t]) => f <= clock.minutes && clock.minutes <= t);
  const mention = findTimeMentions(sentences).find((m) => !matches(m));
  if (!mention) return undefined;
  return {
    mention,
    proposes: proposes(mention, sentences[mention.sentence] ?? '', yeses),
    meetingTime: clock.words,
  };
}
