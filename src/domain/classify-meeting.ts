/**
 * Is this calendar event a meeting with a prospect? The answer always carries a short reason,
 * shown to the rep as is, so a skipped meeting is never a mystery.
 */
import { matchIgnoreRule } from './ignore-rules.js';
import { domainOfAddress, isOrgDomain, orgDomainsOf } from './org-domains.js';
import type { CalendarAttendee, CalendarEvent, ProspectDecision, RepProfile } from './types.js';

type ClassifyRep = Pick<RepProfile, 'email' | 'orgDomains' | 'maxExternalAttendees' | 'ignoreRules'>;

/**
 * Google gives rooms, resources, shared and imported calendars addresses under
 * calendar.google.com (resource., group., group.v., import.), sometimes without a CUTYPE.
 */
function looksLikeCalendarResource(domain: string): boolean {
  return domain === 'calendar.google.com' || domain.endsWith('.calendar.google.com');
}

interface OutsideAttendees {
  /** Every external person invited, decliners included (the size of the event). */
  people: CalendarAttendee[];
  /** Rooms, resources and groups that are not the rep's own. */
  things: CalendarAttendee[];
}

function sortOutsiders(event: CalendarEvent, rep: ClassifyRep): OutsideAttendees {
  const repEmail = rep.email.trim().toLowerCase();
  const orgDomains = orgDomainsOf(rep);
  const people: CalendarAttendee[] = [];
  const things: CalendarAttendee[] = [];
  for (const a of event.attendees) {
    const email = a.email.trim().toLowerCase();
    const domain = domainOfAddress(email);
    if (email === repEmail || !domain || isOrgDomain(domain, orgDomains)) continue;
    if (a.kind !== 'person' || looksLikeCalendarResource(domain)) things.push(a);
    else people.push(a);
  }
  return { people, things };
}

function repDeclined(event: CalendarEvent, repEmail: string): boolean {
  const me = repEmail.trim().toLowerCase();
  // A rep who is only the organizer has no attendee entry: organizing counts as accepting.
  return event.attendees.some((a) => a.email.trim().toLowerCase() === me && a.response === 'declined');
}

function prospectReason(prospects: CalendarAttendee[]): string {
  const [first] = prospects;
  const more = prospects.length > 1 ? ` (+${prospects.length - 1})` : '';
  return `external: ${first?.email ?? ''}${more}`;
}

/**
 * Decides whether `event` is a prospect meeting for `rep`. Checks run in a fixed order —
 * cancelled, all-day, rep declined, ignore rule, no external people, too many external
 * people — and the first that applies is the reason. `prospects` are the external people who
 * have not declined, in attendee order; `accountDomain` is the first one's domain. Both are
 * filled whenever such people exist, even when the meeting is not a prospect meeting.
 */
export function classifyMeeting(event: CalendarEvent, rep: ClassifyRep): ProspectDecision {
  const { people, things } = sortOutsiders(event, rep);
  const prospects = people.filter((p) => p.response !== 'declined');
  const accountDomain = prospects[0] ? domainOfAddress(prospects[0].email) : undefined;
  const no = (reason: string): ProspectDecision => ({ isProspect: false, reason, prospects, accountDomain });

  if (event.status === 'cancelled') return no('cancelled');
  if (event.isAllDay) return no('all-day event');
  if (repDeclined(event, rep.email)) return no('rep declined');
  const ignored = matchIgnoreRule(event, rep.ignoreRules);
  if (ignored !== undefined) return no(ignored);
  if (people.length === 0)
    return no(things.length > 0 ? 'only rooms or resources besides the team' : 'internal only');
  if (prospects.length === 0) return no('every external attendee declined');
  if (people.length > rep.maxExternalAttendees) {
    return no(`webinar: ${people.length} external attendees (limit ${rep.maxExternalAttendees})`);
  }
  return { isProspect: true, reason: prospectReason(prospects), prospects, accountDomain };
}
