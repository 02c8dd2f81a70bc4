/** The report as CSV, one row per group and a last `total` row, for a spreadsheet. */
import type { AnalyticsRow } from '../domain/analytics.js';
import type { AnalyticsAnswer } from './analytics-report.js';

const COLUMNS: [string, (r: AnalyticsRow) => string | number | null][] = [
  ['meetings', (r) => r.meetings],
  ['agendas_sent', (r) => r.agendasSent],
  ['points_confirmed', (r) => r.pointsConfirmed],
  ['confirmed_share', (r) => r.confirmedShare],
  ['median_hours_to_confirm', (r) => r.medianHoursToConfirm],
  ['change_requests', (r) => r.changeRequests],
  ['reschedules', (r) => r.reschedules],
  ['declines', (r) => r.declines],
  ['unanswered', (r) => r.unanswered],
  ['revised_and_reconfirmed', (r) => r.revisedAndReconfirmed],
  ['recaps_sent', (r) => r.recapsSent],
  ['next_steps_confirmed', (r) => r.nextStepsConfirmed],
  ['next_meetings_booked', (r) => r.nextMeetingsBooked],
  ['confirmed_as_planned', (r) => r.confirmedAttendance.asPlanned],
  ['confirmed_moved', (r) => r.confirmedAttendance.moved],
  ['confirmed_cancelled', (r) => r.confirmedAttendance.cancelled],
  ['unconfirmed_as_planned', (r) => r.unconfirmedAttendance.asPlanned],
  ['unconfirmed_moved', (r) => r.unconfirmedAttendance.moved],
  ['unconfirmed_cancelled', (r) => r.unconfirmedAttendance.cancelled],
];

/**
 * RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula
 * (a stage name is the admin's free text).
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function analyticsCsv(report: AnalyticsAnswer): string {
  const header = [report.groupBy, ...COLUMNS.map(([name]) => name)];
  const lines = [...report.rows, report.totals].map((r) => [
    cell(r.key),
    ...COLUMNS.map(([, pick]) => cell(pick(r))),
  ]);
  return `${[header, ...lines].map((l) => l.join(',')).join('\r\n')}\r\n`;
}
