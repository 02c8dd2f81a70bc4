/**
 * The edit part of the approval page, one per kind of draft: an agenda's subject and point,
 * a recap's agreed point and next step (what, who, by when). Every field is posted whole;
 * the server keeps only what differs from the draft.
 */
import type { NextStepOwner } from '../../compose/next-step-line.js';
import { html, type SafeHtml } from '../html.js';

/** An agenda's fields as the page shows them. */
export interface AgendaFields {
  subject: string;
  purpose: string;
  agenda: string[];
  outcome: string;
}

/** A recap's fields as the page shows them; `due` is the date as typed (or stored). */
export interface RecapFields {
  agreed: string;
  nextStep: string;
  owner: NextStepOwner;
  due: string;
}

/** The form of a draft: its fields, and for a recap how its date was read (words, or the error). */
export type EditForm =
  /** `noSubject`: a revision answers the agenda as "Re: …", so its subject is not the rep's to edit. */
  | { kind: 'agenda'; fields: AgendaFields; noSubject?: boolean }
  | { kind: 'recap'; fields: RecapFields; due: { words?: string; error?: string } };

const OWNER_LABELS: [NextStepOwner, string][] = [
  ['rep', 'Me'],
  ['prospect', 'The prospect'],
  ['both', 'Both of us'],
];

/** Rows for the agenda box: every item and a free line for the next, so none hides behind a scroll. */
function agendaRows(items: readonly string[]): number {
  return Math.max(4, items.length + 1);
}

function agendaForm(f: AgendaFields, noSubject = false): SafeHtml {
  const subject = noSubject
    ? ''
    : html`<label for="subject">Subject</label><input type="text" id="subject" name="subject" value="${f.subject}" maxlength="300">`;
  return html`<h2 id="edit">Edit</h2>
${subject}
<label for="purpose">Why we're meeting</label><textarea id="purpose" name="purpose" maxlength="2000">${f.purpose}</textarea>
<label for="agenda">What we'll cover (one item per line)</label><textarea id="agenda" name="agenda" maxlength="4000" rows="${agendaRows(f.agenda)}">${f.agenda.join('\n')}</textarea>
<label for="outcome">A good outcome</label><textarea id="outcome" name="outcome" maxlength="2000">${f.outcome}</textarea>`;
}

function recapForm(f: RecapFields, due: { words?: string; error?: string }): SafeHtml {
  const options = OWNER_LABELS.map(
    ([value, label]) =>
      html`<option value="${value}"${f.owner === value ? html` selected` : ''}>${label}</option>`,
  );
  // The date as read, in words, so a wrong reading is caught; the live preview updates it.
  const read = due.error
    ? html`<p class="muted" id="due-read" role="alert">${due.error}</p>`
    : html`<p class="muted" id="due-read" aria-live="polite">${due.words ?? ''}</p>`;
  return html`<h2 id="edit">Edit</h2>
<label for="agreed">What we agreed</label><textarea id="agreed" name="agreed" maxlength="2000">${f.agreed}</textarea>
<label for="nextStep">Next step</label><textarea id="nextStep" name="nextStep" maxlength="2000">${f.nextStep}</textarea>
<label for="owner">Who owns it</label><select id="owner" name="owner">${options}</select>
<label for="due">By when (a date, "next Friday", "in 3 days"; empty for none)</label><input type="text" id="due" name="due" value="${f.due}" maxlength="200" aria-describedby="due-read">
${read}`;
}

/** The edit fields of `form`. */
export function renderEditForm(form: EditForm): SafeHtml {
  return form.kind === 'agenda' ? agendaForm(form.fields, form.noSubject) : recapForm(form.fields, form.due);
}
