/**
 * `agendum doctor`: checks configuration, database, templates and every connection, and
 * says in one line each what is wrong and how to fix it.
 */
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadPlaybook } from './compose/load-playbook.js';
import { loadTemplates } from './compose/template-set.js';
import { type Config, loadConfig } from './config.js';
import { createDbClient } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { AppError } from './errors.js';
import { localCalendarDir } from './providers/registry.js';

export interface DoctorReport {
  ok: boolean;
  lines: string[];
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

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
          `✗ ${who}: ${c.status}${c.lastError ? `: ${c.lastError}` : ''} — reconnect at /oauth/${c.provider}/start`,
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
      }
    }
  } finally {
    await db.$disconnect();
  }
  return ok;
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
    return { ok: false, lines: [`✗ ${message(err)}`] };
  }
  let ok = true;
  try {
    await access(config.templatesDir);
    await loadTemplates(config.templatesDir);
    await loadPlaybook(path.join(config.templatesDir, 'playbook.yaml'));
    lines.push(`✓ templates and playbook in ${config.templatesDir}`);
  } catch (err) {
    ok = false;
    lines.push(`✗ templates: ${message(err)}`);
  }
  try {
    const { applied } = await migrateDatabase(config.databaseUrl);
    lines.push(
      `✓ database reachable and migrated${applied.length ? ` (applied ${applied.join(', ')})` : ''}`,
    );
    ok = (await checkConnections(config, lines)) && ok;
  } catch (err) {
    ok = false;
    const hint = err instanceof AppError ? '' : ' — check DATABASE_URL and that the server is running';
    lines.push(`✗ database: ${message(err)}${hint}`);
  }
  lines.push(ok ? 'All checks passed.' : 'Some checks failed: see ✗ above.');
  return { ok, lines };
}
