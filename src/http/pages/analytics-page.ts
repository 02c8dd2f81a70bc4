/**
 * The analytics page: does stating the point work? Per group, how many agendas went out and
 * how many points were confirmed before the meeting (a bar each), how meetings that had an
 * agenda turned out split by whether their point was confirmed (two stacked bars), and the
 * full table. Works without JavaScript: the filter is a GET form, the bars are inline SVG
 * with every number also written out as text.
 */
import type { AnalyticsAnswer } from '../../analytics/analytics-report.js';
import type { Viewer } from '../../auth/viewer.js';
import type { AnalyticsRow, AttendanceSplit, GroupBy } from '../../domain/analytics.js';
import { html, layout, type SafeHtml } from '../html.js';
import { dataTable } from './dashboard-table.js';

const GROUP_LABELS: Record<GroupBy, string> = {
  rep: 'Rep',
  stage: 'Stage',
  account: 'Account',
  week: 'Week',
};

/** Fills of the attendance bars; the legend names each in words, colour is never the only cue. */
const ATTENDANCE: { part: keyof AttendanceSplit; label: string; fill: string }[] = [
  { part: 'asPlanned', label: 'took place as planned', fill: '#2e7d4f' },
  { part: 'moved', label: 'moved', fill: '#b7791f' },
  { part: 'cancelled', label: 'cancelled', fill: '#a12d2d' },
];

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** `from`/`to` as the date inputs show them; `to` is exclusive, the form shows its last day. */
function dateField(iso: string, lastDay = false): string {
  const at = new Date(iso);
  return new Date(at.getTime() - (lastDay ? 86_400_000 : 0)).toISOString().slice(0, 10);
}

function filterForm(report: AnalyticsAnswer): SafeHtml {
  const options = (Object.keys(GROUP_LABELS) as GroupBy[]).map(
    (g) =>
      html`<option value="${g}"${report.groupBy === g ? html` selected` : ''}>${GROUP_LABELS[g]}</option>`,
  );
  return html`<form class="card filters" method="get" action="/analytics">
<div><label for="from">From</label><input type="date" id="from" name="from" value="${dateField(report.from)}"></div>
<div><label for="until">Until (including)</label><input type="date" id="until" name="until" value="${dateField(report.to, true)}"></div>
<div><label for="groupBy">Group by</label><select id="groupBy" name="groupBy">${options}</select></div>
<div><button type="submit">Show</button></div></form>`;
}

/** One bar per group: the share of agendas whose point was confirmed before the meeting. */
function confirmedBars(rows: AnalyticsRow[]): SafeHtml {
  const shown = rows.filter((r) => r.agendasSent > 0);
  if (shown.length === 0) return html`<p class="muted">No agenda was sent for a meeting in this period.</p>`;
  return html`<ul class="bars" aria-label="Points confirmed before the meeting">${shown.map((r) => {
    const width = Math.round((r.confirmedShare ?? 0) * 1000) / 10;
    return html`<li data-key="${r.key}"><span class="bar-key">${r.key}</span><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="100" height="10" fill="#e6e9ee"/><rect width="${width}" height="10" fill="#1f6fde"/></svg><span class="bar-value">${r.pointsConfirmed} of ${r.agendasSent} (${percent(r.confirmedShare)})</span></li>`;
  })}</ul>`;
}

function stackedBar(label: string, split: AttendanceSplit): SafeHtml {
  const total = split.asPlanned + split.moved + split.cancelled;
  let x = 0;
  const rects = ATTENDANCE.map(({ part, fill }) => {
    const width = total ? (split[part] / total) * 100 : 0;
    const rect = html`<rect x="${x}" width="${width}" height="10" fill="${fill}"/>`;
    x += width;
    return rect;
  });
  const words = ATTENDANCE.map(({ part, label: name }) => `${split[part]} ${name}`).join(', ');
  return html`<li class="long" data-attendance="${label}"><span class="bar-key">${label}</span><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="100" height="10" fill="#e6e9ee"/>${rects}</svg><span class="bar-value">${total ? words : 'none yet'}</span></li>`;
}

function attendanceChart(totals: AnalyticsRow): SafeHtml {
  const legend = ATTENDANCE.map(
    ({ label, fill }) =>
      html`<li><svg viewBox="0 0 10 10" width="12" height="12" aria-hidden="true" focusable="false"><rect width="10" height="10" fill="${fill}"/></svg> ${label}</li>`,
  );
  return html`<ul class="bars" aria-label="How meetings with an agenda turned out">${stackedBar('Point confirmed first', totals.confirmedAttendance)}${stackedBar('Not confirmed', totals.unconfirmedAttendance)}</ul>
<ul class="legend">${legend}</ul>`;
}

const COLUMNS = [
  'Agendas sent',
  'Points confirmed',
  'Median hours to confirm',
  'Change requests',
  'Reschedules',
  'Declines',
  'No answer',
  'Revised and re-confirmed',
  'Recaps sent',
  'Next steps confirmed',
  'Next meetings booked',
];

function tableRow(r: AnalyticsRow): string[] {
  return [
    r.key,
    String(r.agendasSent),
    `${r.pointsConfirmed} (${percent(r.confirmedShare)})`,
    r.medianHoursToConfirm === null ? '–' : String(r.medianHoursToConfirm),
    String(r.changeRequests),
    String(r.reschedules),
    String(r.declines),
    String(r.unanswered),
    String(r.revisedAndReconfirmed),
    String(r.recapsSent),
    String(r.nextStepsConfirmed),
    String(r.nextMeetingsBooked),
  ];
}

export function renderAnalytics(viewer: Viewer, report: AnalyticsAnswer, query: string): string {
  const group = GROUP_LABELS[report.groupBy];
  const scope = viewer.isAdmin ? 'every rep' : 'your meetings';
  return layout(
    'Analytics',
    html`<div class="dashboard"><p class="muted"><a href="/">← Upcoming meetings</a></p><h1>Analytics</h1>
<p class="muted">Prospect meetings from ${dateField(report.from)} until ${dateField(report.to, true)} (${scope}), by ${group.toLowerCase()}, counted from what agendum recorded: sends, answers and calendar changes.</p>
${filterForm(report)}
<section class="card"><h2>Points confirmed before the meeting</h2>${confirmedBars(report.rows)}</section>
<section class="card"><h2>Meetings with an agenda: how they turned out</h2>${attendanceChart(report.totals)}</section>
<section class="card"><h2>By ${group.toLowerCase()}</h2>${dataTable(`Analytics by ${group.toLowerCase()}`, [group, ...COLUMNS], [...report.rows.map(tableRow), tableRow({ ...report.totals, key: 'Total' })])}
<p class="muted">Download: <a href="/analytics.csv${query}">CSV</a> · JSON: <a href="/api/analytics${query}">/api/analytics</a></p></section></div>`,
  );
}
