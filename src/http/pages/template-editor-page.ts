/**
 * The editor of one template file: the text in a textarea, Preview and Save, the error
 * beside the textarea with its line and column (and the line's text), the preview of the
 * real email (subject, the HTML part in a sandboxed frame under its own policy, the text
 * part), and the history with "Revert to this version" per entry and "Reset to bundled
 * file". Works without JavaScript; with it the preview follows the typing
 * (TEMPLATE_EDITOR_SCRIPT).
 */
import type { ComposedEmail } from '../../compose/template-set.js';
import { LANGUAGE_NAMES, type Language } from '../../domain/languages.js';
import type { TemplateVersionView } from '../../workflows/templates/save-template.js';
import { html, layout, SafeHtml } from '../html.js';
import { positionWords, type TemplateErrorView } from '../template-error-view.js';
import { APPROVAL_STYLE } from './approval-page.js';
import { TEMPLATE_EDITOR_SCRIPT } from './template-editor-script.js';
import { editorPath } from './templates-page.js';

export interface TemplateEditorData {
  csrfToken: string;
  language: Language;
  path: string;
  text: string;
  edited: boolean;
  /** The email the text makes, or null (the playbook; or the text has an error). */
  email: ComposedEmail | null;
  /** What the preview is rendered on: "your meeting …" or the sample. */
  previewOn: string;
  error?: TemplateErrorView;
  history: TemplateVersionView[];
  /** The notice after a save, a revert or a reset. */
  notice?: string;
  /** The page shows posted text, which the frame (loading the saved text) does not show until asked. */
  posted?: boolean;
}

const when = (d: Date): string => `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

/** The frame route of a file (preview-frame.ts policy). */
export function framePath(language: string, rel: string): string {
  return editorPath(language, rel).replace(/^\/templates\//, '/templates/frame/');
}

function errorBlock(error: TemplateErrorView | undefined): SafeHtml {
  const { line, lineText } = error?.details ?? {};
  const content = error
    ? html`${positionWords(error)}${error.message}${
        lineText !== undefined ? html`<br>Line ${line}: <code>${lineText}</code>` : ''
      }`
    : '';
  return html`<p class="field-error template-error" id="template-error" role="alert"${error ? '' : html` hidden`}>${content}</p>`;
}

function previewBlock(d: TemplateEditorData): SafeHtml {
  if (d.path === 'playbook.yaml') {
    return html`<div class="card"><h2>Preview</h2><p>${
      d.error
        ? 'Fix the error to save the playbook.'
        : 'The playbook reads correctly. It gives meetings planned from now on their purpose, agenda and desired outcome.'
    }</p></div>`;
  }
  const email = d.email ?? { subject: '', text: '' };
  const frameNote = d.posted
    ? html`<p class="muted">The frame shows the saved text until you press “Show this text in the HTML frame”.</p>`
    : '';
  return html`<div class="card"><h2>Preview</h2><p class="muted" id="preview-on">${d.previewOn}</p>${frameNote}
<p><strong>Subject:</strong> <span id="preview-subject">${email.subject}</span></p>
<div class="preview-parts">
<section class="preview-part"><h3 id="preview-html-label">As the email shows it</h3>
<iframe id="preview-html" name="preview-html" class="preview-frame" sandbox src="${framePath(d.language, d.path)}" aria-labelledby="preview-html-label" referrerpolicy="no-referrer"></iframe></section>
<section class="preview-part"><h3>Plain-text part</h3><pre id="preview-text">${email.text}</pre></section>
</div></div>`;
}

function historyBlock(d: TemplateEditorData): SafeHtml {
  const csrf = html`<input type="hidden" name="_csrf" value="${d.csrfToken}">`;
  const rows = d.history.map(
    (v, i) =>
      html`<li><span>${when(v.createdAt)}, by ${v.by}${i === 0 ? ' (current)' : ''}${
        v.hasBody ? '' : ' — reset to the bundled file'
      }${v.note ? html` <span class="muted">— ${v.note}</span>` : ''}</span>${
        i === 0
          ? ''
          : html` <form method="post" class="inline-form">${csrf}<input type="hidden" name="action" value="revert"><input type="hidden" name="versionId" value="${v.id}"><button type="submit" class="secondary" aria-label="Revert to the version of ${when(v.createdAt)}">Revert to this version</button></form>`
      }</li>`,
  );
  const reset = d.edited
    ? html`<form method="post">${csrf}<input type="hidden" name="action" value="reset"><button type="submit" class="danger">Reset to bundled file</button></form>`
    : html`<p class="muted">This is the bundled file; nothing saved yet.</p>`;
  return html`<div class="card"><h2>Versions</h2>${
    rows.length ? html`<ol class="history versions">${rows}</ol>` : ''
  }${reset}</div>`;
}

/** The editor page. */
export function renderTemplateEditor(d: TemplateEditorData): string {
  const title = `${d.path} (${LANGUAGE_NAMES[d.language]})`;
  const notice = d.notice ? html`<div class="card notice" role="status"><p>${d.notice}</p></div>` : '';
  return layout(
    title,
    html`<style>${new SafeHtml(APPROVAL_STYLE)}</style><nav aria-label="Pages" class="muted"><a href="/">← Meetings</a> · <a href="/templates">Templates</a></nav>
<h1><code>${d.path}</code> <span class="muted">${LANGUAGE_NAMES[d.language]}</span>${d.edited ? html` <span class="tag yes">edited</span>` : ''}</h1>
${notice}
<form method="post" id="template-form" class="editor" data-language="${d.language}" data-path="${d.path}"${d.posted ? html` data-edited="1"` : ''} novalidate><input type="hidden" name="_csrf" value="${d.csrfToken}">
<label for="body">Template text</label>
<textarea id="body" name="body" rows="24" spellcheck="false" aria-describedby="body-hint template-error"${d.error ? html` aria-invalid="true"` : ''}>${d.text}</textarea>
<p class="hint muted" id="body-hint">Sections <code>--- subject ---</code>, <code>--- text ---</code> and <code>--- html ---</code>; the fields each email gets are in templates/README.md.</p>
${errorBlock(d.error)}
<label for="note">Note for the history (optional)</label><input type="text" id="note" name="note" maxlength="200">
<div class="actions"><button type="submit" name="action" value="preview" class="secondary">Preview</button><button type="submit" name="action" value="save">Save</button>${
      d.path === 'playbook.yaml'
        ? ''
        : html`<button type="submit" id="frame-preview" class="secondary" name="action" value="frame" formaction="${framePath(d.language, d.path)}" formtarget="preview-html">Show this text in the HTML frame</button>`
    }</div>
</form>
${previewBlock(d)}
${historyBlock(d)}`,
    { script: TEMPLATE_EDITOR_SCRIPT },
  );
}
