/** The connections as the dashboard and `GET /api/connections` show them (never any token). */
import type { AppContext } from '../context.js';
import type { Db } from '../db/client.js';
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
        sync,
        channelExpiresAt: c.channelExpiresAt?.toISOString() ?? null,
        pausedSteps,
        reconnect:
          c.status === 'needs_reauth'
            ? {
                url: `/oauth/${c.provider}/start?email=${encodeURIComponent(c.rep.email)}`,
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
