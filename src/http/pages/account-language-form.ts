/**
 * The account page's language select: which language the account's prospects get their
 * agendas, recaps and revisions in. Empty leaves it to each rep's own setting (/settings).
 */
import { LANGUAGE_NAMES, LANGUAGES } from '../../domain/languages.js';
import { html, type SafeHtml } from '../html.js';

export interface AccountLanguageForm {
  domain: string;
  accountName: string;
  /** What the select shows: the saved value, or what was sent when it was refused. */
  value: string;
  csrfToken: string;
  error?: string;
}

/** The form, with its error inline under the select. */
export function accountLanguageForm(f: AccountLanguageForm): SafeHtml {
  const describedBy = f.error ? 'language-hint language-error' : 'language-hint';
  const option = (value: string, label: string) =>
    html`<option value="${value}"${f.value === value ? html` selected` : ''}>${label}</option>`;
  return html`<form method="post" action="/accounts/${encodeURIComponent(f.domain)}/language" class="card account-language" novalidate>
<input type="hidden" name="_csrf" value="${f.csrfToken}">
<div class="field"><label for="language">Language of email to ${f.accountName}</label>
<select id="language" name="language" aria-describedby="${describedBy}"${f.error ? html` aria-invalid="true"` : ''}>${option('', 'The rep’s language')}${LANGUAGES.map((l) => option(l, LANGUAGE_NAMES[l]))}</select>
<p class="hint" id="language-hint">The agendas, recaps and revisions its prospects get. Meetings that have not started, and their unsent drafts, change with it; sent email stays as it was.</p>
${f.error ? html`<p class="field-error" id="language-error">${f.error}</p>` : ''}</div>
<button type="submit">Save language</button>
</form>`;
}
