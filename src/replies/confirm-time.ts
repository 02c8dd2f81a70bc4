/**
 * A yes is a confirmation of this meeting only at the meeting's start: "Confirmed for 2pm"
 * for a 10:00 meeting leaves the rep something to check. A time proposed ("2pm works better",
 * "können wir auf 14 Uhr gehen?") is a `reschedule`; a time only restated wrong is
 * `unclear`. A yes naming the start ("see you at 10", "bis 10 Uhr"), or no time, stays.
 */
import type { IntentResult } from './classify-intent.js';
import type { Scored } from './intent-matches.js';
import type { MeetingTime } from './meeting-day.js';
import { findOtherTime } from './meeting-time.js';
import { overruleConfirm } from './overrule-confirm.js';

/** `result` (a `confirm`) checked against the meeting's start time. */
export function confirmAtMeetingTime(
  result: IntentResult,
  sentences: string[],
  meeting: MeetingTime,
  scored: Scored[],
): IntentResult {
  const yeses = scored.filter((m) => m.intent === 'confirm');
  const other = findOtherTime(sentences, meeting, yeses);
  return other ? overruleConfirm(result, other, `starts at ${other.meetingTime}`) : result;
}
