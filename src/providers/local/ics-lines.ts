/**
 * Reads a component's content lines one at a time into jCal properties, so one bad line
 * is left out (with a problem naming it) instead of failing the file. Known exporter habits
 * are repaired first: DATE values without VALUE=DATE, spaces in RRULE lists (Exchange CDO),
 * an RSCALE=GREGORIAN rule (RFC 7529). In RDATE and EXDATE lists each value is read on its
 * own, so a bad one costs only that date.
 */
import ICAL from 'ical.js';
import type { ContentLine } from './ics-blocks.js';
import { propertyName } from './ics-warnings.js';

/** jCal of one property: [name, params, type, ...values]. */
export type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** A line left out or changed, for the problems list. */
export interface LineProblem {
  line: number;
  message: string;
  /** True when it changes what the meeting says (its times, recurrence, people). */
  meeting: boolean;
}

const DATE_PROPS = new Set(['DTSTART', 'DTEND', 'DUE', 'RECURRENCE-ID', 'RDATE', 'EXDATE']);
const LIST_PROPS = new Set(['RDATE', 'EXDATE']);
const MEETING_PROPS = new Set([
  ...DATE_PROPS,
  'DURATION',
  'RRULE',
  'UID',
  'SUMMARY',
  'ATTENDEE',
  'ORGANIZER',
  'LOCATION',
  'STATUS',
]);
const MAX_PROPS = 2_000;

interface SplitLine {
  name: string;
  params: string[];
  value: string;
}

/** "DTSTART;TZID="a:b":2024…" → name, raw params, value (a ':' inside quotes is no delimiter). */
function splitLine(text: string): SplitLine | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      const head = text.slice(0, i);
      const parts = head.match(/(?:[^;"]|"[^"]*")+/g) ?? [];
      const name = (parts[0] ?? '').trim().toUpperCase();
      // A group prefix ("item1.X-ABLABEL", vCard style) is part of the name.
      if (!/^[A-Z0-9][A-Z0-9.-]{0,59}$/.test(name)) return undefined;
      return { name, params: parts.slice(1).map((p) => p.trim()), value: text.slice(i + 1) };
    }
  }
  return undefined;
}

const join = (s: SplitLine) => `${[s.name, ...s.params].join(';')}:${s.value}`;
const paramIndex = (s: SplitLine, key: string) =>
  s.params.findIndex((p) => p.toUpperCase().startsWith(`${key}=`));

/** A DATE written without VALUE=DATE (`DTSTART:20220101`) is read as one, a date-time marked DATE as a date-time. */
function repairDateValue(s: SplitLine): void {
  if (!DATE_PROPS.has(s.name)) return;
  const i = paramIndex(s, 'VALUE');
  // The value says more than the parameter: "20261210T100000" is a date-time whatever VALUE says.
  if (i >= 0 && /^VALUE=DATE$/i.test(s.params[i] ?? '') && /^\d{8}T\d{6}Z?$/.test(s.value.trim())) {
    s.params.splice(i, 1);
    return;
  }
  if (!/^\d{8}(,\d{8})*$/.test(s.value.trim())) return;
  if (i >= 0 && !/^VALUE=DATE-TIME$/i.test(s.params[i] ?? '')) return;
  if (i >= 0) s.params.splice(i, 1);
  s.params.push('VALUE=DATE');
  s.value = s.value.trim();
}

/**
 * An RRULE value cleaned of whitespace and empty parts ("BYDAY=MO, TU;" → "BYDAY=MO,TU"),
 * or the reason it cannot be expanded here.
 */
function repairRule(s: SplitLine): string | undefined {
  const parts = s.value
    .replace(/\s+/g, '')
    .toUpperCase()
    .split(';')
    .filter((p) => p.includes('='))
    .map((p) => p.replace(/,+$/, '').replace(/,,+/g, ','));
  const rscale = parts.find((p) => p.startsWith('RSCALE='))?.slice(7);
  if (rscale && rscale !== 'GREGORIAN') {
    return `RRULE uses the ${rscale} calendar (RSCALE), which agendum cannot expand: only the first occurrence is listed`;
  }
  // RSCALE=GREGORIAN is plain RFC 5545; SKIP only matters for invalid dates such as Feb 30.
  s.value = parts.filter((p) => !p.startsWith('RSCALE=') && !p.startsWith('SKIP=')).join(';');
  return undefined;
}

