/**
 * The rep's ignore rules: meetings that are never prospect meetings, by title substring, by
 * an attendee's domain, or by the calendar the event is in. Stored as Json; rows written
 * before the three kinds existed hold a plain string[], which is read as title substrings.
 */
import type { CalendarEvent } from './types.js';

export interface IgnoreRules {
  /** Case-insensitive substrings of the title ("1:1", "interview"). */
  titles: string[];
  /** Attendee domains ("recruiter.example"); a subdomain matches too. */
  domains: string[];
  /** Calendar names or ids as the provider reports them (`CalendarEvent.calendar`), case-insensitive. */
  calendars: string[];
}

export const NO_IGNORE_RULES: IgnoreRules = { titles: [], domains: [], calendars: [] };

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];

/** Reads a stored value defensively: the old string[] form, the object form, or anything else as none. */
export function readIgnoreRules(stored: unknown): IgnoreRules {
  if (Array.isArray(stored)) return { ...NO_IGNORE_RULES, titles: strings(stored) };
  if (!stored || typeof stored !== 'object') return NO_IGNORE_RULES;
  const o = stored as Record<string, unknown>;
  return { titles: strings(o.titles), domains: strings(o.domains), calendars: strings(o.calendars) };
}

function domainMatches(domain: string, rule: string): boolean {
  return domain === rule || domain.endsWith(`.${rule}`);
}

/**
 * The first rule that ignores `event`, worded for the meeting's reason ("ignored by rule
 * …"), or undefined. Titles first, then attendee domains, then the calendar. Blank rules
 * never match: an empty line in the settings must not mute everything.
 */
export function matchIgnoreRule(
  event: Pick<CalendarEvent, 'title' | 'attendees' | 'calendar'>,
  rules: IgnoreRules,
): string | undefined {
  const title = event.title.toLowerCase();
  const byTitle = rules.titles.find((r) => r.trim() && title.includes(r.trim().toLowerCase()));
  if (byTitle !== undefined) return `ignored by rule "${byTitle.trim()}"`;
  const domains = event.attendees.map((a) => a.email.trim().toLowerCase().split('@')[1] ?? '');
  for (const rule of rules.domains) {
    const r = rule.trim().toLowerCase().replace(/^@/, '');
    if (r && domains.some((d) => d && domainMatches(d, r))) return `ignored by attendee domain rule "${r}"`;
  }
  const calendar = event.calendar?.trim().toLowerCase();
  const byCalendar = calendar ? rules.calendars.find((r) => r.trim().toLowerCase() === calendar) : undefined;
  if (byCalendar !== undefined) return `ignored by calendar rule "${byCalendar.trim()}"`;
  return undefined;
}
