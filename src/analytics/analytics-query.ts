/**
 * `from`, `to` and `groupBy` of an analytics request (the API, the page and the CSV share
 * them), checked with errors that say what to write instead.
 */
import { GROUP_BYS, type GroupBy } from '../domain/analytics.js';
import { AppError } from '../errors.js';

export interface AnalyticsQuery {
  from: Date;
  to: Date;
  groupBy: GroupBy;
}

const DAY_MS = 86_400_000;
/** Without `from`: the last 13 weeks, a quarter of meetings. */
const DEFAULT_DAYS_BACK = 91;
/** Without `to`: a week ahead, so the agendas already sent for coming meetings count. */
const DEFAULT_DAYS_AHEAD = 7;
/** Longer windows read more meetings than a page should wait for. */
const MAX_DAYS = 731;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/** A date (`2026-09-01`, UTC midnight) or an ISO 8601 time with its offset. */
function readTime(name: string, raw: unknown, fallback: Date): Date {
  if (raw === undefined || raw === '') return fallback;
  const text = String(raw).trim();
  const at = DATE_ONLY.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(text);
  const isoLike = DATE_ONLY.test(text) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text);
  if (!isoLike || Number.isNaN(at.getTime())) {
    throw new AppError(
      'bad_request',
      `${name} must be a date like 2026-09-01 or a time like 2026-09-01T00:00:00Z; "${text.slice(0, 40)}" is neither.`,
    );
  }
  return at;
}

export function parseAnalyticsQuery(query: Record<string, unknown>, now: Date): AnalyticsQuery {
  const today = startOfUtcDay(now);
  const until =
    query.until === undefined || query.until === '' ? undefined : readTime('until', query.until, today);
  // `until` is the page form's last day, included; `to` is the API's end, excluded.
  const fallbackTo = until
    ? new Date(startOfUtcDay(until).getTime() + DAY_MS)
    : new Date(today.getTime() + (DEFAULT_DAYS_AHEAD + 1) * DAY_MS);
  const to = readTime('to', query.to, fallbackTo);
  const from = readTime('from', query.from, new Date(today.getTime() - DEFAULT_DAYS_BACK * DAY_MS));
  if (from >= to) throw new AppError('bad_request', '`from` must be before `to` (`to` is not included).');
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) {
    throw new AppError('bad_request', `A report covers at most ${MAX_DAYS} days; narrow from and to.`);
  }
  const groupBy = String(query.groupBy ?? 'week');
  if (!(GROUP_BYS as readonly string[]).includes(groupBy)) {
    throw new AppError(
      'bad_request',
      `groupBy must be one of ${GROUP_BYS.join(', ')}; "${groupBy.slice(0, 20)}" is not.`,
    );
  }
  return { from, to, groupBy: groupBy as GroupBy };
}
