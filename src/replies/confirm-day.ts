/**
 * A yes is a confirmation of this meeting only on the meeting's day: "confirmed for
 * Wednesday" for a Tuesday meeting, or "see you on the 16th" for the 15th, leaves the rep
 * something to check. A day proposed ("Wednesday works better for us") is a `reschedule`;
 * a day only restated wrong is `unclear`. A yes naming the right day, or no day, stays.
 */
import type { IntentResult } from './classify-intent.js';
import type { Scored } from './intent-matches.js';
import { findOtherDay, type MeetingTime } from './meeting-day.js';
import { overruleConfirm } from './overrule-confirm.js';

/** `result` (a `confirm`) checked against the meeting's day. */
export function confirmOnMeetingDay(
  result: IntentResult,
  sentences: string[],
  meeting: MeetingTime,
  scored: Scored[],
  repliedAt?: Date,
): IntentResult {
  const yeses = scored.filter((m) => m.intent === 'confirm');
  const other = findOtherDay(sentences, meeting, yeses, repliedAt);
  return other ? overruleConfirm(result, other, `is on ${other.meetingDay}`) : result;
}
