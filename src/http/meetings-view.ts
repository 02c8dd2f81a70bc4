/** The meetings list as the dashboard and `GET /api/meetings` show it. */
import type { AppContext } from '../context.js';

export interface MeetingView {
  id: string;
  title: string;
  start: string;
  end: string;
  timeZone: string;
  isProspect: boolean;
  reason: string;
  stage: string | null;
  point: { purpose: string | null; outcome: string | null; agenda: string[]; source: Record<string, string> };
  pointStatus: string;
  steps: { kind: string; dueAt: string; status: string; result: string | null }[];
  messages: {
    id: string;
    kind: string;
    status: string;
    subject: string;
    to: string[];
    messageId: string;
    sentAt: string | null;
  }[];
}

const DAY_MS = 86_400_000;

/** Meetings from a day ago onwards, soonest first, with their steps and messages. */
export async function listMeetingViews(
  ctx: AppContext,
  opts: { limit?: number } = {},
): Promise<MeetingView[]> {
  const from = new Date(ctx.clock().getTime() - DAY_MS);
  const rows = await ctx.db.meeting.findMany({
    where: { end: { gte: from } },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    take: opts.limit ?? 200,
    include: {
      steps: { orderBy: { dueAt: 'asc' } },
      messages: { orderBy: { createdAt: 'asc' } },
    },
  });
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    start: m.start.toISOString(),
    end: m.end.toISOString(),
    timeZone: m.timeZone,
    isProspect: m.isProspect,
    reason: m.reason,
    stage: m.stage,
    point: {
      purpose: m.isProspect ? m.purpose : null,
      outcome: m.isProspect ? m.desiredOutcome : null,
      agenda: m.isProspect ? (m.agendaItems as string[]) : [],
      source: m.isProspect ? (m.pointSource as Record<string, string>) : {},
    },
    pointStatus: m.pointStatus,
    steps: m.steps.map((s) => ({
      kind: s.kind,
      dueAt: s.dueAt.toISOString(),
      status: s.status,
      result: s.result,
    })),
    messages: m.messages.map((msg) => ({
      id: msg.id,
      kind: msg.kind,
      status: msg.status,
      subject: msg.subject,
      to: msg.to as string[],
      messageId: msg.messageId,
      sentAt: msg.sentAt?.toISOString() ?? null,
    })),
  }));
}
