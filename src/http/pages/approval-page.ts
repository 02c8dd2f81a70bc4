/**
 * The rep's approval page (`/a/:token`, and `/messages/:id` from the dashboard): the draft
 * as it will be sent (both parts), why agendum drafted it, a form to edit it with a live
 * preview (its To and Cc, an agenda's subject and point, a recap's outcome), and the three
 * choices. Only a POST acts.
 */
import type { PreviewContent } from '../../messages/preview-links.js';
import { html, layout, SafeHtml } from '../html.js';
import { renderDraftPreview } from './draft-preview.js';
import { type EditForm, renderEditForm } from './edit-forms.js';
import { type RecipientFields, renderRecipientFields } from './recipient-fields.js';

export interface ApprovalPageData {
  meetingTitle: string;
  meetingWhen: string;
  reason: string;
  pointSource: string;
  dueNote: string;
  /** The edit fields; null for a draft that cannot be edited here. */
  form: EditForm | null;
  /** To and Cc as stored, or as posted with what is wrong with them. */
  recipients: RecipientFields;
  /** 'the agenda' | 'the recap' */
  kind: string;
  /** The draft with its confirmation link masked (preview-links.ts). */
  preview: PreviewContent;
  /** Where the preview frame loads the HTML part from (preview-frame.ts). */
  framePath: string;
  /** The page shows posted edits: the frame is to load them too (LIVE_PREVIEW). */
  edited?: boolean;
  /** The signed-in page's CSRF token; the emailed link's page has none (its token is the URL). */
  csrfToken?: string;
}

/**
 * Live re-render: post the form to ./preview (which acts on nothing) and show the result in
 * the text part, a recap's date as read, and clear a recipient error once it is fixed (a new
 * one waits for Approve: an address half typed is not an error yet); and post the same
 * fields to ./frame, into the frame, for the HTML part (it is served with its own policy,
 * preview-frame.ts). A reply to an older post is dropped. A page rendered from a post
 * (`data-edited`) shows its edits in the frame at once. Exported for the CSP, which allows
 * this script by its hash (security-headers.ts); the action page runs it too.
 */
export const LIVE_PREVIEW = `(() => {
  const form = document.getElementById('draft'); if (!form) return;
  const base = location.pathname.replace(/\\/$/, '');
  const subject = document.getElementById('preview-subject'), text = document.getElementById('preview-text');
  const frame = document.getElementById('preview-html'), due = document.getElementById('due-read');
  const recipients = document.getElementById('recipients-error');
  const shadow = document.createElement('form'); shadow.hidden = true;
  shadow.method = 'post'; shadow.action = base + '/frame'; shadow.target = 'preview-html'; document.body.append(shadow);
  const fields = () => { const body = new URLSearchParams(new FormData(form)); body.set('action', 'preview'); return body; };
  const toFrame = (body) => { if (!frame) return;
    shadow.replaceChildren(...[...body].map(([name, value]) =>
      Object.assign(document.createElement('input'), { type: 'hidden', name, value })));
    shadow.submit(); };
  if (form.dataset.edited) toFrame(fields());
  let timer, sent = 0; form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(async () => {
    const body = fields(); const mine = ++sent; toFrame(body);
    const res = await fetch(base + '/preview', { method: 'POST', body, headers: { 'Accept': 'application/json' } });
    if (!res.ok || mine !== sent) return; const data = await res.json();
    subject.textContent = data.subject; text.textContent = data.text;
    if (due) due.textContent = data.dueError || data.due || '';
    if (recipients && data.recipientsError === '') { recipients.textContent = '';
      for (const id of ['to', 'cc']) document.getElementById(id)?.removeAttribute('aria-invalid'); }
    form.dataset.previewed = '1';
  }, 250); });
})();`;

/**
 * The approval page's own layout. The two parts of the preview sit side by side where both
 * fit at a mail app's width, the HTML part first so it comes on top on a phone. A frame
 * cannot grow to its content (nothing in it may run), so beside the text part it takes
 * that part's height, which the same template makes about the same; alone in its row
 * (below 876px, where the grid has one column) it gets a height that holds a whole agenda
 * at that width. The agenda box is as tall as its items where the browser can size it to
 * them (its rows elsewhere); field errors are red. Allowed by its hash like PAGE_STYLE
 * (security-headers.ts).
 */
export const APPROVAL_STYLE = `
.preview-parts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(400px,100%),1fr));gap:12px}
.preview-part{min-width:0;display:flex;flex-direction:column} .preview-part h3{margin-top:0} .preview-part pre{margin:0}
.preview-frame{flex:1 0 auto;min-height:44rem;width:100%;border:1px solid #e3e6eb;border-radius:6px;background:#fff;box-sizing:border-box}
@media (max-width:875px){.preview-frame{height:40rem}} @media (max-width:480px){.preview-frame{height:52rem}}
#agenda{field-sizing:content}
.field-error{color:#a12d2d;font-weight:600;margin:.3rem 0 0} .field-error:empty{display:none}
input[aria-invalid=true]{border-color:#a12d2d;outline:1px solid #a12d2d}
`;

/** Renders the approval page. */
export function renderApprovalPage(d: ApprovalPageData): string {
  return layout(
    `Approve: ${d.preview.subject}`,
    html`<style>${new SafeHtml(APPROVAL_STYLE)}</style>
${d.csrfToken ? html`<p class="muted"><a href="/">← All meetings</a></p>` : ''}<h1>Review ${d.kind} before it goes out</h1>
<div class="card"><strong>${d.meetingTitle}</strong><div class="muted">${d.meetingWhen}</div>
<p class="muted">Why this is a prospect meeting: ${d.reason}<br>Where the point came from: ${d.pointSource}<br>${d.dueNote}</p></div>
${renderDraftPreview(d.preview, d.framePath)}
<form id="draft" class="card" method="post" action=""${d.edited ? html` data-edited="1"` : ''}>
${d.csrfToken ? html`<input type="hidden" name="_csrf" value="${d.csrfToken}">` : ''}
${renderRecipientFields(d.recipients)}
${d.form ? renderEditForm(d.form) : ''}
<div class="actions">
<button type="submit" name="action" value="approve">Approve &amp; send</button>
<button type="submit" name="action" value="preview" class="secondary">Preview changes</button>
<button type="submit" name="action" value="skip" class="danger">Skip — don't send</button>
</div></form>`,
    { script: LIVE_PREVIEW },
  );
}
