/** Short nudges to the rep: a point still unconfirmed close to the meeting, or a next step with no meeting booked. */

import { toBodyText, toHeaderText } from './clean-text.js';
import { repReaderView } from './people.js';
import { timeUntil } from './relative-time.js';
import { requireTimeZone } from './require-time-zone.js';
import { type ComposedEmail, renderEmail, type TemplateSet } from './template-set.js';

/** What a nudge is about. */
export interface NudgeInput {
  rep: { name: string; email: string };
  meeting: { title: string; start: Date; timeZone: string };
  /** `unconfirmed`: the prospect has not confirmed the point; `book_next`: the agreed next step has no meeting. */
  kind: 'unconfirmed' | 'book_next';
  /** unconfirmed: a sentence on what is missing; book_next: the agreed next step. */
  detail?: string;
  /** The meeting's page on the dashboard. */
  meetingUrl: string;
  /** When the nudge goes out; with it, an unconfirmed nudge says "starts in 4 hours". */
  now?: Date;
}

/** The data the nudge template sees (documented in templates/README.md). */
export function nudgeView(input: NudgeInput) {
  const zone = requireTimeZone(input.meeting.timeZone);
  return {
    rep: repReaderView(input.rep),
    meeting: { title: toHeaderText(input.meeting.title), start: input.meeting.start, timeZone: zone },
    kind: input.kind,
    is: { unconfirmed: input.kind === 'unconfirmed', bookNext: input.kind === 'book_next' },
    detail: input.detail ? toBodyText(input.detail).trim() : '',
    /** "in 4 hours" (empty without `now`). */
    startsIn: input.now ? timeUntil(input.meeting.start, input.now) : '',
    meetingUrl: input.meetingUrl,
  };
}

/** Renders the nudge: "Not confirmed yet: <title>" or "Next step not booked yet: <title>". */
export function composeNudge(templates: TemplateSet, input: NudgeInput): ComposedEmail {
  return renderEmail(templates.nudge, nudgeView(input));
}
