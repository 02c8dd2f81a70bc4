/**
 * The rep's action page for a prospect's answer (`/a/:token` from a notice): what they said
 * beside the point (or recap) they answered, and the actions that apply now — revise and
 * send with a live preview, mark confirmed, keep as is, or after a decline stop or keep
 * going. Only a POST acts; each action is its own form, so the page works without script.
 */
import type { RepAction } from '../../domain/rep-actions.js';
import { html, layout, SafeHtml } from '../html.js';
import { APPROVAL_STYLE, LIVE_PREVIEW } from './approval-page.js';
import { renderDraftPreview } from './draft-preview.js';
import { type EditForm, renderEditForm } from './edit-forms.js';

export interface ActionPageData {
  target: 'agenda' | 'recap';
  meetingTitle: string;
  meetingWhen: string;
  meetingUrl: string;
  /** The prospects' call names ("Priya", "Priya and Sam"): whom the emails go to. */
  prospect: string;
  /** Where a revision goes: "priya@…, copying sam@…". */
  sendsTo: string;
  /** Who gave the answer ("Priya", "Someone with the confirmation link"); "" when none. */
  answeredBy: string;
  status: string;
  answer: { intent: string; words: string; when: string; via: string } | null;
  current:
    | { kind: 'agenda'; purpose: string; agenda: string[]; outcome: string }
    | { kind: 'recap'; agreed: string; nextStep: string };
  actions: RepAction[];
  form: EditForm | null;
  preview: { subject: string; text: string };
  /** The page's own path (the preview frame is under it), and whether it shows posted edits. */
  path?: string;
  edited?: boolean;
  /** The note to the prospect as the rep typed it, kept across a preview or a refusal. */
  note?: string;
  /** What the last post did or why it did not (shown above the forms). */
  message?: { text: string; error?: boolean };
}

const STATUS_WORDS: Record<string, string> = {
  unconfirmed: 'not confirmed yet',
  change_requested: 'change requested',
  revised: 'revised, waiting for them to confirm again',
  confirmed: 'confirmed',
  declined: 'declined',
  pending: 'not sent yet',
  sent: 'sent, not confirmed yet',
  disputed: 'disputed',
};

function headline(d: ActionPageData): string {
  const who = d.answeredBy || d.prospect;
  const intent = d.answer?.intent;
  if (!intent) return `No answer yet to the ${d.target}`;
  if (d.target === 'recap' && (intent === 'change' || intent === 'decline'))
    return `${who} disputes the recap`;
  if (intent === 'change') return `${who} asked to change the agenda`;
  if (intent === 'reschedule') return `${who} wants to reschedule`;
  if (intent === 'decline') return `${who} declined the meeting`;
  if (intent === 'confirm') return `${who} confirmed the ${d.target}`;
  return `${who}'s reply needs a look`;
}

function currentCard(d: ActionPageData): SafeHtml {
  const c = d.current;
  if (c.kind === 'recap') {
    return html`<div class="card"><h2>The recap as ${d.prospect} last saw it</h2>
<p><strong>What we agreed:</strong> ${c.agreed}</p><p><strong>Next step:</strong> ${c.nextStep}</p></div>`;
  }
  return html`<div class="card"><h2>The point as ${d.prospect} last saw it</h2>
<p><strong>Why we're meeting:</strong> ${c.purpose}</p>
<p><strong>What we'll cover:</strong></p><ol>${c.agenda.map((a) => html`<li>${a}</li>`)}</ol>
<p><strong>A good outcome:</strong> ${c.outcome}</p></div>`;
}

function reviseForm(d: ActionPageData): SafeHtml {
  if (!d.actions.includes('revise') || !d.form) return html``;
  return html`<form id="draft" class="card" method="post" action=""${d.edited ? html` data-edited="1"` : ''}>
<h2>Revise and send</h2>
<p class="muted">Change what needs changing. The revised ${d.target} goes at once to ${d.sendsTo || d.prospect}, in the same thread; it says what changed and asks them to confirm again.</p>
<label for="note">A note to ${d.prospect} first (optional)</label><textarea id="note" name="note" maxlength="2000" rows="3">${d.note ?? ''}</textarea>
${renderEditForm(d.form)}
${renderDraftPreview(d.preview, `${d.path ?? ''}/frame`)}
<div class="actions"><button type="submit" name="action" value="revise">Revise and send</button>
<button type="submit" name="action" value="preview" class="secondary">Preview changes</button></div></form>`;
}

function settleForms(d: ActionPageData): SafeHtml {
  const who = d.prospect;
  const mark = d.actions.includes('mark_confirmed')
    ? html`<form class="card" method="post" action=""><h2>Mark confirmed</h2>
<p class="muted">${who} agreed another way, on a call say. Nothing is sent.</p>
<label for="confirm-note">How they confirmed (optional)</label><input type="text" id="confirm-note" name="note" maxlength="500" placeholder="on a call">
<div class="actions"><button type="submit" name="action" value="mark_confirmed">Mark confirmed</button></div></form>`
    : '';
  const keep = d.actions.includes('keep')
    ? html`<form class="card" method="post" action=""><h2>Keep as is</h2>
<p class="muted">You are not making the change: the ${d.target} stays as sent, not confirmed. Nothing is sent, so tell ${who} why yourself.</p>
<div class="actions"><button type="submit" name="action" value="keep" class="secondary">Keep as is</button></div></form>`
    : '';
  const declined = d.actions.includes('keep_going')
    ? html`<form class="card" method="post" action=""><h2>After the decline</h2>
<p class="muted">agendum stopped every step of this meeting and sends ${who} nothing more about it. Keep going if the meeting still happens: its reminders and recap are planned again.</p>
<div class="actions"><button type="submit" name="action" value="stop">Stop — send nothing more</button>
<button type="submit" name="action" value="keep_going" class="secondary">Keep going</button></div></form>`
    : '';
  return html`${mark}${keep}${declined}`;
}

/** Renders the action page. */
export function renderActionPage(d: ActionPageData): string {
  const answer = d.answer
    ? html`<div class="card"><h2>What ${d.answeredBy} said</h2><blockquote><pre>${d.answer.words || '(no words: they used the button)'}</pre></blockquote>
<p class="muted">${d.answer.via}, ${d.answer.when}</p></div>`
    : '';
  const message = d.message
    ? html`<div class="card ${d.message.error ? 'error' : 'notice'}" role="alert">${d.message.text}</div>`
    : '';
  return layout(
    headline(d),
    html`<style>${new SafeHtml(APPROVAL_STYLE)}</style>
<p class="muted"><a href="${d.meetingUrl}">Open the meeting on the dashboard</a></p>
<h1>${headline(d)}</h1>
<div class="card"><strong>${d.meetingTitle}</strong><div class="muted">${d.meetingWhen}</div>
<p>The ${d.target === 'agenda' ? 'point' : 'next step'} is <strong>${STATUS_WORDS[d.status] ?? d.status}</strong>.</p></div>
${answer}${currentCard(d)}${message}${reviseForm(d)}${settleForms(d)}
${d.actions.length === 0 ? html`<p class="muted">Nothing to do here now.</p>` : ''}`,
    { script: LIVE_PREVIEW },
  );
}
