/**
 * The prospect's confirmation page (`/c/:token`): the meeting, its point (or the recap's
 * agreement and next step), and its actions — Confirm, Suggest a change, or Don't email me
 * about meetings. Works without JavaScript and on a phone; only the POST buttons act.
 */
import type { Language } from '../../domain/languages.js';
import { CONFIRMATION_WORDS } from '../confirmation-words.js';
import { escapeHtml, html, layout, SafeHtml } from '../html.js';

export interface ConfirmationPageData {
  heading: string;
  /** Who asks, in a sentence: "Dana Whitfield at Northwind asks you to confirm …". */
  askedBy: string;
  meetingTitle: string;
  meetingWhen: string;
  /** Agenda: purpose, agenda, outcome. Recap: agreed, next step. */
  sections: { label: string; text?: string; items?: string[] }[];
  status?: string;
  /** Who sends these emails, for the opt-out's explanation ("Dana Whitfield"). */
  sender: string;
  /** The opt-out's address, filled in when the email went to one person only. */
  optOutEmail: string;
  /** The language of the email the page was opened from: its buttons and labels too. */
  language?: Language;
}

// The page's own words (confirmation-words.ts), written as they read: they hold no one's data.
const own = (text: string) => new SafeHtml(text);

function section(s: ConfirmationPageData['sections'][number]): SafeHtml {
  return html`<h2>${s.label}</h2>${s.text ? html`<p>${s.text}</p>` : ''}${
    s.items?.length ? html`<ol>${s.items.map((i) => html`<li>${i}</li>`)}</ol>` : ''
  }`;
}

/** Renders the page. */
export function renderConfirmationPage(d: ConfirmationPageData): string {
  const language = d.language ?? 'en';
  const w = CONFIRMATION_WORDS[language];
  return layout(
    d.heading,
    html`<h1>${d.heading}</h1>
<p id="asked-by">${d.askedBy}</p>
<div class="card"><strong>${d.meetingTitle}</strong><div class="muted">${d.meetingWhen}</div>
${d.sections.map(section)}
${d.status ? html`<p class="muted">${d.status}</p>` : ''}</div>
<form class="card" method="post" action="">
<div class="actions"><button type="submit" name="action" value="confirm">${own(w.confirm)}</button></div>
</form>
<form class="card" method="post" action="">
<label for="change">${own(w.change.label)}</label>
<textarea id="change" name="change" maxlength="4000" placeholder="${own(w.change.placeholder)}"></textarea>
<div class="actions"><button type="submit" name="action" value="change" class="secondary">${own(w.change.send)}</button></div>
</form>
<form class="card" method="post" action="">
<label for="optout-email">${own(w.optOut.label)}</label>
<p class="muted">${own(w.optOut.explain(escapeHtml(d.sender)))}</p>
<input id="optout-email" name="email" type="email" autocomplete="email" value="${d.optOutEmail}">
<div class="actions"><button type="submit" name="action" value="opt_out" class="secondary">${own(w.optOut.button)}</button></div>
</form>`,
    { lang: language },
  );
}
