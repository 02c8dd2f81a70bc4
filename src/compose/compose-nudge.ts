/**
 * Short nudges to the rep: a point still unconfirmed close to the meeting, an agenda still
 * waiting for their approval, or a next step with no meeting booked. Each names the
 * prospect and the meeting, with its time in the rep's zone, and links the meeting.
 */

import { toBodyText, toHeaderText } from './clean-text.js';
import { formatShortDateTime } from './format-time.js';
import { joinWords } from './names.js';
import { callNames, prospectViews, repReaderView } from './people.js';
import { timeUntil } from './relative-time.js';
import type { RepActionsView } from './rep-actions-view.js';
import { requireTimeZone } from './require-time-zone.js';
import { type ComposedEmail, renderEmail, type TemplateSet } from './template-set.js';

/** What a nudge is about. */
export interface NudgeInput {
  /** `timeZone` (the rep's) is used for times; the meeting's zone otherwise. */
  rep: { name: string; email: string; timeZone?: string };
  meeting: { title: string; start: Date; timeZone: string };
  /** The prospects the meeting's emails go to; untrusted names from the invitation. */
  prospects?: { email: string; name?: string }[];
  /** The prospects' company. */
  accountName?: string;
  /**
   * `unconfirmed`: the prospect has not confirmed the point; `approval`: the agenda still
   * waits for the rep's approval; `book_next`: the agreed next step has no meeting.
   */
  kind: 'unconfirmed' | 'approval' | 'book_next';
  /** unconfirmed: a sentence on what is missing; book_next: the agreed next step. */
  detail?: string;
  /** The meeting's page on the dashboard. */
  meetingUrl: string;
  /** approval: a fresh signed `/a/` link to the draft's approval page. */
  approveUrl?: string;
  /** approval: the draft also waits in the rep's Drafts folder (draft mode). */
  inDrafts?: boolean;
  /** unconfirmed: what the rep can do (mark confirmed, revise), with the action page's link. */
  actions?: RepActionsView;
  /** When the nudge goes out; with it, a nudge says "starts in 4 hours". */
  now?: Date;
}

/** "Priya Raman and Sam Ortiz (Acme Robotics)": full names, else addresses, and the company. */
function prospectLine(people: { email: string; name?: string }[], accountName?: string): string {
  const names = people.length ? joinWords(people.map((p) => p.name || p.email)) : 'the prospect';
  const company = accountName ? toHeaderText(accountName) : '';
  return company ? `${names} (${company})` : names;
}

/** The data the nudge template sees (documented in templates/README.md). */
export function nudgeView(input: NudgeInput) {
  requireTimeZone(input.meeting.timeZone);
  const zone = requireTimeZone(input.rep.timeZone ?? input.meeting.timeZone);
  const prospects = prospectViews(input.prospects ?? []);
  return {
    rep: repReaderView(input.rep),
    zone,
    meeting: {
      title: toHeaderText(input.meeting.title),
      start: input.meeting.start,
      timeZone: input.meeting.timeZone,
      /** "Wed, Dec 9, 11:00 AM EST", in the rep's zone. */
      when: formatShortDateTime(input.meeting.start, zone),
    },
    prospects,
    /** "Priya Raman (Acme Robotics)": who the meeting is with. */
    withWhom: prospectLine(prospects, input.accountName),
    /** "Priya", "Priya and Sam": how the nudge refers to them afterwards. */
    prospectNames: callNames(prospects),
    kind: input.kind,
    is: {
      unconfirmed: input.kind === 'unconfirmed',
      approval: input.kind === 'approval',
      bookNext: input.kind === 'book_next',
    },
    detail: input.detail ? toBodyText(input.detail).trim() : '',
    /** "in 4 hours" (empty without `now`). */
    startsIn: input.now ? timeUntil(input.meeting.start, input.now) : '',
    meetingUrl: input.meetingUrl,
    approveUrl: input.approveUrl ?? '',
    inDrafts: input.inDrafts ?? false,
    actions: input.actions,
  };
}

/** Renders the nudge: "Not confirmed yet: <title>", "Still awaiting your approval: <title>", "Next step not booked yet: <title>". */
export function composeNudge(templates: TemplateSet, input: NudgeInput): ComposedEmail {
  return renderEmail(templates.nudge, nudgeView(input));
}
