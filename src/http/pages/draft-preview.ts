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
 * The HTML part as the frame's document (what `<page>/frame` serves, preview-frame.ts).
 * The base goes into the head, or after the doctype: before it the frame would render in
 * quirks mode, unlike any mail app.
 */
export function previewFrameDocument(partHtml: string): string {
  const open = /<head(?:\s[^>]*)?>/i.exec(partHtml) ?? /^\s*<!doctype[^>]*>/i.exec(partHtml);
  const at = open ? open.index + open[0].length : 0;
  return partHtml.slice(0, at) + NO_NAVIGATION + partHtml.slice(at);
}

/**
 * The preview card; `preview` already has its confirmation link masked (preview-links.ts).
 * The frame loads `framePath` (the page's own path + `/frame`), which serves the HTML part
 * under its own policy (preview-frame.ts); the live preview posts the form there.
 */
export function renderDraftPreview(
  preview: Pick<PreviewContent, 'subject' | 'text'>,
  framePath: string,
): SafeHtml {
  return html`<div class="card"><h2>Preview</h2><p><strong>Subject:</strong> <span id="preview-subject">${preview.subject}</span></p>
<div class="preview-parts">
<section class="preview-part"><h3 id="preview-html-label">As the email shows it</h3>
<iframe id="preview-html" name="preview-html" class="preview-frame" sandbox src="${framePath}" aria-labelledby="preview-html-label" referrerpolicy="no-referrer"></iframe></section>
<section class="preview-part"><h3>Plain-text part</h3><pre id="preview-text">${preview.text}</pre></section>
</div></div>`;
}
