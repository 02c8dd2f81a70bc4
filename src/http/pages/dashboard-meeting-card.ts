/**
 * One meeting on the dashboard: when (in the reader's zone) and with whom, the point and
 * where it stands, who answered how, the recap, and the steps and messages as tables.
 */
import { duration } from '../../compose/format-time.js';
import { firstNameFor, joinWords } from '../../compose/names.js';
import { reviewPath } from '../../messages/links.js';
import { html, type SafeHtml } from '../html.js';
import type { MeetingView } from '../meetings-view.js';
import { dataTable } from './dashboard-table.js';
import { type Reader, readerText, readerTime } from './dashboard-time.js';
import { messageKindWords, messageStatusWords, notSentWords } from './message-words.js';
import { historyList, recapSection } from './point-history.js';
import { pointStatusWords, sourcesWords } from './point-words.js';
import { stepName, stepStatusWords } from './step-names.js';
import { plainWords } from './words.js';

/** Who answers for the prospect side: the one prospect's first name, else "the prospect". */
export function prospectName(m: Pick<MeetingView, 'prospects'>): string {
  const [only] = m.prospects;
  if (m.prospects.length !== 1 || !only) return 'the prospect';
  return firstNameFor({ email: only.email, name: only.name ?? undefined }) || only.name || 'the prospect';
}

/** "with Priya Raman", "with Priya Raman and sam@acme.example"; the classifier's reason when ignored or nobody is known. */
function withWhom(m: MeetingView): string {
  if (!m.isProspect || m.prospects.length === 0) return m.reason;
  return `with ${joinWords(m.prospects.map((p) => p.name || p.email))}`;
}

/** The account's timeline: every meeting with it, its points, recaps and next steps in order. */
function timelineLink(m: MeetingView): SafeHtml | string {
  if (!m.isProspect || !m.account) return '';
  return html` · <a href="/accounts/${encodeURIComponent(m.account)}">All meetings with ${m.account}</a>`;
}

function pointSection(m: MeetingView, reader: Reader): SafeHtml {
  const prospect = prospectName(m);
  return html`<p class="point-status"><strong>Point: ${pointStatusWords(m.pointStatus)}</strong></p>
<p><strong>Purpose:</strong> ${m.point.purpose}</p>
<p><strong>Agenda:</strong></p><ol>${m.point.agenda.map((a) => html`<li>${a}</li>`)}</ol>
<p><strong>Desired outcome:</strong> ${m.point.outcome}</p>
<p class="muted">Stage: ${plainWords(m.stage ?? 'none')} · ${sourcesWords(m.point.source)}</p>
<h3>Confirmations</h3>${historyList(m.confirmations, 'agenda', prospect, reader, 'No answer from the prospect yet.')}
${m.recap ? recapSection(m.recap, prospect, reader) : ''}`;
}

function stepsTable(m: MeetingView, reader: Reader): SafeHtml {
  const kindOf = new Map(m.messages.map((msg) => [msg.id, msg.kind]));
  return dataTable(
    'Steps',
    ['Step', 'When', 'Status'],
    m.steps.map((s) => [
      stepName(s.kind, s.sends ? kindOf.get(s.sends) : undefined),
      readerTime(s.dueAt, reader),
      stepStatusWords(s.status, s.result === null ? null : readerText(s.result, reader)),
    ]),
  );
}

function messageStatus(msg: MeetingView['messages'][number], reader: Reader): SafeHtml {
  const sent = msg.status === 'sent' && msg.sentAt ? ` ${readerTime(msg.sentAt, reader)}` : '';
  // The review page acts with the session (and CSRF), never with an emailed token.
  const review =
    msg.status === 'awaiting_approval' ? html` · <a href="${reviewPath(msg.id)}">Review and approve</a>` : '';
  // The not-sent log: why it did not go, or what it waits for.
  const why = msg.reason ? html`<span class="not-sent"> · ${notSentWords(msg.reason)}</span>` : '';
  return html`${messageStatusWords(msg.status)}${sent}${why}${review}`;
}

function messagesTable(m: MeetingView, reader: Reader): SafeHtml {
  return dataTable(
    'Messages',
    ['Message', 'Status', 'Subject', 'To'],
    m.messages.map((msg) => [
      messageKindWords(msg.kind),
      messageStatus(msg, reader),
      msg.subject,
      msg.to.join(', '),
    ]),
  );
}

/** What the calendar reader had to guess for this meeting: the rep checks the time with the file. */
function warningsNote(m: MeetingView): SafeHtml | string {
  if (!m.warnings?.length) return '';
  return html`<div class="muted warnings" role="note"><strong>From the calendar file, with a guess or a gap:</strong><ul>${m.warnings.map(
    (w) => html`<li>${w}</li>`,
  )}</ul></div>`;
}

/** The meeting's card; its id is the anchor emails link to (messages/links.ts meetingUrl). */
export function meetingCard(m: MeetingView, reader: Reader): SafeHtml {
  const tag = m.isProspect
    ? html`<span class="tag yes">prospect</span>`
    : html`<span class="tag no">ignored</span>`;
  return html`<section class="card meeting" id="meeting-${m.id}" data-meeting="${m.id}">
<h2>${m.title}</h2>
<p class="muted">${tag} ${readerTime(m.start, reader)} · ${duration(m.start, m.end)} · ${withWhom(m)}${timelineLink(m)}${
    reader.showRep ? ` · ${m.rep}` : ''
  }</p>${warningsNote(m)}${m.isProspect ? pointSection(m, reader) : ''}${
    m.steps.length ? html`<h3>Steps</h3>${stepsTable(m, reader)}` : ''
  }${m.messages.length ? html`<h3>Messages</h3>${messagesTable(m, reader)}` : ''}</section>`;
}
