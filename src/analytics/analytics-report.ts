/** The analytics report for a viewer: their meetings' facts in the window, grouped. */
import type { Db } from '../db/client.js';
import { type AnalyticsReport, buildReport, type GroupBy } from '../domain/analytics.js';
import type { AnalyticsQuery } from './analytics-query.js';
import { readMeetingFacts } from './read-meeting-facts.js';

export interface AnalyticsAnswer extends AnalyticsReport {
  from: string;
  to: string;
  groupBy: GroupBy;
}

export async function analyticsReport(db: Db, query: AnalyticsQuery, now: Date): Promise<AnalyticsAnswer> {
  const facts = await readMeetingFacts(db, { from: query.from, to: query.to, now });
  return {
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    groupBy: query.groupBy,
    ...buildReport(facts, query.groupBy),
  };
}
