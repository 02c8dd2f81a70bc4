/**
 * `/connections`: every connection the viewer may see (a rep their own, an admin every
 * rep's), one card each (connection-card.ts). The script that keeps a running first sync
 * current is sent only while one runs; without it the card's refresh link does the same.
 */
import type { Viewer } from '../../auth/viewer.js';
import type { ConnectionView } from '../connections-view.js';
import { html, layout, type SafeHtml } from '../html.js';
import { connectionCard } from './connection-card.js';
import type { Reader } from './dashboard-time.js';
import { SYNC_PROGRESS_SCRIPT } from './sync-progress-script.js';

export interface ConnectionsPageInput {
  viewer: Viewer;
  connections: ConnectionView[];
  connectable: { label: string; url: string }[];
  zone: string;
  now: Date;
  /** A notice after an action on this page ("sync queued"). */
  notice?: string;
}

function notice(text: string | undefined): SafeHtml | string {
  return text ? html`<div class="card notice" role="status">${text}</div>` : '';
}

/** Renders the connections page. */
export function renderConnectionsPage(input: ConnectionsPageInput): string {
  const { viewer, connections } = input;
  const reader: Reader = { zone: input.zone, now: input.now, showRep: viewer.isAdmin };
  const running = connections.some((c) => c.firstSync?.running);
  const links = input.connectable.map((p) => html` <a href="${p.url}">Connect ${p.label}</a>`);
  const empty = connections.length
    ? ''
    : html`<div class="card"><p>No calendar is connected yet.${links}</p></div>`;
  return layout(
    'Connections',
    html`<div class="dashboard"><p class="muted"><a href="/">← Upcoming meetings</a></p>
<h1>Connections</h1>
<p class="muted">${viewer.isAdmin ? 'Every rep’s' : 'Your'} calendar and mailbox connections, times in your zone (${reader.zone.replace(/_/g, ' ')}). JSON: <a href="/api/connections">/api/connections</a></p>
${notice(input.notice)}${empty}${connections.map((c) => connectionCard(viewer, c, reader))}
${connections.length && links.length ? html`<p>${links}</p>` : ''}</div>`,
    running ? { script: SYNC_PROGRESS_SCRIPT } : {},
  );
}
