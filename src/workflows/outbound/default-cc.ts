/** The Cc an agenda or recap is drafted with: the rep's attending colleagues, unless the rep turned that off. */
import { colleaguesToCopy } from '../../domain/colleague-cc.js';
import { MAX_RECIPIENTS } from '../../domain/recipient-list.js';
import type { CalendarAttendee } from '../../domain/types.js';
import { toRepProfile } from '../reps/rep-profile.js';

type MeetingWithRep = {
  attendees: unknown;
  rep: Parameters<typeof toRepProfile>[0] & { ccColleagues: boolean };
};

/**
 * The colleagues to copy on a draft to `to`. They fill what room the recipient limit
 * leaves, so the rep can approve the draft as it stands.
 */
export function defaultCc(meeting: MeetingWithRep, to: string[]): string[] {
  if (!meeting.rep.ccColleagues || !Array.isArray(meeting.attendees)) return [];
  return colleaguesToCopy(
    meeting.attendees as CalendarAttendee[],
    toRepProfile(meeting.rep),
    to,
    MAX_RECIPIENTS - to.length,
  );
}
