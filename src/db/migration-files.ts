/** Reads the committed migrations shipped with the package and decides which are pending. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { type Dialect, migrationsFolderOf } from './dialect.js';

/** One `<timestamp>_<name>/migration.sql` folder. */
export interface MigrationFile {
  name: string;
  /** Path relative to the package root, for messages. */
  relativePath: string;
  sql: string;
  /** sha256 hex of the file, as Prisma stores it in `_prisma_migrations.checksum`. */
  checksum: string;
}

/** A row of `_prisma_migrations`, reduced to what deciding needs. */
export interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** The migrations of a dialect, oldest first. */
export function readMigrationFiles(dialect: Dialect, root: string = PACKAGE_ROOT): MigrationFile[] {
  const folder = path.join('prisma', migrationsFolderOf(dialect), 'migrations');
  const dir = path.join(root, folder);
  if (!existsSync(dir)) {
    throw new AppError('migration_failed', `No migrations folder at ${dir}: the installation is incomplete.`);
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const relativePath = path.join(folder, name, 'migration.sql');
      const sql = readFileSync(path.join(root, relativePath), 'utf8');
      return { name, relativePath, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * The files not yet applied. Rolled-back rows are ignored (so a fixed file is retried); an
 * applied file whose checksum changed, or a failed run nobody rolled back, stops everything.
 */
export function selectPending(files: MigrationFile[], rows: AppliedRow[]): MigrationFile[] {
  const live = rows.filter((r) => r.rolled_back_at === null);
  return files.filter((file) => {
    const mine = live.filter((r) => r.migration_name === file.name);
    const applied = mine.find((r) => r.finished_at !== null);
    if (applied && applied.checksum !== file.checksum) {
      throw new AppError(
        'migration_failed',
        `${file.relativePath} was changed after it was applied to this database (its checksum differs). ` +
          'Applied migrations must not be edited: restore the original file (e.g. `git checkout -- ' +
          `${file.relativePath}\`) and put the change in a new migration with \`npm run db:migration -- <name>\`.`,
      );
    }
    if (!applied && mine.length > 0) {
      throw new AppError(
        'migration_failed',
        `Migration ${file.name} is recorded as started but not finished (a failed \`prisma migrate deploy\`?). ` +
          'Check the database by hand, then mark it rolled back: UPDATE "_prisma_migrations" SET rolled_back_at = ' +
          `CURRENT_TIMESTAMP WHERE migration_name = '${file.name}' AND finished_at IS NULL; and run agendum migrate again.`,
      );
    }
    return !applied;
  });
}

/** The error for a migration whose SQL failed; its transaction was rolled back. */
export function migrationError(file: MigrationFile, cause: unknown): AppError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AppError(
    'migration_failed',
    `Migration ${file.relativePath} failed: ${reason}. Nothing from it was applied (rolled back); ` +
      'fix the cause and run `agendum migrate` again — it will be retried.',
    { cause },
  );
}
