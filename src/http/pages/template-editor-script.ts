/**
 * The template editor's one script: while the admin types, the edited text is posted
 * (debounced, with the session's CSRF token) to `POST /api/templates/preview`, and the
 * answer shown: the subject and text part, or the error with its line and column beside the
 * textarea; the same text is posted into the preview frame (`/templates/frame/…`, served
 * under its own policy) for the HTML part, also at once on a page rendered from a post
 * (`data-edited`: its frame loaded the saved text). A reply to an older post is dropped. Without
 * JavaScript the Preview button posts the form and the page comes back with the preview.
 * The CSP runs it by the hash of this exact text (security-headers.ts).
 */
export const TEMPLATE_EDITOR_SCRIPT = `(() => {
  const form = document.getElementById('template-form'); if (!form) return;
  const body = document.getElementById('body'), error = document.getElementById('template-error');
  const subject = document.getElementById('preview-subject'), text = document.getElementById('preview-text');
  const frameButton = document.getElementById('frame-preview');
  const csrf = form.elements.namedItem('_csrf').value;
  const showError = (e) => {
    if (!e) { error.hidden = true; error.textContent = ''; body.removeAttribute('aria-invalid'); return; }
    const d = e.details || {}; const at = d.line ? 'line ' + d.line + (d.column ? ', column ' + d.column : '') + ': ' : '';
    const line = d.lineText;
    error.replaceChildren(at + e.message);
    if (typeof line === 'string') { const code = document.createElement('code'); code.textContent = line;
      error.append(document.createElement('br'), 'Line ' + d.line + ': ', code); }
    error.hidden = false; body.setAttribute('aria-invalid', 'true');
  };
  let timer, sent = 0;
  const preview = async () => {
    const mine = ++sent;
    const res = await fetch('/api/templates/preview', { method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ language: form.dataset.language, path: form.dataset.path, body: body.value }) });
    if (mine !== sent) return; const data = await res.json().catch(() => null); if (!data) return;
    if (!res.ok) { showError(data.error); return; }
    showError(null);
    if (data.email) { subject.textContent = data.email.subject; text.textContent = data.email.text; if (frameButton) frameButton.click(); }
    form.dataset.previewed = String(mine);
  };
  body.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(preview, 300); });
  if (form.dataset.edited && frameButton) frameButton.click();
})();`;