/** The jCal of one line, with its values decoded once so a bad value throws here. */
function parseChecked(text: string): JCalProperty {
  const jcal = ICAL.parse.property(text, ICAL.design.icalendar) as JCalProperty | undefined;
  if (!Array.isArray(jcal)) throw new Error('not a property');
  const values = new ICAL.Property(jcal).getValues();
  for (const v of values) {
    if (v instanceof ICAL.Recur && !v.freq) throw new Error('RRULE has no FREQ');
  }
  return jcal;
}

/** An RDATE or EXDATE with only the values that read; `dropped` counts the others. */
function readList(s: SplitLine): { jcal?: JCalProperty; dropped: number; total: number } {
  const values = s.value.split(',').filter((v) => v.trim());
  const kept: JCalProperty[] = [];
  for (const value of values) {
    const one = { ...s, value: value.trim() };
    try {
      kept.push(parseChecked(join(one)));
    } catch {
      // A PERIOD whose end is bad (or of dates) still says when the occurrence starts.
      const start = value.split('/')[0]?.trim() ?? '';
      const params = s.params.filter((p) => !/^VALUE=/i.test(p));
      const retry = { name: s.name, params, value: start };
      repairDateValue(retry);
      try {
        if (value.includes('/')) kept.push(parseChecked(join(retry)));
      } catch {
        // Left out below.
      }
    }
  }
  const first = kept[0];
  if (!first) return { dropped: values.length, total: values.length };
  // One property per type keeps DATE and DATE-TIME values apart.
  const jcal = [...first] as JCalProperty;
  jcal.length = 3;
  for (const k of kept) if (k[2] === first[2]) jcal.push(...k.slice(3));
  return { jcal, dropped: values.length - (jcal.length - 3), total: values.length };
}

/** Marks a line that is no property at all (prose, a lone word): the component around it is garbled. */
export const GARBLED = Symbol('garbled');

function readOne(cl: ContentLine, problems: LineProblem[]): JCalProperty | typeof GARBLED | undefined {
  const s = splitLine(cl.text);
  const name = propertyName(cl.text);
  const meeting = MEETING_PROPS.has(name);
  const leaveOut = (why: string) => {
    problems.push({ line: cl.line, message: `${name} ${why}; left out`, meeting });
    return undefined;
  };
  // "X-APPLE-RADIUS=49.9", "ORGANIZER;CN=Sixt SE": a property that lost its ':', safe to skip.
  if (!s && /^[A-Za-z0-9-]{1,60}[=;]/.test(cl.text)) return leaveOut('has no ":" before its value');
  if (!s) return GARBLED;
  repairDateValue(s);
  if (s.name === 'RRULE' || s.name === 'EXRULE') {
    const why = repairRule(s);
    if (why) {
      problems.push({ line: cl.line, message: why, meeting: true });
      return undefined;
    }
  }
  if (LIST_PROPS.has(s.name)) {
    // An empty RDATE says nothing; leaving it out loses nothing.
    if (!s.value.trim()) return undefined;
    const { jcal, dropped, total } = readList(s);
    if (!jcal)
      return leaveOut(total > 1 ? `has no value that could be read (${total} tried)` : 'could not be read');
    if (dropped > 0) {
      problems.push({
        line: cl.line,
        message: `${s.name}: ${dropped} of ${total} values could not be read and are left out`,
        meeting,
      });
    }
    return jcal;
  }
  try {
    return parseChecked(join(s));
  } catch {
    if (s.name !== 'RRULE') return leaveOut('could not be read');
    problems.push({
      line: cl.line,
      message: 'RRULE could not be read: only the first occurrence is listed',
      meeting,
    });
    return undefined;
  }
}

/**
 * The readable properties of `lines` as jCal, a problem for each line left out, and the
 * first line that is no property at all (`garbled`), if any.
 */
export function readProperties(lines: ContentLine[]): {
  props: JCalProperty[];
  problems: LineProblem[];
  garbled?: number;
} {
  const problems: LineProblem[] = [];
  const props: JCalProperty[] = [];
  let garbled: number | undefined;
  for (const cl of lines.slice(0, MAX_PROPS)) {
    const prop = readOne(cl, problems);
    if (prop === GARBLED) garbled ??= cl.line;
    else if (prop) props.push(prop);
  }
  return garbled === undefined ? { props, problems } : { props, problems, garbled };
}
