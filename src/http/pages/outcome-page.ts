/** The rep's outcome form after a meeting: what was agreed, and the next step (what, who, by when). */
import { html, layout } from '../html.js';

export interface OutcomePageData {
  meetingTitle: string;
  meetingWhen: string;
  purpose: string;
  desiredOutcome: string;
  /** yyyy-mm-dd suggestion for the date field. */
  suggestedDue: string;
}

/** Renders the form. */
export function renderOutcomePage(d: OutcomePageData): string {
  return layout(
    `How did it go: ${d.meetingTitle}`,
    html`<h1>How did it go?</h1>
<div class="card"><strong>${d.meetingTitle}</strong><div class="muted">${d.meetingWhen}</div>
<p class="muted">The point you set: ${d.purpose}<br>The outcome you hoped for: ${d.desiredOutcome}</p></div>
<form class="card" method="post" action="">
<label for="agreed">What we agreed</label>
<textarea id="agreed" name="agreed" maxlength="2000" required></textarea>
<label for="nextStep">Next step</label>
<textarea id="nextStep" name="nextStep" maxlength="2000" required></textarea>
<label for="owner">Who owns it</label>
<select id="owner" name="owner"><option value="rep">Me</option><option value="prospect">The prospect</option><option value="both">Both of us</option></select>
<label for="due">By when</label><input type="date" id="due" name="due" value="${d.suggestedDue}">
<div class="actions"><button type="submit" name="action" value="record">Save and draft the recap</button></div>
</form>`,
  );
}
