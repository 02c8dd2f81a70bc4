/**
 * The IANA zone a custom VTIMEZONE stands for, so a meeting in "Western/Central Europe" is
 * labelled Europe/Berlin (emails print times in the label) and not UTC. A zone whose city
 * the TZID names ("custom_Pacific/Fiji") matches when its offset at the event is the rules'
 * (old files carry old DST dates); any other zone must match at every week of the event's
 * year too. After the named zones come (for a zone without DST) the Etc/GMT zone of its
 * offset, then the zones Windows ids stand for, then every IANA zone.
 */
import { IANAZone } from 'luxon';
import { WINDOWS_GOLDEN_ZONES } from '../../domain/windows-zones.js';
import type { ZoneRules } from './vtimezone-rules.js';

const WEEK_MS = 7 * 86_400_000;
const MAX_CACHE = 500;
const cache = new Map<string, string | null>();

let allZones: string[] | undefined;
function everyZone(): string[] {
  allZones ??=
    (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return allZones;
}

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/_/g, ' ')
    .toLowerCase();

/** IANA zones whose city (last part of the name) appears in `tzid`. */
function namedIn(tzid: string): string[] {
  const text = plain(tzid);
  return everyZone().filter((zone) => {
    const city = plain(zone.split('/').pop() ?? '');
    return city.length > 2 && text.includes(city);
  });
}

/** Etc/GMT-1 is UTC+1 (POSIX signs); only whole hours have one. */
function etcZoneFor(offsetSeconds: number): string | undefined {
  if (offsetSeconds === 0) return 'UTC';
  if (offsetSeconds % 3600 !== 0 || Math.abs(offsetSeconds) > 14 * 3600) return undefined;
  const hours = -offsetSeconds / 3600;
  return `Etc/GMT${hours > 0 ? '+' : ''}${hours}`;
}

function matches(zone: string, samples: number[], offsets: number[]): boolean {
  if (!IANAZone.isValidZone(zone)) return false;
  const z = IANAZone.create(zone);
  return samples.every((ms, i) => z.offset(ms) * 60 === offsets[i]);
}

/**
 * The IANA (or Etc/GMT) zone whose offsets match `rules` through the year of `around`, or
 * undefined when none does (an offset like −07:41 that no zone has).
 */
export function zoneMatching(rules: ZoneRules, around: Date): string | undefined {
  const year = around.getUTCFullYear();
  const samples: number[] = [];
  for (let ms = Date.UTC(year, 0, 3, 12); ms < Date.UTC(year + 1, 0, 1); ms += WEEK_MS) samples.push(ms);
  const offsets = samples.map((ms) => rules.offsetAt(ms));
  const at = rules.offsetAt(around.getTime());
  const key = `${rules.tzid}|${at}|${offsets.join(',')}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;

  const fixed = offsets.every((o) => o === offsets[0]);
  const etc = fixed ? etcZoneFor(offsets[0] ?? 0) : undefined;
  const others = [...(etc ? [etc] : []), ...WINDOWS_GOLDEN_ZONES, ...everyZone()];
  const found =
    namedIn(rules.tzid).find((zone) => matches(zone, [around.getTime()], [at])) ??
    others.find((zone) => matches(zone, [around.getTime(), ...samples], [at, ...offsets]));
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, found ?? null);
  return found;
}
