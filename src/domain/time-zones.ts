/**
 * Zone names as calendars write them → IANA names. One neutral place for every provider:
 * iCalendar files carry IANA, Mozilla-prefixed or Windows ids; Graph reports Windows names.
 */
import { IANAZone } from 'luxon';

// Outlook and Exchange write Windows zone names; the common ones, mapped to IANA.
const WINDOWS_ZONES: Record<string, string> = {
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
  'gmt standard time': 'Europe/London',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'india standard time': 'Asia/Kolkata',
  'tokyo standard time': 'Asia/Tokyo',
  'aus eastern standard time': 'Australia/Sydney',
  utc: 'UTC',
};

/**
 * The IANA name behind a TZID, or undefined. Accepts IANA names, Mozilla-style prefixed ids
 * ("/mozilla.org/20050126_1/America/New_York") and common Windows names.
 */
export function ianaZoneFor(tzid: string | undefined | null): string | undefined {
  if (!tzid) return undefined;
  const id = tzid.trim().replace(/^"|"$/g, '');
  if (id.length === 0 || id.length > 100) return undefined;
  if (IANAZone.isValidZone(id)) return id === 'Etc/UTC' || id === 'GMT' ? 'UTC' : id;
  const windows = WINDOWS_ZONES[id.toLowerCase()];
  if (windows) return windows;
  const parts = id.split('/').filter(Boolean);
  for (let i = Math.max(0, parts.length - 3); i < parts.length - 1; i++) {
    const tail = parts.slice(i).join('/');
    if (IANAZone.isValidZone(tail)) return tail;
  }
  return undefined;
}
