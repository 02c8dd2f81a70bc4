/**
 * The meetings list as the dashboard and `GET /api/meetings` show it: the viewer's own
 * (every rep's for an admin), through the scoped client, a page at a time. Cancelled
 * meetings and ignored events that are over never take a place on a page.
 */

import { withoutActionLinks } from '../compose/compose-rep-notice.js';
import { domainOf } from '../compose/names.js';
import { externalPeople } from '../compose/render-event.js';
import type { Db } from '../db/client.js';
import type { CalendarAttendee } from '../domain/types.js';
import { AppError } from '../errors.js';

export interface MeetingView {
  id: string;
  /** The rep whose calendar it is (admins see several). */
  rep: string;
  title: string;
  start: string;
  end: string;
  timeZone: string;
  isProspect: boolean;
  reason: string;
  /** The prospect's account (its domain): `/accounts/<domain>` is its timeline. */
  account: string | null;
  /** The external people invited (not the rep's org), as the calendar names them: who answers. */
  prospects: { email: string; name: string | null }[];
  stage: string | null;
  point: { purpose: string | null; outcome: string | null; agenda: string[]; source: Record<string, string> };
  pointStatus: string;
  /** Each answer that moved the point, oldest first: the prospect's (reply, page) or the rep's. */
  confirmations: ConfirmationView[];
  /** After the meeting, once the rep recorded it: what was agreed and the next step. */
  recap: RecapView | null;
  steps: {
    kind: string;
    dueAt: string;
    status: string;
    result: string | null;
    /** For a send_message step: the `messages[].id` it sends, so the dashboard can say what goes. */
    sends: string | null;
  }[];
  messages: {
    id: string;
    kind: string;
    status: string;
    subject: string;
    to: string[];
    messageId: string;
    sentAt: string | null;
    /**
     * Why agendum did not send it: "rep skipped", "prospect opted out", "meeting
     * cancelled", "bounced", "approval expired", "prospect declined", "not a prospect
     * meeting"; "daily cap" while it waits for its mailbox's cap. Null otherwise.
     */
    reason: string | null;
  }[];
  /**
   * What the calendar reader guessed or left out for this meeting (its zone read in the
   * rep's, a date that could not be read), each naming the file, event and line. Absent
   * when there is nothing to say.
   */
  warnings?: string[];
}

/** One move of the point or the next step: when, how, to what, in whose words. */
export interface ConfirmationView {
  at: string;
  via: string;
  status: string;
  words: string;
}

export interface RecapView {
  agreed: string;
  nextStep: string;
  owner: string;
  dueDate: string | null;
  /** pending (recap not sent yet) | sent | confirmed | disputed | revised */
  status: string;
  confirmations: ConfirmationView[];
}

const DAY_MS = 86_400_000;
export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;

export interface MeetingPage {
  meetings: MeetingView[];
  /** Pass as `?cursor=` for the next page; null on the last page. */
  nextCursor: string | null;
}

const VIEW_INCLUDE = {
  rep: { select: { email: true, orgDomains: true } },
  account: { select: { domain: true } },
  steps: { orderBy: { dueAt: 'asc' as const } },
  messages: { orderBy: { createdAt: 'asc' as const } },
  // Answers that moved nothing (unclear, a reschedule) are notices, not history.
  confirmations: { where: { status: { not: '' } }, orderBy: { createdAt: 'asc' as const } },
  outcome: true,
};

