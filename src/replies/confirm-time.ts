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

/** `result` (a `confirm`) checked against the meeting's start time. */
export function confirmAtMeetingTime(
  result: IntentResult,
  sentences: string[],
  meeting: MeetingTime,
  scored: Scored[],
): IntentResult {
  const yeses = scored.filter((m) => m.intent === 'confirm');
  const other = findOtherTime(sentences, meeting, yeses);
  if (!other) return result;
  const { mention } = other;
  const intent = other.proposes ? 'reschedule' : 'unclear';
  const how = other.proposes ? 'proposes' : 'names';
  const evidence = `${result.evidence}, but it ${how} "${mention.text}" and the meeting starts at ${other.meetingTime}`;
  const sentencesShown = [...new Set([result.sentence ?? mention.sentence, mention.sentence])].sort(
    (a, b) => a - b,
  );
  return {
    intent,
    evidence,
    sentence: mention.sentence,
    ...(sentencesShown.length > 1 ? { sentences: sentencesShown } : {}),
  };
}
