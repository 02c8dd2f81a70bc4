/**
 * `/templates`, for admins: every template file and the playbook, per language folder on
 * disk, each marked "edited" when a version saved in the browser replaces the bundled file.
 */
import type { LanguagePaths } from '../../compose/editable-paths.js';
import { LANGUAGE_NAMES } from '../../domain/languages.js';
import { html, layout, type SafeHtml } from '../html.js';

/** The editor's address of a file. */
export function editorPath(language: string, rel: string): string {
  return `/templates/${encodeURIComponent(language)}/${rel.split('/').map(encodeURIComponent).join('/')}`;
}

const FOLDER_NAMES: Record<string, string> = {
  agenda: 'Agenda emails, by stage',
  recap: 'Recap emails, by stage',
  revision: 'Revised agenda and recap',
  notify: 'Notices to the rep',
  partials: 'Partials (shared pieces)',
  'playbook.yaml': 'Stage playbook',
};

function languageSection(l: LanguagePaths, edited: ReadonlySet<string>): SafeHtml {
  const folders = [...new Set(l.paths.map((p) => p.split('/')[0] ?? p))];
  return html`<section class="card" aria-labelledby="lang-${l.language}"><h2 id="lang-${l.language}">${LANGUAGE_NAMES[l.language]} (${l.language})</h2>
${folders.map(
  (folder) =>
    html`<h3>${FOLDER_NAMES[folder] ?? folder}</h3><ul class="template-list">${l.paths
      .filter((p) => (p.split('/')[0] ?? p) === folder)
      .map(
        (p) =>
          html`<li><a href="${editorPath(l.language, p)}"><code>${p}</code></a>${
            edited.has(`${l.language}/${p}`) ? html` <span class="tag yes">edited</span>` : ''
          }</li>`,
      )}</ul>`,
)}</section>`;
}

/** The list page; `edited` holds `<language>/<path>` of files with a saved version. */
export function renderTemplatesPage(languages: LanguagePaths[], edited: ReadonlySet<string>): string {
  return layout(
    'Templates',
    html`<nav aria-label="Pages" class="muted"><a href="/">← Meetings</a> · <a href="/settings/team">Team defaults</a> · <a href="/templates" aria-current="page">Templates</a></nav>
<h1>Templates</h1>
<p>The emails agendum writes and the stage playbook. Edit one here: the saved version replaces the bundled file for everyone, drafts not yet approved are written again with it, and every version is kept so you can go back.</p>
${languages.map((l) => languageSection(l, edited))}`,
  );
}
