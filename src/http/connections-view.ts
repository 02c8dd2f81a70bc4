/**
 * The connections as the dashboard, the connections page and `GET /api/connections` show
 * them (never any token, nor the calendar cursor itself: only when it last moved).
 */
import type { AppContext } from '../context.js';
import type { Db } from '../db/client.js';
import type { SyncProgress } from '../domain/sync-progress.js';
import { folderProblemsFor } from '../providers/local/calendar-problems.js';
import { OAUTH_PROVIDERS } from '../providers/oauth-providers.js';
import { reconnectHint } from '../workflows/connections/connection-health.js';

export interface ConnectionView {
  id: string;
  rep: string;
  provider: string;
  status: string;
  lastError: string | null;
  lastSyncedAt: string | null;
  /** When a sync last advanced the calendar cursor (its age is how stale the calendar may be). */
  cursorAdvancedAt: string | null;
  /** The latest first sync (a whole calendar read), while it runs and after; null before any. */
  firstSync: FirstSyncView | null;
  /** How changes arrive: `push` (channel open), `polling`, or `folder watch` (local). */
  sync: 'push' | 'polling' | 'folder watch';
  channelExpiresAt: string | null;
  /** Steps waiting for this connection to be reconnected. */
  pausedSteps: number;
  /** Where the rep goes to fix it, when it needs fixing. */
  reconnect: { url: string; hint: string } | null;
  /**
   * Local calendar only, when its latest read found any: each problem with a file, naming
   * the line and the event ("line 12: event "Kickoff" (UID k1): …"), as the log has it.
   */
  calendarProblems?: { file: string; message: string }[];
}

/** A first sync's progress with its times; `running` until it finishes. */
export interface FirstSyncView extends SyncProgress {
  startedAt: string;
  finishedAt: string | null;
  running: boolean;
}

type ProgressColumns = {
  firstSyncStartedAt: Date | null;
  firstSyncFinishedAt: Date | null;
  firstSyncEventsListed: number | null;
  firstSyncEventsRead: number;
  firstSyncMeetingsFound: number;
};

/** The first-sync columns of a Connection row as the view's `firstSync`. */
export function firstSyncOf(c: ProgressColumns): FirstSyncView | null {
  if (!c.firstSyncStartedAt) return null;
  return {
    startedAt: c.firstSyncStartedAt.toISOString(),
    finishedAt: c.firstSyncFinishedAt?.toISOString() ?? null,
    running: c.firstSyncFinishedAt === null,
    finished: c.firstSyncFinishedAt !== null,
    eventsListed: c.firstSyncEventsListed,
    eventsRead: c.firstSyncEventsRead,
    meetingsFound: c.firstSyncMeetingsFound,
  };
}

/** Where a rep reconnects a provider: the OAuth start, signed in as `email` (the one source of this URL). */
export function reconnectUrl(provider: string, email: string): string {
  return `/oauth/${provider}/start?email=${encodeURIComponent(email)}`;
}

/** One connection's first-sync progress for `GET /api/connections/:id/progress`; null when the viewer has no such connection. */
export async function getConnectionProgress(
  db: Db,
  id: string,
): Promise<{ id: string; status: string; firstSync: FirstSyncView | null } | null> {
  const c = await db.connection.findFirst({
    where: { id },
    select: {
      id: true,
      status: true,
      firstSyncStartedAt: true,
      firstSyncFinishedAt: true,
      firstSyncEventsListed: true,
      firstSyncEventsRead: true,
      firstSyncMeetingsFound: true,
    },
  });
  return c ? { id: c.id, status: c.status, firstSync: firstSyncOf(c) } : null;
}

/** Providers an admin has configured, for "connect an account" links. */
export function connectableProviders(ctx: AppContext): { name: string; label: string; url: string }[] {
  return Object.entries(OAUTH_PROVIDERS)
    .filter(([, m]) => m?.isConfigured(ctx.config))
    .map(([name, m]) => ({ name, label: m?.label ?? name, url: `/oauth/${name}/start` }));
}

/** The viewer's connections (every one for an admin) with their health; `db` is the scoped client. */
export async function listConnectionViews(db: Db): Promise<ConnectionView[]> {
  const rows = await db.connection.findMany({ include: { rep: true }, orderBy: { createdAt: 'asc' } });
  return Promise.all(
    rows.map(async (c) => {
      const pausedSteps = await db.step.count({ where: { status: 'paused', pausedFor: c.id } });
      const sync = c.provider === 'local' ? 'folder watch' : c.channelId ? 'push' : 'polling';
      const problems = c.provider === 'local' ? folderProblemsFor(c.rep.email) : [];
      const view: ConnectionView = {
        id: c.id,
        rep: c.rep.email,
        provider: c.provider,
        status: c.status,
        lastError: c.lastError,
        lastSyncedAt: c.lastSyncedAt?.toISOString() ?? null,
        cursorAdvancedAt: c.calendarCursorAt?.toISOString() ?? null,
        firstSync: firstSyncOf(c),
        sync,
        channelExpiresAt: c.channelExpiresAt?.toISOString() ?? null,
        pausedSteps,
        reconnect:
          c.status === 'needs_reauth'
            ? {
                url: reconnectUrl(c.provider, c.rep.email),
                hint: reconnectHint(c.provider),
              }
            : null,
      };
      if (problems.length > 0)
        view.calendarProblems = problems.map(({ file, message }) => ({ file, message }));
      return view;
    }),
  );
}
