/**
 * `agendum doctor`: checks configuration, database, templates and every connection, and
 * says in one line each what is wrong and how to fix it.
 */
import { access, readdir } from 'node:fs/promises';
import { createTemplateLibrary, folderSources } from './compose/template-library.js';
import { type Config, loadConfig } from './config.js';
import { createDbClient } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { AppError, errorMessage } from './errors.js';
import { localCalendarDir } from './providers/local-paths.js';
import { OAUTH_PROVIDERS } from './providers/oauth-providers.js';
import { reconnectHint } from './workflows/connections/connection-health.js';

export interface DoctorReport {
  ok: boolean;
  lines: string[];
}

async function checkConnections(config: Config, lines: string[]): Promise<boolean> {
  const db = createDbClient(config.databaseUrl);
  let ok = true;
  try {
    const conns = await db.connection.findMany({ include: { rep: true } });
    if (conns.length === 0)
      lines.push('- connections: none yet (AGENDUM_DEMO=true creates the demo rep on start)');
    for (const c of conns) {
      const who = `${c.rep.email} (${c.provider})`;
      if (c.status !== 'active') {
        ok = false;
        lines.push(
          `✗ ${who}: ${c.status}${c.lastError ? `: ${c.lastError}` : ''} — ${reconnectHint(c.provider)}`,
        );
        continue;
      }
      const synced = c.lastSyncedAt ? `last synced ${c.lastSyncedAt.toISOString()}` : 'not synced yet';
      lines.push(
        `${c.lastError ? '!' : '✓'} ${who}: ${synced}${c.lastError ? `; last error: ${c.lastError}` : ''}`,
      );
      if (c.provider === 'local') {
        const dir = localCalendarDir(config.dataDir, c.rep.email);
        const files = await readdir(dir).catch(() => null);
        const ics = files?.filter((f) => f.endsWith('.ics')).length ?? 0;
        lines.push(
          `  calendar folder ${dir}: ${files ? `${ics} .ics file(s)` : 'missing — create it and add .ics files'}`,
        );
        lines.push('  changes are picked up by a folder watch plus a poll every LOCAL_POLL_SECONDS');
      } else {
        lines.push(...describeSync(config, c));
      }
    }
  } finally {
    await db.$disconnect();
  }
  return ok;
}

/** How often the inbox is read, and why (the sweep's rule in jobs/sweep.ts). */
function describeInbox(
  config: Config,
  c: { mailExpectedUntil: Date | null; mailPushUntil: Date | null },
  now: Date,
): string {
  const { inboxPollSeconds: often, inboxIdlePollMinutes: rarely } = config.sync;
  if (c.mailPushUntil && c.mailPushUntil > now)
    return `  inbox: Gmail push live until ${c.mailPushUntil.toISOString()}; polled every ${rarely} min as a safety net (INBOX_IDLE_POLL_MINUTES)`;
  if (c.mailExpectedUntil && c.mailExpectedUntil > now)
    return `  inbox: mail expected until ${c.mailExpectedUntil.toISOString()}: polled every ${often} s (INBOX_POLL_SECONDS)`;
  return `  inbox: no mail expected: polled every ${rarely} min (INBOX_IDLE_POLL_MINUTES), every ${often} s once agendum mails from it`;
}

/** How an OAuth connection learns about changes, and what the admin can do about it. */
export function describeSync(
  config: Config,
  c: {
    provider: string;
    channelId: string | null;
    channelExpiresAt: Date | null;
    calendarCursor: string | null;
    mailExpectedUntil: Date | null;
    mailPushUntil: Date | null;
  },
  now: Date = new Date(),
): string[] {
  const poll = config.sync.calendarPollSeconds;
  const lines = [
    c.calendarCursor
      ? '  calendar: incremental sync from the stored cursor'
      : '  calendar: no cursor yet (the next sync is a full sync of the window)',
  ];
  if (!config.push.enabled) {
    lines.push(
      `  ! push notifications off: PUBLIC_URL is not set, so the calendar is polled every ${poll} s (CALENDAR_POLL_SECONDS). Set PUBLIC_URL to an https address the provider can reach to get changes within seconds.`,
    );
  } else if (c.channelId && c.channelExpiresAt) {
    lines.push(
      `  push channel open until ${c.channelExpiresAt.toISOString()} (renewed ${config.push.renewBeforeMinutes} min before); safety sync every ${config.push.safetySyncMinutes} min`,
    );
  } else {
    lines.push(
      `  ! no push channel open: it is opened after the next calendar sync (see the last error if that keeps failing); until then the calendar is polled every ${poll} s`,
    );
  }
  lines.push(describeInbox(config, c, now));
  return lines;
}

/** One line per OAuth provider: configured or not, and where its API calls go. */
function describeProviders(config: Config): string[] {
  const lines: string[] = [];
  for (const [name, module] of Object.entries(OAUTH_PROVIDERS)) {
    if (!module) continue;
    lines.push(
      module.isConfigured(config)
        ? `✓ ${module.label} configured (connect reps at ${config.http.publicUrl}/oauth/${name}/start)`
        : `- ${module.label} not configured (set ${module.configVariables.join(' and ')} to connect reps)`,
    );
  }
  const anyConfigured = Object.values(OAUTH_PROVIDERS).some((m) => m?.isConfigured(config));
  if (anyConfigured && config.allowedSignupDomains.length === 0) {
    lines.push(
      '- ALLOWED_SIGNUP_DOMAINS is not set: only reps an admin added (agendum rep add / agendum connect) can sign in. Set it to let your colleagues sign themselves up.',
    );
  }
  if (
    config.http.host !== '127.0.0.1' &&
    config.http.host !== 'localhost' &&
    config.http.trustProxy === false
  ) {
    lines.push(
      `- HOST=${config.http.host} with TRUST_PROXY off: if a reverse proxy sits in front, set TRUST_PROXY to its address or hop count, or every client shares the proxy's rate limit.`,
    );
  }
  if (config.push.enabled && !config.http.publicUrl.startsWith('https://')) {
    lines.push(
      `! PUBLIC_URL ${config.http.publicUrl} is not https: Google and Microsoft deliver push notifications only to https URLs.`,
    );
  }
  return lines;
}

/** Runs every check; never throws. */
export async function runDoctor(env: NodeJS.ProcessEnv): Promise<DoctorReport> {
  const lines: string[] = [];
  let config: Config;
  try {
    config = loadConfig(env);
    lines.push(
      `✓ configuration (database: ${config.databaseUrl.split(':')[0]}, public URL: ${config.http.publicUrl})`,
    );
  } catch (err) {
    return { ok: false, lines: [`✗ ${errorMessage(err)}`] };
  }
  let ok = true;
  try {
    await access(config.templatesDir);
    await createTemplateLibrary(folderSources(config.templatesDir));
    lines.push(`✓ templates and playbook in ${config.templatesDir} (every language)`);
  } catch (err) {
    ok = false;
    lines.push(`✗ templates: ${errorMessage(err)}`);
  }
  lines.push(...describeProviders(config));
  try {
    const { applied } = await migrateDatabase(config.databaseUrl);
    lines.push(
      `✓ database reachable and migrated${applied.length ? ` (applied ${applied.join(', ')})` : ''}`,
    );
    ok = (await checkConnections(config, lines)) && ok;
  } catch (err) {
    ok = false;
    const hint = err instanceof AppError ? '' : ' — check DATABASE_URL and that the server is running';
    lines.push(`✗ database: ${errorMessage(err)}${hint}`);
  }
  lines.push(ok ? 'All checks passed.' : 'Some checks failed: see ✗ above.');
  return { ok, lines };
}
