/** An agenda on the approval page: its fields as they stand, and the edits in a posted form. */
import type { Meeting, Message } from '../db/types.js';
import type { AgendaEdits } from '../workflows/outbound/compose-meeting-agenda.js';
import { formText } from './form-text.js';
import type { AgendaFields } from './pages/edit-forms.js';

/** The subject and point the agenda would go out with now. */
export function agendaFields(msg: Message, meeting: Meeting): AgendaFields {
  const edits = (msg.edits ?? {}) as AgendaEdits;
  return {
    subject: msg.subject,
    purpose: edits.purpose ?? meeting.purpose ?? '',
    agenda: edits.agenda ?? ((meeting.agendaItems as string[]) || []),
    outcome: edits.outcome ?? meeting.desiredOutcome ?? '',
  };
}

/** The edits in a posted form: only what differs from the current draft counts. */
export function agendaEditsFrom(body: Record<string, unknown>, current: AgendaFields): AgendaEdits {
  const subject = formText(body.subject, 300);
  const purpose = formText(body.purpose, 2000);
  const outcome = formText(body.outcome, 2000);
  const agenda = formText(body.agenda, 4000)
    ?.split('\n')
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
  return {
    subject: subject && subject !== current.subject ? subject : undefined,
    purpose: purpose && purpose !== current.purpose ? purpose : undefined,
    outcome: outcome && outcome !== current.outcome ? outcome : undefined,
    agenda:
      agenda && agenda.length > 0 && agenda.join('\n') !== current.agenda.join('\n') ? agenda : undefined,
  };
}

/** The fields to show again after a post: the edits over the current ones. */
export function agendaFieldsWith(current: AgendaFields, edits: AgendaEdits): AgendaFields {
  return { ...current, ...Object.fromEntries(Object.entries(edits).filter(([, v]) => v !== undefined)) };
}
