/**
 * The preview of a draft on the approval page: its subject, the HTML part as the prospect's
 * mail app shows it, and the plain-text part, side by side on a wide screen and the HTML
 * part first on a narrow one (APPROVAL_STYLE). The HTML part is the draft's own markup, so it
 * is shown in a frame sandboxed of everything (no scripts, no origin, no forms, no
 * popups): nothing in it can act on this page or as the rep.
 */
import type { PreviewContent } from '../../messages/preview-links.js';
import { html, type SafeHtml } from '../html.js';

/**
 * Links in the frame open nowhere: the sandbox allows no popups, and a link followed inside
 * the frame would only show the browser's "refused to connect" (this app may not be framed).
 */
const NO_NAVIGATION = '<base target="_blank">';

/**
 * The HTML part as the frame's document (also what the live preview puts in the frame).
 * The base goes into the head, or after the doctype: before it the frame would render in
 * quirks mode, unlike any mail app.
 */
export function previewFrameDocument(partHtml: string): string {
  const open = /<head(?:\s[^>]*)?>/i.exec(partHtml) ?? /^\s*<!doctype[^>]*>/i.exec(partHtml);
  const at = open ? open.index + open[0].length : 0;
  return partHtml.slice(0, at) + NO_NAVIGATION + partHtml.slice(at);
}

/** The preview card; `preview` already has its confirmation link masked (preview-links.ts). */
export function renderDraftPreview(preview: PreviewContent): SafeHtml {
  // The `html` template escapes the document into the attribute; the browser unescapes it
  // back into the frame's document.
  return html`<div class="card"><h2>Preview</h2><p><strong>Subject:</strong> <span id="preview-subject">${preview.subject}</span></p>
<div class="preview-parts">
<section class="preview-part"><h3 id="preview-html-label">As the email shows it</h3>
<iframe id="preview-html" class="preview-frame" sandbox srcdoc="${previewFrameDocument(preview.html)}" aria-labelledby="preview-html-label" referrerpolicy="no-referrer"></iframe></section>
<section class="preview-part"><h3>Plain-text part</h3><pre id="preview-text">${preview.text}</pre></section>
</div></div>`;
}
