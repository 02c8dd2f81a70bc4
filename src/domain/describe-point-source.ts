/** Says in words where a meeting's point came from, for the rep's approval request and dashboard. */
import type { MeetingPoint, PointPartSource } from './types.js';

const PART: Record<PointPartSource, string> = {
  event: 'from the event description',
  previous_recap: 'from the next step agreed at the previous meeting',
  playbook: 'from the playbook',
  rep: 'edited by you',
};

const STAGE_FROM: Record<MeetingPoint['source']['stage'], string> = {
  title: 'from the title',
  description: 'from the description',
  previous_recap: 'from the next step agreed at the previous meeting',
  default: 'the default stage',
};

/** "stage: discovery, from the title; purpose: from the playbook; agenda: …; outcome: …" */
export function describePointSource(stage: string | null, source: Partial<MeetingPoint['source']>): string {
  const parts = [`stage: ${stage ?? 'none'}, ${STAGE_FROM[source.stage ?? 'default']}`];
  for (const key of ['purpose', 'agenda', 'outcome'] as const) {
    const from = source[key];
    if (from) parts.push(`${key}: ${PART[from]}`);
  }
  return parts.join('; ');
}
