/**
 * graphile-worker's own schema (`graphile_worker`), created and upgraded by its own
 * migrations beside ours whenever a PostgreSQL database is migrated.
 */
import { Logger, runMigrations } from 'graphile-worker';

/** Its log lines are about its migrations only; the caller reports what was applied. */
const quiet = new Logger(() => () => {});

export async function migrateGraphileWorker(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quiet });
}
