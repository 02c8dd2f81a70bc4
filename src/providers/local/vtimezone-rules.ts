/**
 * A file's own VTIMEZONE, evaluated here rather than by ical.js, which gets zones built from
 * DTSTART and RDATE without an RRULE wrong (offset 0 before the last listed onset). Every
 * onset of every STANDARD and DAYLIGHT part (its DTSTART, RRULE and RDATEs) becomes a
 * transition at a UTC instant; the offset at an instant is that of the last transition
 * before it. Expansion is bounded (year and count): the file is untrusted.
 */
import ICAL from 'ical.js';
import type { Block } from './ics-blocks.js';
import { readProperties } from './ics-lines.js';
import { assertRuleIsSafe } from './recur-guard.js';

/** The UTC offset rules of one VTIMEZONE. */
export interface ZoneRules {
  tzid: string;
  /** Offset in seconds east of UTC in effect at `utcMs`. */
  offsetAt(utcMs: number): number;
  /** The instant of a wall-clock time given as if it were UTC ms (RFC 5545 3.3.5 for gaps and overlaps). */
  toUtc(wallMs: number): number;
}

interface Transition {
  utcMs: number;
  from: number;
  to: number;
}

const LAST_YEAR = 2100;
// Exchange starts its rules in 1601: a yearly rule needs 500 onsets to reach 2100.
const MAX_ONSETS_PER_RULE = 1_500;
const MAX_CACHE = 200;
const cache = new Map<string, ZoneRules | null>();
const DAY_MS = 86_400_000;

/** A floating ICAL.Time as if-UTC milliseconds. */
export function wallMs(t: ICAL.Time): number {
  return Date.UTC(
    t.year,
    t.month - 1,
    t.day,
    t.isDate ? 0 : t.hour,
    t.isDate ? 0 : t.minute,
    t.isDate ? 0 : t.second,
  );
}

function offsetSeconds(value: unknown): number | undefined {
  if (value instanceof ICAL.UtcOffset) return value.toSeconds();
  return undefined;
}

/** Wall-clock onsets of one STANDARD/DAYLIGHT part: DTSTART, its RRULE and its RDATEs. */
function onsetsOf(part: ICAL.Component): number[] {
  const start = part.getFirstPropertyValue('dtstart');
  if (!(start instanceof ICAL.Time)) return [];
  const onsets = [wallMs(start)];
  const rule = part.getFirstPropertyValue('rrule');
  if (rule instanceof ICAL.Recur) {
    try {
      assertRuleIsSafe(rule);
      const iterator = rule.iterator(start);
      for (let n = 0; n < MAX_ONSETS_PER_RULE; n++) {
        const next = iterator.next();
        if (!next || next.year > LAST_YEAR) break;
        onsets.push(wallMs(next));
      }
    } catch {
      // A rule that cannot be expanded leaves the onsets listed explicitly.
    }
  }
  for (const prop of part.getAllProperties('rdate')) {
    for (const value of prop.getValues()) {
      const time = value instanceof ICAL.Period ? value.start : value;
      if (time instanceof ICAL.Time) onsets.push(wallMs(time));
    }
  }
  return onsets;
}

function transitionsOf(block: Block): Transition[] {
  const transitions: Transition[] = [];
  for (const child of block.children) {
    if (child.name !== 'STANDARD' && child.name !== 'DAYLIGHT') continue;
    const part = new ICAL.Component([child.name.toLowerCase(), readProperties(child.props).props, []]);
    const from = offsetSeconds(part.getFirstPropertyValue('tzoffsetfrom'));
    const to = offsetSeconds(part.getFirstPropertyValue('tzoffsetto'));
    if (to === undefined) continue;
    // An onset's wall-clock time is in the offset before it (TZOFFSETFROM).
    for (const onset of onsetsOf(part))
      transitions.push({ utcMs: onset - (from ?? to) * 1000, from: from ?? to, to });
  }
  return transitions.sort((a, b) => a.utcMs - b.utcMs);
}

/**
 * The rules of a VTIMEZONE block; undefined when it has no TZID or no usable part. The same
 * block text (every sync re-reads the file) is expanded once.
 */
export function readZoneRules(block: Block): ZoneRules | undefined {
  const key = blockText(block);
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const rules = buildRules(block);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, rules ?? null);
  return rules;
}

/** A block's lines without their numbers: the same zone anywhere in any file has one key. */
function blockText(block: Block): string {
  return [block.name, ...block.props.map((p) => p.text), ...block.children.map(blockText)].join('\n');
}

function buildRules(block: Block): ZoneRules | undefined {
  const { props } = readProperties(block.props);
  const tzidProp = props.find((p) => p[0] === 'tzid');
  const tzid = typeof tzidProp?.[3] === 'string' ? tzidProp[3].trim() : '';
  const transitions = transitionsOf(block);
  const first = transitions[0];
  if (!tzid || !first) return undefined;
  // Before its first onset the zone was in that onset's TZOFFSETFROM.
  const before = first.from;
  const offsets = [...new Set([before, ...transitions.map((t) => t.to)])];

  const offsetAt = (utcMs: number): number => {
    let lo = 0;
    let hi = transitions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((transitions[mid] as Transition).utcMs <= utcMs) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? before : (transitions[found] as Transition).to;
  };

  const toUtc = (wall: number): number => {
    // The earliest instant that shows this wall time (an overlap means its first occurrence).
    const fits = offsets.filter((o) => offsetAt(wall - o * 1000) === o).sort((a, b) => b - a);
    if (fits[0] !== undefined) return wall - fits[0] * 1000;
    // In a gap: the offset before the gap.
    return wall - offsetAt(wall - DAY_MS) * 1000;
  };

  return { tzid, offsetAt, toUtc };
}
