/**
 * Whether this install can do its work: the database takes a write, and every active
 * connection's calendar was synced recently. A report names connections by id and provider
 * only, never a rep's email, a token, or a provider's error text.
 */
import type { Config } from '../../config.js';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { errorMessage } from '../../errors.js';

/** The row the write probe upserts and then deletes (its own table, read by nothing else). */
export const PROBE_ROW = { id: 'readyz-probe' } as const;

/** Slack on top of three poll intervals: a long first sync, a restart, a loaded host. */
const STALE_SLACK_MS = 5 * 60_000;
/** A probe that takes longer than this counts as failed, so readiness answers in bounded time. */
export const PROBE_TIMEOUT_MS = 5_000;

export type DatabaseState = 'writable' | 'not writable' | 'timed out';

/** A connection whose calendar has not been synced within its expected interval. */
export interface StaleConnection {
  id: string;
  provider: string;
  /** ISO time of the last successful sync; null when it never synced. */
  lastSyncedAt: string | null;
  ageSeconds: number;
  maxAgeSeconds: number;
}

export interface Readiness {
  ready: boolean;
  database: DatabaseState;
  /** Active connections checked; null when they could not be read. */
  checkedConnections: number | null;
  staleConnections: StaleConnection[];
  /** One sentence per problem, safe to show to anyone who can reach the endpoint. */
  problems: string[];
  /** The driver's message when a check failed: for the operator's log, not for the answer. */
  errors: string[];
}

type SyncedConnection = {
  provider: string;
  channelExpiresAt: Date | null;
};

/**
 * Longest gap between two calendar syncs of a connection, as the connection loop schedules
 * them: the local folder and polled providers every poll interval; with a live push
 * channel the poll is skipped while a sync happened within CALENDAR_SAFETY_SYNC_MINUTES.
 */
export function syncIntervalMs(config: Config, conn: SyncedConnection, now: Date): number {
  if (conn.provider === 'local') return config.sync.localPollSeconds * 1000;
  const pollMs = config.sync.calendarPollSeconds * 1000;
  const pushLive = conn.channelExpiresAt !== null && conn.channelExpiresAt.getTime() > now.getTime();
  return pushLive ? config.push.safetySyncMinutes * 60_000 + pollMs : pollMs;
}

/** How old a connection's last sync may be before it counts as stale. */
export function maxSyncAgeMs(config: Config, conn: SyncedConnection, now: Date): number {
  return 3 * syncIntervalMs(config, conn, now) + STALE_SLACK_MS;
}

/** Resolves to `'timed out'` when `work` takes longer than `ms`. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), ms);
    timer.unref();
  });
  // The late outcome of a timed-out probe is of no interest; it must not go unhandled.
  work.catch(() => {});
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** A real write: upserts the probe row and deletes it again. Throws when the database refuses. */
async function writeProbeRow(db: Db, now: Date): Promise<void> {
  try {
    await db.writeProbe.upsert({
      where: PROBE_ROW,
      create: { ...PROBE_ROW, at: now },
      update: { at: now },
    });
  } catch (err) {
    // Another instance's probe inserted the row first: our insert reached the unique index,
    // so the database did take a write.
    if ((err as { code?: string }).code !== 'P2002') throw err;
  }
  await db.writeProbe.deleteMany({ where: PROBE_ROW });
}

type Part = Pick<Readiness, 'problems' | 'errors'>;

/** The driver's own words: Prisma's message ends with them, after a source excerpt. */
function driverMessage(err: unknown): string {
  return errorMessage(err).trim().split('\n').at(-1) ?? '';
}

async function probeDatabase(ctx: AppContext): Promise<Part & { database: DatabaseState }> {
  try {
    const outcome = await withTimeout(writeProbeRow(ctx.db, ctx.clock()), PROBE_TIMEOUT_MS);
    if (outcome !== 'timed out') return { database: 'writable', problems: [], errors: [] };
    const problem = `the database did not take a write within ${PROBE_TIMEOUT_MS / 1000} s`;
    return { database: 'timed out', problems: [problem], errors: [] };
  } catch (err) {
    return {
      database: 'not writable',
      problems: ['the database is not writable'],
      errors: [`database: ${driverMessage(err)}`],
    };
  }
}

/** The active connections, and those whose last calendar sync is older than their threshold. */
async function findStaleConnections(ctx: AppContext): Promise<{ checked: number; stale: StaleConnection[] }> {
  const connections = await ctx.db.connection.findMany({
    where: { status: 'active' },
    select: { id: true, provider: true, lastSyncedAt: true, createdAt: true, channelExpiresAt: true },
    orderBy: { createdAt: 'asc' },
  });
  const now = ctx.clock();
  const stale: StaleConnection[] = [];
  for (const c of connections) {
    // A connection that never synced is as old as the connection itself.
    const ageMs = now.getTime() - (c.lastSyncedAt ?? c.createdAt).getTime();
    const maxMs = maxSyncAgeMs(ctx.config, c, now);
    if (ageMs <= maxMs) continue;
    stale.push({
      id: c.id,
      provider: c.provider,
      lastSyncedAt: c.lastSyncedAt?.toISOString() ?? null,
      ageSeconds: Math.round(ageMs / 1000),
      maxAgeSeconds: Math.round(maxMs / 1000),
    });
  }
  return { checked: connections.length, stale };
}

type SyncPart = Part & Pick<Readiness, 'checkedConnections' | 'staleConnections'>;

async function checkSyncAges(ctx: AppContext): Promise<SyncPart> {
  const failed = (problem: string, errors: string[] = []): SyncPart => ({
    checkedConnections: null,
    staleConnections: [],
    problems: [problem],
    errors,
  });
  try {
    const found = await withTimeout(findStaleConnections(ctx), PROBE_TIMEOUT_MS);
    if (found === 'timed out') return failed('the connections could not be read in time');
    const problems = found.stale.map((s) => {
      const when = s.lastSyncedAt ? `last synced ${s.ageSeconds} s ago` : 'never synced';
      return `connection ${s.id} (${s.provider}): calendar ${when}; expected within ${s.maxAgeSeconds} s`;
    });
    return { checkedConnections: found.checked, staleConnections: found.stale, problems, errors: [] };
  } catch (err) {
    return failed('the connections could not be read', [`connections: ${driverMessage(err)}`]);
  }
}

/** Checks readiness; never throws. */
export async function checkReadiness(ctx: AppContext): Promise<Readiness> {
  const [db, sync] = await Promise.all([probeDatabase(ctx), checkSyncAges(ctx)]);
  const problems = [...db.problems, ...sync.problems];
  return {
    ready: problems.length === 0,
    database: db.database,
    checkedConnections: sync.checkedConnections,
    staleConnections: sync.staleConnections,
    problems,
    errors: [...db.errors, ...sync.errors],
  };
}
