/** Builds the AppContext from a Config: database (migrated), secret, templates (every language, with their playbooks), providers. */
import { createStoredTemplates, storedSource } from './compose/stored-templates.js';
import { createTemplateLibrary, folderSources } from './compose/template-library.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { createDbClient } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { createJobQueue, type QueueEngine } from './jobs/create-queue.js';
import { realTimers, type Timers } from './jobs/timers.js';
import { createLogger, type Logger } from './log.js';
import { createMetrics } from './metrics/metrics.js';
import { createProviderRegistry } from './providers/registry.js';
import { loadSecretKey } from './security/secret-key.js';

export interface ContextOptions {
  clock?: () => Date;
  /** The loops' timers; real ones unless a test drives them (test/helpers/manual-timers.ts). */
  timers?: Timers;
  log?: Logger;
  /** Skip migrations (the CLI's read-only commands); start always migrates. */
  migrate?: boolean;
  /** The queue engine (default: by database); see createJobQueue. */
  queue?: QueueEngine;
}

/** Opens everything the workflows need; the caller disconnects `ctx.db` when done. */
export async function createContext(config: Config, opts: ContextOptions = {}): Promise<AppContext> {
  const log = opts.log ?? createLogger(config.logLevel);
  if (opts.migrate !== false) {
    const { applied } = await migrateDatabase(config.databaseUrl);
    if (applied.length > 0) log.info('database migrated', { applied });
  }
  const db = createDbClient(config.databaseUrl);
  // The versions saved in the browser sit above the files, so they are read first.
  const storedTemplates = createStoredTemplates(db);
  await storedTemplates.load();
  const [secretKey, templates] = await Promise.all([
    loadSecretKey(config.secretKeyHex, config.dataDir),
    createTemplateLibrary(
      folderSources(config.templatesDir, (language) => storedSource(storedTemplates.bodies, language)),
    ),
  ]);
  const clock = opts.clock ?? (() => new Date());
  const timers = opts.timers ?? realTimers;
  const metrics = createMetrics({ gauges: { db, clock, config } });
  return {
    config,
    db,
    clock,
    timers,
    jobs: createJobQueue(config, { db, timers, clock, log }, opts.queue),
    secretKey,
    templates,
    storedTemplates,
    providers: createProviderRegistry({ config, log, db, secretKey, metrics, clock }),
    log,
    metrics,
  };
}
