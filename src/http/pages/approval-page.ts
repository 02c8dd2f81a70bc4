/**
 * The rep's approval page (`/a/:token`): the draft as it will be sent, why agendum drafted
 * it, a form to edit subject, purpose, agenda and outcome with a live preview, and the
 * three choices. Only a POST acts.
 */
import { html, layout } from '../html.js';

export interface ApprovalPageData {
  meetingTitle: string;
  meetingWhen: string;
  to: string[];
  reason: string;
  pointSource: string;
  dueNote: string;
  fields: { subject: string; purpose: string; agenda: string[]; outcome: string };
  /** Agendas can be edited here; recaps are shown as recorded. */
  editable: boolean;
  /** 'the agenda' | 'the recap' */
  kind: string;
  preview: { subject: string; text: string };
  /** The signed-in page's CSRF token; the emailed link's page has none (its token is the URL). */
  csrfToken?: string;
}

/**
 * Live re-render: post the form to ./preview (which acts on nothing) and show the result.
 * Exported for the CSP, which allows this script by its hash (security-headers.ts).
 */
export const LIVE_PREVIEW = `(() => {
  const form = document.getElementById('draft'); if (!form) return;
  const subject = document.getElementById('preview-subject'), text = document.getElementById('preview-text');
  let timer; form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(async () => {
    const body = new URLSearchParams(new FormData(form)); body.set('action', 'preview');
    const res = await fetch(location.pathname.replace(/\\/$/, '') + '/preview', { method: 'POST', body,
      headers: { 'Accept': 'application/json' } });
    if (!res.ok) return; const data = await res.json();
    subject.textContent = data.subject; text.textContent = data.text; form.dataset.previewed = '1';
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
${
  d.editable
    ? html`<h2 id="edit">Edit</h2>
<label for="subject">Subject</label><input type="text" id="subject" name="subject" value="${d.fields.subject}" maxlength="300">
<label for="purpose">Why we're meeting</label><textarea id="purpose" name="purpose" maxlength="2000">${d.fields.purpose}</textarea>
<label for="agenda">What we'll cover (one item per line)</label><textarea id="agenda" name="agenda" maxlength="4000">${d.fields.agenda.join('\n')}</textarea>
<label for="outcome">A good outcome</label><textarea id="outcome" name="outcome" maxlength="2000">${d.fields.outcome}</textarea>`
    : ''
}
<div class="actions">
<button type="submit" name="action" value="approve">Approve &amp; send</button>
${d.editable ? html`<button type="submit" name="action" value="preview" class="secondary">Preview changes</button>` : ''}
<button type="submit" name="action" value="skip" class="danger">Skip — don't send</button>
</div></form>`,
    { script: LIVE_PREVIEW },
  );
}
