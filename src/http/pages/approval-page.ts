/**
 * The rep's approval page (`/a/:token`, and `/messages/:id` from the dashboard): the draft
 * as it will be sent, why agendum drafted it, a form to edit it with a live preview (an
 * agenda's subject and point, a recap's outcome), and the three choices. Only a POST acts.
 */
import { html, layout } from '../html.js';
import { type EditForm, renderEditForm } from './edit-forms.js';

export interface ApprovalPageData {
  meetingTitle: string;
  meetingWhen: string;
  to: string[];
  reason: string;
  pointSource: string;
  dueNote: string;
  /** The edit fields; null for a draft that cannot be edited here. */
  form: EditForm | null;
  /** 'the agenda' | 'the recap' */
  kind: string;
  preview: { subject: string; text: string };
  /** The signed-in page's CSRF token; the emailed link's page has none (its token is the URL). */
  csrfToken?: string;
}

/**
 * Live re-render: post the form to ./preview (which acts on nothing) and show the result,
 * and a recap's date as read. Exported for the CSP, which allows this script by its hash
 * (security-headers.ts).
 */
export const LIVE_PREVIEW = `(() => {
  const form = document.getElementById('draft'); if (!form) return;
  const subject = document.getElementById('preview-subject'), text = document.getElementById('preview-text');
  const due = document.getElementById('due-read');
  let timer; form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(async () => {
    const body = new URLSearchParams(new FormData(form)); body.set('action', 'preview');
    const res = await fetch(location.pathname.replace(/\\/$/, '') + '/preview', { method: 'POST', body,
      headers: { 'Accept': 'application/json' } });
    if (!res.ok) return; const data = await res.json();
    subject.textContent = data.subject; text.textContent = data.text;
    if (due) due.textContent = data.dueError || data.due || '';
    form.dataset.previewed = '1';
  }, 250); });
})();`;

/** Renders the approval page. */
export function renderApprovalPage(d: ApprovalPageData): string {
  return layout(
    `Approve: ${d.preview.subject}`,
    html`${d.csrfToken ? html`<p class="muted"><a href="/">← All meetings</a></p>` : ''}<h1>Review ${d.kind} before it goes out</h1>
<div class="card"><strong>${d.meetingTitle}</strong><div class="muted">${d.meetingWhen}</div>
<p class="muted">To: ${d.to.join(', ')}<br>Why this is a prospect meeting: ${d.reason}<br>Where the point came from: ${d.pointSource}<br>${d.dueNote}</p></div>
<div class="card"><h2>Preview</h2><p><strong>Subject:</strong> <span id="preview-subject">${d.preview.subject}</span></p>
<pre id="preview-text">${d.preview.text}</pre></div>
<form id="draft" class="card" method="post" action="">
${d.csrfToken ? html`<input type="hidden" name="_csrf" value="${d.csrfToken}">` : ''}
${d.form ? renderEditForm(d.form) : ''}
<div class="actions">
<button type="submit" name="action" value="approve">Approve &amp; send</button>
${d.form ? html`<button type="submit" name="action" value="preview" class="secondary">Preview changes</button>` : ''}
<button type="submit" name="action" value="skip" class="danger">Skip — don't send</button>
</div></form>`,
    { script: LIVE_PREVIEW },
  );
}
