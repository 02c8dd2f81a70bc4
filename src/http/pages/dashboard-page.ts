/** The dashboard: upcoming meetings, whether each is a prospect meeting and why, its point, steps and messages. */
import type { Viewer } from '../../auth/viewer.js';
import { reviewPath } from '../../messages/links.js';
import type { ConnectionView } from '../connections-view.js';
import { html, layout, type SafeHtml } from '../html.js';
import type { MeetingPage, MeetingView } from '../meetings-view.js';

function when(iso: string, zone: string): string {
  return new Date(iso).toLocaleString('en-US', {
    timeZone: zone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

function meetingCard(m: MeetingView, showRep: boolean): SafeHtml {
  const point = m.isProspect
    ? html`<p><strong>Purpose:</strong> ${m.point.purpose}</p>
<p><strong>Agenda:</strong></p><ol>${m.point.agenda.map((a) => html`<li>${a}</li>`)}</ol>
<p><strong>Desired outcome:</strong> ${m.point.outcome}</p>
<p class="muted">Stage: ${m.stage} · point ${m.pointStatus} · sources: ${Object.entries(m.point.source)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}</p>`
    : html``;
  const steps = m.steps.length
    ? html`<h2>Steps</h2><table>${m.steps.map(
        (s) =>
          html`<tr><td>${s.kind}</td><td>${when(s.dueAt, m.timeZone)}</td><td>${s.status}</td><td class="muted">${s.result ?? ''}</td></tr>`,
      )}</table>`
    : html``;
  const messages = m.messages.length
    ? html`<h2>Messages</h2><table>${m.messages.map(
        (msg) =>
          html`<tr><td>${msg.kind}</td><td>${msg.status}${
            msg.status === 'awaiting_approval' ? html` · <a href="${reviewPath(msg.id)}">review</a>` : ''
          }</td><td>${msg.subject}</td><td class="muted">${msg.to.join(', ')}</td></tr>`,
      )}</table>`
    : html``;
  return html`<section class="card" id="meeting-${m.id}" data-meeting="${m.id}">
<div><span class="tag ${m.isProspect ? 'yes' : 'no'}">${m.isProspect ? 'prospect' : 'ignored'}</span>
<strong>${m.title}</strong></div>
<div class="muted">${when(m.start, m.timeZone)}${showRep ? ` · ${m.rep}` : ''} · ${m.reason}</div>${point}${steps}${messages}</section>`;
}

/** A banner per connection that needs the rep, then one line per connection. */
function connectionsPanel(
  viewer: Viewer,
  connections: ConnectionView[],
  connectable: { label: string; url: string }[],
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
} <span class="muted">(${c.lastError ?? ''})</span></div>`,
  );
  const rows = connections.map(
    (c) =>
      html`<tr><td>${c.rep}</td><td>${c.provider}</td><td>${c.status}</td><td>${c.sync}</td><td class="muted">${c.lastSyncedAt ?? 'not synced yet'}</td></tr>`,
  );
  const links = connectable.map((p) => html` <a href="${p.url}">Connect ${p.label}</a>`);
  return html`${banners}<details><summary>Connections (${connections.length})</summary><table>${rows}</table>${links}</details>`;
}

/** Who is signed in, and the sign-out form (a POST with the session's CSRF token). */
function accountBar(viewer: Viewer): SafeHtml {
  return html`<form class="account" method="post" action="/logout"><span class="muted">Signed in as ${viewer.email}${
    viewer.isAdmin ? ' (admin: every rep)' : ''
  }</span> <input type="hidden" name="_csrf" value="${viewer.csrfToken ?? ''}"><button type="submit" class="secondary">Sign out</button></form>`;
}

/** Renders the dashboard page for the signed-in viewer. */
export function renderDashboard(
  viewer: Viewer,
  page: MeetingPage,
  connections: ConnectionView[] = [],
  connectable: { label: string; url: string }[] = [],
): string {
  const prospects = page.meetings.filter((m) => m.isProspect);
  const others = page.meetings.filter((m) => !m.isProspect);
  const showRep = viewer.isAdmin;
  const more = page.nextCursor
    ? html`<p><a href="/?cursor=${encodeURIComponent(page.nextCursor)}">Later meetings →</a></p>`
    : '';
  return layout(
    'Upcoming meetings',
    html`${accountBar(viewer)}<h1>Upcoming meetings</h1>
${connectionsPanel(viewer, connections, connectable)}
<p class="muted">${prospects.length} prospect meeting(s), ${others.length} ignored. JSON: <a href="/api/meetings">/api/meetings</a></p>
${prospects.map((m) => meetingCard(m, showRep))}
${others.length ? html`<h2>Ignored</h2>${others.map((m) => meetingCard(m, showRep))}` : ''}${more}`,
  );
}
