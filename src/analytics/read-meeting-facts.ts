/**
 * The facts analytics counts, read from what agendum recorded as it happened: the messages
 * it sent (with their send times), each answer that moved a point or a next step (the
 * Confirmation rows), when the calendar moved a meeting, and the point of the account's next
 * meeting. Never from mail subjects. Reads through whatever client it is given: a viewer's
 * scoped client counts only what that viewer may see.
 */
import type { Db } from '../db/client.js';
import type { Attendance, MeetingFacts } from '../domain/analytics.js';

/** The meetings a report covers: prospect meetings starting in [from, to). */
export interface FactsWindow {
  from: Date;
  to: Date;
  now: Date;
}

type Sent = { kind: string; sentAt: Date | null };
type Answer = { target: string; intent: string; status: string; source: string; createdAt: Date };

const PROSPECT_SOURCES = new Set(['reply', 'page']);

function firstSent(messages: Sent[], kind: string): Date | null {
  const times = messages.filter((m) => m.kind === kind && m.sentAt).map((m) => (m.sentAt as Date).getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}

function attendanceOf(
  m: { status: string; start: Date; movedAt: Date | null },
  agendaSentAt: Date | null,
  now: Date,
): Attendance {
  if (m.status === 'cancelled') return 'cancelled';
  if (m.movedAt && agendaSentAt && m.movedAt > agendaSentAt) return 'moved';
  return m.start > now ? 'ahead' : 'as_planned';
}

/** Whether a meeting's point came from the previous meeting's next step. */
function carriedPoint(pointSource: unknown): boolean {
  const source = (pointSource ?? {}) as { purpose?: string; stage?: string };
  return source.purpose === 'previous_recap' || source.stage === 'previous_recap';
}

/**
 * For each account, its meetings in start order with whether each took a carried point: a
 * meeting "booked the next meeting" when the account's next one after it did.
 */
async function carriedAfter(db: Db, accountIds: string[], from: Date) {
  if (accountIds.length === 0) return () => false;
  const later = await db.meeting.findMany({
    where: {
      accountId: { in: accountIds },
      isProspect: true,
      start: { gt: from },
      status: { not: 'cancelled' },
    },
    select: { accountId: true, start: true, pointSource: true },
    orderBy: { start: 'asc' },
  });
  const byAccount = new Map<string, typeof later>();
  for (const m of later) {
    const list = byAccount.get(m.accountId as string);
    if (list) list.push(m);
    else byAccount.set(m.accountId as string, [m]);
  }
  return (accountId: string, start: Date) => {
    const next = byAccount.get(accountId)?.find((m) => m.start > start);
    return next ? carriedPoint(next.pointSource) : false;
  };
}

/** One MeetingFacts per prospect meeting starting in the window. */
export async function readMeetingFacts(db: Db, window: FactsWindow): Promise<MeetingFacts[]> {
  const meetings = await db.meeting.findMany({
    where: { isProspect: true, start: { gte: window.from, lt: window.to } },
    select: {
      start: true,
      status: true,
      stage: true,
      movedAt: true,
      accountId: true,
      rep: { select: { email: true } },
      account: { select: { domain: true } },
      messages: {
        where: { kind: { in: ['agenda', 'agenda_revision', 'recap'] }, status: 'sent' },
        select: { kind: true, sentAt: true },
      },
      confirmations: { select: { target: true, intent: true, status: true, source: true, createdAt: true } },
    },
    orderBy: { start: 'asc' },
  });
  const accountIds = [...new Set(meetings.map((m) => m.accountId).filter((id): id is string => !!id))];
  const bookedAfter = await carriedAfter(db, accountIds, window.from);
  return meetings.map((m) => {
    const agendaSentAt = firstSent(m.messages, 'agenda');
    const agenda: Answer[] = m.confirmations.filter((c) => c.target === 'agenda');
    const confirmations = agenda
      .filter((c) => c.status === 'confirmed' && c.createdAt < m.start)
      .map((c) => c.createdAt.getTime());
    const revisedAt = firstSent(m.messages, 'agenda_revision');
    const recapSent = m.messages.some((x) => x.kind === 'recap');
    const intents = (intent: string) => agenda.filter((c) => c.intent === intent).length;
    return {
      rep: m.rep.email,
      stage: m.stage ?? 'none',
      account: m.account?.domain ?? 'none',
      start: m.start,
      agendaSentAt,
      confirmedAt: confirmations.length ? new Date(Math.min(...confirmations)) : null,
      changeRequests: intents('change'),
      reschedules: intents('reschedule'),
      declines: intents('decline'),
      answered: agenda.some((c) => PROSPECT_SOURCES.has(c.source)),
      revisedAndReconfirmed:
        revisedAt !== null && agenda.some((c) => c.status === 'confirmed' && c.createdAt > revisedAt),
      recapSent,
      nextStepConfirmed: m.confirmations.some((c) => c.target === 'recap' && c.status === 'confirmed'),
      nextMeetingBooked: recapSent && m.accountId !== null && bookedAfter(m.accountId, m.start),
      attendance: attendanceOf(m, agendaSentAt, window.now),
    };
  });
}
