/**
 * One connection on the connections page: whose and which provider, its status in words,
 * when it last synced, how old its cursor is, how changes arrive, what went wrong, what
 * waits for it, and what the reader can do (reconnect, sync now). While a first sync runs,
 * a progress block the page's script keeps current (sync-progress-script.ts).
 */
import type { Viewer } from '../../auth/viewer.js';
import { agoWords, cursorAgeWords, durationWords, progressLine } from '../../domain/sync-progress.js';
import type { ConnectionView, FirstSyncView } from '../connections-view.js';
import { html, type SafeHtml } from '../html.js';
import { type Reader, readerText, readerTime } from './dashboard-time.js';
import { wordsFor } from './words.js';

const STATUS_WORDS: Record<string, string> = {
  active: 'Active',
  needs_reauth: 'Needs to be reconnected',
  error: 'Not working (see the last error)',
};

const PROVIDER_WORDS: Record<string, string> = {
  google: 'Google',
  microsoft: 'Microsoft 365',
  local: 'Local calendar folder',
};

/** The provider's name for people: "Google", "Microsoft 365", "Local calendar folder". */
export function providerWords(provider: string): string {
  return wordsFor(PROVIDER_WORDS, provider);
}

const MAX_PROBLEMS_SHOWN = 20;

/** "5 minutes ago (Mon, Dec 7, 10:00 AM EST)": relative for a glance, exact in the reader's zone. */
function when(iso: string, reader: Reader): SafeHtml {
  return html`<time datetime="${iso}">${agoWords(new Date(iso), reader.now)}</time> <span class="muted">(${readerTime(iso, reader)})</span>`;
}

function arrivalWords(c: ConnectionView, reader: Reader): SafeHtml | string {
  if (c.sync === 'folder watch') return 'Folder watch (the calendar folder is re-read when a file changes)';
  if (c.sync === 'polling' || !c.channelExpiresAt) return 'Polling (no push channel open)';
  const left = new Date(c.channelExpiresAt).getTime() - reader.now.getTime();
  const expiry = left > 0 ? `expires in ${durationWords(left)}` : 'expired';
  return html`Push channel, ${expiry} <span class="muted">(${readerTime(c.channelExpiresAt, reader)})</span>`;
}

/** The first sync's block: a bar, the line in words, and a refresh link for pages without JavaScript. */
export function progressBlock(c: ConnectionView, first: FirstSyncView): SafeHtml {
  const listed = first.eventsListed;
  const bar =
    listed === null
      ? html`<progress aria-label="First sync of ${c.rep}'s calendar"></progress>`
      : html`<progress aria-label="First sync of ${c.rep}'s calendar" max="${Math.max(1, listed)}" value="${first.eventsRead}"></progress>`;
  return html`<div class="card notice" data-progress="${c.id}"><p><strong>First sync running.</strong> ${bar}</p>
<p role="status" data-progress-line>${progressLine(first)}</p>
<p class="muted">This page updates itself. <a href="/connections">Refresh</a></p></div>`;
}

function actions(viewer: Viewer, c: ConnectionView): SafeHtml {
  const own = c.rep === viewer.email;
  const reconnect = c.reconnect
    ? own
      ? html`<a class="button" href="${c.reconnect.url}">Reconnect ${providerWords(c.provider)}</a>`
      : html`<p class="muted">Ask ${c.rep} to sign in and reconnect here (the provider signs them in as themselves), or run <code>agendum connect ${c.provider} --email ${c.rep} --refresh-token TOKEN</code>.</p>`
    : '';
  const sync =
    c.status === 'active'
      ? html`<form method="post" action="/connections/${c.id}/sync"><input type="hidden" name="_csrf" value="${viewer.csrfToken ?? ''}"><button type="submit" class="secondary">Sync now</button></form>`
      : '';
  return html`<div class="actions">${reconnect}${sync}</div>`;
}

function calendarProblems(c: ConnectionView): SafeHtml | string {
  const problems = c.calendarProblems ?? [];
  if (problems.length === 0) return '';
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  return html`<h3>Calendar warnings (${problems.length})</h3>
<p class="muted">Files the latest read could not take as they are: fix or re-export them.</p>
<ul data-calendar-problems="${c.id}">${shown.map((p) => html`<li><code>${p.file}</code>: ${p.message}</li>`)}</ul>${
    more > 0 ? html`<p class="muted">and ${more} more, in the log</p>` : ''
  }`;
}

/** The card of one connection. */
export function connectionCard(viewer: Viewer, c: ConnectionView, reader: Reader): SafeHtml {
  const running = c.firstSync?.running ? c.firstSync : null;
  const lastFirst =
    c.firstSync && !c.firstSync.running ? html`<dt>First sync</dt><dd>${progressLine(c.firstSync)}</dd>` : '';
  return html`<section class="card${c.reconnect ? ' alert' : ''}" data-connection="${c.id}" aria-labelledby="conn-${c.id}">
<h2 id="conn-${c.id}">${c.rep} · ${providerWords(c.provider)}</h2>
${running ? progressBlock(c, running) : ''}
<dl class="facts">
<dt>Status</dt><dd data-status="${c.status}">${wordsFor(STATUS_WORDS, c.status)}</dd>
<dt>Last sync</dt><dd>${c.lastSyncedAt ? when(c.lastSyncedAt, reader) : 'Not synced yet'}</dd>
<dt>Cursor age</dt><dd>${cursorAgeWords(c.cursorAdvancedAt ? new Date(c.cursorAdvancedAt) : null, reader.now)}</dd>
<dt>Changes arrive by</dt><dd>${arrivalWords(c, reader)}</dd>
<dt>Last error</dt><dd>${c.lastError ? readerText(c.lastError, reader) : 'None'}</dd>
<dt>Steps paused</dt><dd>${c.pausedSteps ? `${c.pausedSteps} step(s) wait for this connection` : 'None'}</dd>
${lastFirst}</dl>
${actions(viewer, c)}${calendarProblems(c)}</section>`;
}
