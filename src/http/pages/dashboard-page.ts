/**
 * The dashboard: upcoming meetings, whether each is a prospect meeting and why, its point,
 * who answered how, the recap, its steps and messages — every time in the reader's zone.
 */
import type { Viewer } from '../../auth/viewer.js';
import type { ConnectionView } from '../connections-view.js';
import { html, layout, type SafeHtml } from '../html.js';
import type { MeetingPage } from '../meetings-view.js';
import { meetingCard } from './dashboard-meeting-card.js';
import { dataTable } from './dashboard-table.js';
import { type Reader, readerText, readerTime } from './dashboard-time.js';
import { plainWords } from './words.js';

/** What the dashboard shows, and to whom. */
export interface DashboardInput {
  viewer: Viewer;
  page: MeetingPage;
  /** The viewer's own zone (their Rep row) and the time now. */
  zone: string;
  now: Date;
  connections?: ConnectionView[];
  connectable?: { label: string; url: string }[];
}

/** A banner per connection that needs the rep, then one row per connection. */
function connectionsPanel(
  viewer: Viewer,
  connections: ConnectionView[],
  connectable: { label: string; url: string }[],
  reader: Reader,
): SafeHtml {
  const broken = connections.filter((c) => c.reconnect);
  const banners = broken.map(
    (
      c,
    ) => html`<div class="card alert" role="alert" data-connection="${c.id}"><strong>${c.rep}: ${c.provider} needs to be reconnected.</strong>
${c.pausedSteps ? html` ${c.pausedSteps} step(s) are paused until then.` : ''}
${
  // Only the rep can reconnect their own account (the provider signs them in as themselves).
  c.rep === viewer.email
    ? html`<a href="${c.reconnect?.url ?? '#'}">Reconnect ${c.provider}</a>`
    : html`Ask ${c.rep} to sign in and reconnect.`
} <span class="muted">(${readerText(c.lastError ?? '', reader)})</span></div>`,
  );
  const table = dataTable(
    'Connections',
    ['Rep', 'Provider', 'Status', 'Changes arrive by', 'Last synced'],
    connections.map((c) => [
      c.rep,
      c.provider,
      plainWords(c.status),
      c.sync,
      c.lastSyncedAt ? readerTime(c.lastSyncedAt, reader) : 'not synced yet',
    ]),
  );
  const links = connectable.map((p) => html` <a href="${p.url}">Connect ${p.label}</a>`);
  return html`${banners}<details><summary>Connections (${connections.length})</summary>${table}${links}</details>${connections.map(calendarProblems)}`;
}

const MAX_PROBLEMS_SHOWN = 20;

/** What the local calendar could not read, file by file: the rep fixes or re-exports those files. */
function calendarProblems(c: ConnectionView): SafeHtml | string {
  const problems = c.calendarProblems ?? [];
  if (problems.length === 0) return '';
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  return html`<details class="card" data-calendar-problems="${c.id}"><summary>${c.rep}: ${problems.length} problem(s) reading calendar files</summary><ul>${shown.map(
    (p) => html`<li><code>${p.file}</code>: ${p.message}</li>`,
  )}</ul>${more > 0 ? html`<p class="muted">and ${more} more, in the log</p>` : ''}</details>`;
}

/** Who is signed in, and the sign-out form (a POST with the session's CSRF token). */
function accountBar(viewer: Viewer, reader: Reader): SafeHtml {
  return html`<form class="account" method="post" action="/logout"><span class="muted">Signed in as ${viewer.email}${
    viewer.isAdmin ? ' (admin: every rep)' : ''
  } · times in your zone, ${reader.zone.replace(/_/g, ' ')}</span> <input type="hidden" name="_csrf" value="${viewer.csrfToken ?? ''}"><button type="submit" class="secondary">Sign out</button></form>`;
}

/** Renders the dashboard page for the signed-in viewer. */
export function renderDashboard(input: DashboardInput): string {
  const { viewer, page } = input;
  // An admin reads other reps' meetings in their own zone too: one page, one zone.
  const reader: Reader = { zone: input.zone, now: input.now, showRep: viewer.isAdmin };
  const prospects = page.meetings.filter((m) => m.isProspect);
  const others = page.meetings.filter((m) => !m.isProspect);
  const more = page.nextCursor
    ? html`<p><a href="/?cursor=${encodeURIComponent(page.nextCursor)}">Later meetings →</a></p>`
    : '';
  return layout(
    'Upcoming meetings',
    html`<div class="dashboard">${accountBar(viewer, reader)}<h1>Upcoming meetings</h1>
${connectionsPanel(viewer, input.connections ?? [], input.connectable ?? [], reader)}
<p class="muted">${prospects.length} prospect meeting(s), ${others.length} ignored. <a href="/analytics">Analytics</a> · <a href="/connections">Connections</a> · <a href="/settings">Settings</a>${
      viewer.isAdmin
        ? html` · <a href="/settings/team">Team defaults</a> · <a href="/templates">Templates</a>`
        : ''
    } · JSON: <a href="/api/meetings">/api/meetings</a></p>
${prospects.map((m) => meetingCard(m, reader))}
${others.length ? html`<h2>Ignored</h2>${others.map((m) => meetingCard(m, reader))}` : ''}${more}</div>`,
  );
}
