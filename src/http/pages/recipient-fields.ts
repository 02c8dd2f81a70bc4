/**
 * The To and Cc fields of the approval page. Plain text inputs, not type=email: the server
 * reads the lists (comma-separated, a pasted "Name <address>" too) and names the address it
 * cannot read next to the fields, where the browser's own check would only say "invalid".
 */
import { html, type SafeHtml } from '../html.js';

/** The lists as the page shows them (as typed after a post), and what is wrong with them. */
export interface RecipientFields {
  to: string;
  cc: string;
  error?: string;
  /** The field the error is about. */
  errorField?: 'to' | 'cc';
}

/** The fields, with the error (or an empty live region the live preview fills) below them. */
export function renderRecipientFields(f: RecipientFields): SafeHtml {
  const invalid = (field: 'to' | 'cc') =>
    f.error && f.errorField === field ? html` aria-invalid="true"` : '';
  const problem = f.error
    ? html`<p class="field-error" id="recipients-error" role="alert">${f.error}</p>`
    : html`<p class="field-error" id="recipients-error" aria-live="polite"></p>`;
  return html`<h2 id="recipients">Recipients</h2>
<label for="to">To</label><input type="text" id="to" name="to" value="${f.to}" inputmode="email" autocomplete="off" spellcheck="false" aria-describedby="recipients-error recipients-hint"${invalid('to')}>
<label for="cc">Cc</label><input type="text" id="cc" name="cc" value="${f.cc}" inputmode="email" autocomplete="off" spellcheck="false" aria-describedby="recipients-error recipients-hint"${invalid('cc')}>
<p class="muted" id="recipients-hint">Separate addresses with commas.</p>
${problem}`;
}
