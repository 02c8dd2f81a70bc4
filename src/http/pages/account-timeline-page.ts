/**
 * One account's timeline: every prospect meeting with it in order, each with its point and
 * where it stood, who answered how, the recap and its next step — and, between meetings,
 * whether that next step became the point of the next one. The method's loop, read down.
 */
import type { Viewer } from '../../auth/viewer.js';
import { html, layout, type SafeHtml } from '../html.js';
import type { MeetingView } from '../meetings-view.js';
import { accountLanguageForm } from './account-language-form.js';
import { prospectName } from './dashboard-meeting-card.js';
import { type Reader, readerTime } from './dashboard-time.js';
import { historyList, recapSection } from './point-history.js';
import { pointStatusWords } from './point-words.js';
import { plainWords } from './words.js';

export interface TimelineInput {
  viewer: Viewer;
  account: { domain: string; name: string; language: string | null };
  meetings: MeetingView[];
  zone: string;
  now: Date;
  /** The language form as sent, when it was refused: its value and the error shown under it. */
  language?: { value: string; error: string };
  /** The language was just saved. */
  saved?: boolean;
}

/** Between two meetings: did the recap's next step carry into the next meeting's point? */
function carriedNote(previous: MeetingView | undefined, m: MeetingView): SafeHtml | string {
  if (!previous?.recap) return '';
  const carried = m.point.source.purpose === 'previous_recap';
  return html`<p class="muted timeline-link">${
    carried
      ? '↓ The next step agreed above is the point of this meeting.'
      : '↓ This meeting set its own point.'
  }</p>`;
}

function entry(m: MeetingView, reader: Reader): SafeHtml {
  const prospect = prospectName(m);
  const when = new Date(m.start) > reader.now ? 'ahead' : 'held';
  return html`<section class="card meeting" data-meeting="${m.id}" data-when="${when}">
<h2><a href="/#meeting-${m.id}">${m.title}</a></h2>
<p class="muted">${readerTime(m.start, reader)} · ${plainWords(m.stage ?? 'no stage')}${reader.showRep ? ` · ${m.rep}` : ''}</p>
<p class="point-status"><strong>Point: ${pointStatusWords(m.pointStatus)}</strong></p>
<p><strong>Purpose:</strong> ${m.point.purpose}</p>
<p><strong>Desired outcome:</strong> ${m.point.outcome}</p>
<h3>Confirmations</h3>${historyList(m.confirmations, 'agenda', prospect, reader, 'No answer from the prospect.')}
${m.recap ? recapSection(m.recap, prospect, reader) : ''}</section>`;
}

export function renderAccountTimeline(input: TimelineInput): string {
  const reader: Reader = { zone: input.zone, now: input.now, showRep: input.viewer.isAdmin };
  const { account, meetings } = input;
  const entries = meetings.map((m, i) => html`${carriedNote(meetings[i - 1], m)}${entry(m, reader)}`);
  const form = accountLanguageForm({
    domain: account.domain,
    accountName: account.name,
    value: input.language?.value ?? account.language ?? '',
    csrfToken: input.viewer.csrfToken ?? '',
    ...(input.language ? { error: input.language.error } : {}),
  });
  const saved = input.saved
    ? html`<div class="card notice" role="status"><p>The language is saved.</p></div>`
    : '';
  return layout(
    `${account.name}: meetings`,
    html`<div class="dashboard"><p class="muted"><a href="/">← Upcoming meetings</a></p>
<h1>${account.name} <span class="muted">(${account.domain})</span></h1>
<p class="muted">${meetings.length} meeting(s), oldest first, times in your zone (${reader.zone.replace(/_/g, ' ')}). JSON: <a href="/api/accounts/${encodeURIComponent(account.domain)}/meetings">/api/accounts/${account.domain}/meetings</a></p>
${saved}${form}${entries}</div>`,
  );
}
