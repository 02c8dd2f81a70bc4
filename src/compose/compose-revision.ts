/**
 * The revised agenda or recap to the prospects: a reply in the same thread ("Re: …") that
 * says what changed, restates the point (or the recap) as it stands now, and asks to
 * confirm again with a fresh link.
 */
import { toBodyText } from './clean-text.js';
import { type AgendaInput, agendaView } from './compose-agenda.js';
import { type RecapInput, recapView } from './compose-recap.js';
import { replySubject } from './reply-subject.js';
import { type ComposedEmail, renderEmail, type TemplateSet } from './template-set.js';

/** What a revision adds to the email it revises. */
export interface RevisionInput {
  /** The subject of the email revised: the revision answers it. */
  originalSubject: string;
  /** What changed, one line each (revision-changes.ts). */
  changes: string[];
  /** The rep's own words to the prospect, first in the email; optional. */
  note?: string;
}

const revisionView = (r: RevisionInput) => ({
  subject: replySubject(r.originalSubject),
  changes: r.changes,
  note: toBodyText(r.note ?? '').trim(),
});

/** Renders the revised agenda. */
export function composeAgendaRevision(
  templates: TemplateSet,
  input: AgendaInput,
  revision: RevisionInput,
): ComposedEmail {
  return renderEmail(templates.agendaRevision, {
    ...agendaView(input, templates.agendaRevision.language),
    ...revisionView(revision),
  });
}

/** Renders the revised recap. */
export function composeRecapRevision(
  templates: TemplateSet,
  input: RecapInput,
  revision: RevisionInput,
): ComposedEmail {
  return renderEmail(templates.recapRevision, {
    ...recapView(input, templates.recapRevision.language),
    ...revisionView(revision),
  });
}
