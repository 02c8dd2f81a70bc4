/**
 * A `confirm` turned over by something it names that is not the meeting's (another day,
 * another time): `reschedule` when the reply proposes it, `unclear` when it only restates it.
 * The rep is shown the yes and the mention, in reading order.
 */
import type { IntentResult } from './classify-intent.js';

/** What the reply names, where, and whether it proposes it. */
export interface OtherThanMeeting {
  mention: { text: string; sentence: number };
  proposes: boolean;
}

/** `result` overruled by `other`; `meetingIs` ends the evidence ("is on Tuesday, 15 December"). */
export function overruleConfirm(
  result: IntentResult,
  other: OtherThanMeeting,
  meetingIs: string,
): IntentResult {
  const { mention } = other;
  const how = other.proposes ? 'proposes' : 'names';
  const shown = [...new Set([result.sentence ?? mention.sentence, mention.sentence])].sort((a, b) => a - b);
  return {
    intent: other.proposes ? 'reschedule' : 'unclear',
    evidence: `${result.evidence}, but it ${how} "${mention.text}" and the meeting ${meetingIs}`,
    sentence: mention.sentence,
    ...(shown.length > 1 ? { sentences: shown } : {}),
  };
}