/** The position after a meeting, for keyset paging by (start, id). */
function encodeCursor(m: { start: Date; id: string }): string {
  return Buffer.from(`${m.start.toISOString()}|${m.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { start: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const start = new Date(iso ?? '');
  if (!id || Number.isNaN(start.getTime())) {
    throw new AppError('bad_request', 'cursor is not valid: pass the nextCursor of the previous page.');
  }
  return { start, id };
}

/** Reads `?limit=` (1–200, default 50) and `?cursor=`; a wrong value is a 400 naming it. */
export function pageQuery(query: Record<string, unknown>): { limit: number; cursor?: string } {
  const raw = query.limit;
  const limit = raw === undefined ? DEFAULT_PAGE : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new AppError('bad_request', `limit must be a whole number from 1 to ${MAX_PAGE}.`);
  }
  const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
  return { limit, cursor };
}

/**
 * Meetings from a day ago onwards, soonest first, with their steps and messages. `db` is
 * the viewer's scoped client, which decides whose meetings these are.
 */
export async function listMeetingViews(
  db: Db,
  now: Date,
  opts: { limit?: number; cursor?: string } = {},
): Promise<MeetingPage> {
  const limit = opts.limit ?? DEFAULT_PAGE;
  const after = opts.cursor ? decodeCursor(opts.cursor) : null;
  const rows = await db.meeting.findMany({
    where: {
      status: { not: 'cancelled' },
      OR: [
        { isProspect: true, end: { gte: new Date(now.getTime() - DAY_MS) } },
        { end: { gte: now } },
        // A recap recorded days later still waits for the rep here, however old the meeting.
        { messages: { some: { status: 'awaiting_approval' } } },
      ],
      ...(after
        ? { AND: [{ OR: [{ start: { gt: after.start } }, { start: after.start, id: { gt: after.id } }] }] }
        : {}),
    },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    take: limit + 1,
    include: VIEW_INCLUDE,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    meetings: page.map(toView),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/**
 * Every prospect meeting with one account (by its domain), past and ahead, oldest first:
 * the account's timeline. Null when the viewer sees no meeting with it.
 */
export async function listAccountMeetingViews(
  db: Db,
  domain: string,
): Promise<{
  account: { domain: string; name: string; language: string | null };
  meetings: MeetingView[];
} | null> {
  const account = await db.account.findUnique({ where: { domain: domain.toLowerCase() } });
  if (!account) return null;
  const rows = await db.meeting.findMany({
    where: { accountId: account.id, isProspect: true },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    include: VIEW_INCLUDE,
  });
  if (rows.length === 0) return null;
  return {
    account: { domain: account.domain, name: account.name, language: account.language },
    meetings: rows.map(toView),
  };
}

/** One meeting as the API shows it, or null when the viewer's client cannot see it. */
export async function getMeetingView(db: Db, id: string): Promise<MeetingView | null> {
  const row = await db.meeting.findUnique({ where: { id }, include: VIEW_INCLUDE });
  return row ? toView(row) : null;
}

type MeetingRow = Awaited<ReturnType<Db['meeting']['findMany']>>[number] & {
  rep: { email: string; orgDomains: unknown };
  account: { domain: string } | null;
  steps: { kind: string; dueAt: Date; status: string; result: string | null; payload: unknown }[];
  messages: {
    id: string;
    kind: string;
    status: string;
    subject: string;
    to: unknown;
    messageId: string;
    sentAt: Date | null;
    notSentReason: string | null;
  }[];
  confirmations: { target: string; source: string; status: string; reply: string; createdAt: Date }[];
  outcome: {
    agreed: string;
    nextStep: string;
    nextStepOwner: string;
    nextStepDue: Date | null;
    nextStepStatus: string;
  } | null;
};

function historyOf(m: MeetingRow, target: 'agenda' | 'recap'): ConfirmationView[] {
  return m.confirmations
    .filter((c) => c.target === target)
    .map((c) => ({
      at: c.createdAt.toISOString(),
      via: c.source,
      status: c.status,
      words: withoutActionLinks(c.reply),
    }));
}

function recapOf(m: MeetingRow): RecapView | null {
  const o = m.outcome;
  if (!o) return null;
  return {
    agreed: o.agreed,
    nextStep: o.nextStep,
    owner: o.nextStepOwner,
    dueDate: o.nextStepDue?.toISOString() ?? null,
    status: o.nextStepStatus,
    confirmations: historyOf(m, 'recap'),
  };
}

/** The external people of the meeting; the rep's own address domain counts as their org too. */
function prospectsOf(m: MeetingRow): MeetingView['prospects'] {
  const org = [...((m.rep.orgDomains as string[] | null) ?? []), domainOf(m.rep.email)].filter(Boolean);
  return externalPeople((m.attendees as unknown as CalendarAttendee[]) ?? [], org).map((p) => ({
    email: p.email,
    name: p.name ?? null,
  }));
}

/** The message a send_message step's payload names; null for every other kind. */
function sentBy(step: { kind: string; payload: unknown }): string | null {
  if (step.kind !== 'send_message') return null;
  const id = (step.payload as { messageId?: unknown } | null)?.messageId;
  return typeof id === 'string' ? id : null;
}

/** The stored warnings (null on meetings from before they were kept, or from other providers). */
function warningsOf(m: MeetingRow): string[] {
  const stored = m.warnings as unknown;
  return Array.isArray(stored) ? stored.filter((w): w is string => typeof w === 'string') : [];
}

function toView(m: MeetingRow): MeetingView {
  const warnings = warningsOf(m);
  const view: MeetingView = {
    id: m.id,
    rep: m.rep.email,
    title: m.title,
    start: m.start.toISOString(),
    end: m.end.toISOString(),
    timeZone: m.timeZone,
    isProspect: m.isProspect,
    reason: m.reason,
    account: m.account?.domain ?? null,
    prospects: m.isProspect ? prospectsOf(m) : [],
    stage: m.stage,
    point: {
      purpose: m.isProspect ? m.purpose : null,
      outcome: m.isProspect ? m.desiredOutcome : null,
      agenda: m.isProspect ? (m.agendaItems as string[]) : [],
      source: m.isProspect ? (m.pointSource as Record<string, string>) : {},
    },
    pointStatus: m.pointStatus,
    confirmations: historyOf(m, 'agenda'),
    recap: recapOf(m),
    steps: m.steps.map((s) => ({
      kind: s.kind,
      dueAt: s.dueAt.toISOString(),
      status: s.status,
      result: s.result,
      sends: sentBy(s),
    })),
    messages: m.messages.map((msg) => ({
      id: msg.id,
      kind: msg.kind,
      status: msg.status,
      subject: msg.subject,
      to: msg.to as string[],
      messageId: msg.messageId,
      sentAt: msg.sentAt?.toISOString() ?? null,
      reason: msg.notSentReason,
    })),
  };
  if (warnings.length > 0) view.warnings = warnings;
  return view;
}
