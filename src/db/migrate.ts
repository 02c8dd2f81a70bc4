/**
 * The runtime migration runner behind `agendum start` and `agendum migrate`. It applies the
 * committed Prisma migrations with plain better-sqlite3 / pg (Prisma 7's CLI needs a native
 * engine we cannot download), in a way `prisma migrate deploy` and `status` agree with.
 */
import { dialectOf, sqliteFileOf } from './dialect.js';
import { migrateGraphileWorker } from './migrate-graphile.js';
import { migratePostgres } from './migrate-postgres.js';
import { migrateSqlite } from './migrate-sqlite.js';
import { readMigrationFiles } from './migration-files.js';

/**
 * Brings the database at `databaseUrl` up to date; returns the migrations it applied (oldest
 * first, empty when none were pending). Throws AppError('migration_failed') when a migration
 * fails or an applied one was edited, AppError('database_unavailable') when it cannot connect.
 * `packageRoot` (tests) reads `prisma/<dialect>/migrations` from another folder.
 */
export async function migrateDatabase(
  databaseUrl: string,
  opts: { packageRoot?: string } = {},
): Promise<{ applied: string[] }> {
  const dialect = dialectOf(databaseUrl);
  const files = readMigrationFiles(dialect, opts.packageRoot);
  if (dialect === 'sqlite') return { applied: migrateSqlite(sqliteFileOf(databaseUrl), files) };
  const applied = await migratePostgres(databaseUrl, files);
  // The job queue's tables: it keeps its own migrations and knows which it applied.
  await migrateGraphileWorker(databaseUrl);
  return { applied };
}
