/** The email to the rep after a meeting: what was agreed, and what happens next? */
import { toBodyText, toHeaderText } from './clean-text.js';
import { callNames, prospectViews, repReaderView } from './people.js';
import { toRepVoice } from './rep-voice.js';
import { requireTimeZone } from './require-time-zone.js';
import { type ComposedEmail, renderEmail, type TemplateSet } from './template-set.js';

/** What the recap prompt needs. The meeting's point is what the agenda said before the meeting. */
export interface RecapPromptInput {
  /** `timeZone` (the rep's) is used for times; the meeting's zone otherwise. */
  rep: { name: string; email: string; timeZone?: string };
  meeting: { title: string; start: Date; end: Date; timeZone: string };
  prospects: { email: string; name?: string }[];
  /** The stated purpose and desired outcome, as written to the prospect (empty strings are left out). */
  point: { purpose: string; outcome: string };
  /** The page where the rep records the outcome (a form; only its POST records anything). */
  recordUrl: string;
}

/** The data the recap-prompt template sees (documented in templates/README.md). */
export function recapPromptView(input: RecapPromptInput) {
  const { meeting, rep } = input;
  requireTimeZone(meeting.timeZone);
  const prospects = prospectViews(input.prospects);
  return {
    rep: repReaderView(rep),
    zone: requireTimeZone(rep.timeZone ?? meeting.timeZone),
    meeting: {
      title: toHeaderText(meeting.title),
      start: meeting.start,
      end: meeting.end,
      timeZone: meeting.timeZone,
    },
    prospects,
    /** "Priya", "Priya and Sam": how the prompt refers to the people the recap goes to. */
    prospectNames: callNames(prospects),
    /** The point as the agenda put it to the prospect, retold to the rep ("their top problems"). */
    point: {
      purpose: toRepVoice(toBodyText(input.point.purpose).trim()),
      outcome: toRepVoice(toBodyText(input.point.outcome).trim()),
    },
    recordUrl: input.recordUrl,
  };
}

/** Renders the recap prompt: subject "How did <title> go?". */
export function composeRecapPrompt(templates: TemplateSet, input: RecapPromptInput): ComposedEmail {
  return renderEmail(templates.recapPrompt, recapPromptView(input));
}
