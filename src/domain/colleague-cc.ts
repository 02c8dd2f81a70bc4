/**
 * Which of the rep's colleagues an agenda or recap copies: the people from the rep's own
 * org who attend the meeting, so the team sees what the prospect is asked to confirm.
 * "Own org" is org-domains.ts, the rule classify-meeting.ts uses for internal attendees.
 */

import { isOrgAddress } from './org-domains.js';
import { isPlainAddress } from './recipient-list.js';
import type { CalendarAttendee, RepProfile } from './types.js';

/**
 * The colleagues to copy, in attendee order: people (not rooms or groups) at the rep's org
 * who have not declined, never the rep, nobody already in `to`, at most `room` of them.
 */
export function colleaguesToCopy(
  attendees: CalendarAttendee[],
  rep: Pick<RepProfile, 'email' | 'orgDomains'>,
  to: string[],
  room: number,
): string[] {
  const taken = new Set([rep.email, ...to].map((a) => a.trim().toLowerCase()));
  const out: string[] = [];
  for (const a of attendees) {
    const email = a.email.trim();
    const key = email.toLowerCase();
    const internal = isOrgAddress(key, rep);
    if (!internal || a.kind !== 'person' || a.response === 'declined' || taken.has(key)) continue;
    // A calendar may hold an address the mail could not carry; it is left out, not sent broken.
    if (!isPlainAddress(email)) continue;
    taken.add(key);
    out.push(email);
  }
  return out.slice(0, Math.max(0, room));
}
