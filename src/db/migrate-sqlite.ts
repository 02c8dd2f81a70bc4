/** Applies pending migrations to a SQLite file with better-sqlite3, recording them as Prisma does. */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { PRIVATE_DIR_MODE } from '../security/private-files.js';
import { type AppliedRow, type MigrationFile, migrationError, selectPending } from './migration-files.js';
import { makeSqliteFilesPrivate } from './sqlite-file.js';

/** Milliseconds a writer waits for another process's lock (the service and the CLI share the file). */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

// Prisma's own definition, so `prisma migrate deploy` / `status` read our rows.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const INSERT_ROW = `INSERT INTO "_prisma_migrations"
  (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

function readRows(db: Database.Database): AppliedRow[] {
  return db
    .prepare('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"')
    .all() as AppliedRow[];
}

/**
 * Runs one migration in its own transaction. Foreign keys go off *before* BEGIN (the pragma
 * is a no-op inside a transaction): SQLite rewrites whole tables for many ALTERs, and with
 * them on, the DROP of the old table would cascade-delete every child row. The integrity
 * that skipping them risks is checked before COMMIT instead.
 */
function applyOne(db: Database.Database, file: MigrationFile): boolean {
  db.pragma('foreign_keys = OFF');
  try {
    // IMMEDIATE takes the write lock now, so a concurrent runner waits here, then sees our row.
    db.exec('BEGIN IMMEDIATE');
    try {
      if (selectPending([file], readRows(db)).length === 0) {
        db.exec('COMMIT');
        return false;
      }
      const startedAt = new Date().toISOString();
      db.exec(file.sql);
      const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (broken.length > 0) {
        const first = broken[0];
        throw new Error(
          `${broken.length} row(s) violate foreign keys (first: ${first?.table} → ${first?.parent})`,
        );
      }
      const finishedAt = new Date().toISOString();
      db.prepare(INSERT_ROW).run(
        randomUUID(),
        file.checksum,
        finishedAt,
        file.name,
        null,
        null,
        startedAt,
        1,
      );
      db.exec('COMMIT');
      return true;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

/** Records a failed attempt as rolled back (its transaction was), so the fixed file is retried. */
function recordFailure(db: Database.Database, file: MigrationFile, error: unknown): void {
  const now = new Date().toISOString();
  const logs = error instanceof Error ? error.message : String(error);
  db.prepare(INSERT_ROW).run(randomUUID(), file.checksum, null, file.name, logs, now, now, 0);
}

/** Applies the pending `files` to the SQLite database at `file`, creating its folder. */
export function migrateSqlite(dbFile: string, files: MigrationFile[]): string[] {
  let db: Database.Database;
  try {
    mkdirSync(path.dirname(dbFile), { recursive: true, mode: PRIVATE_DIR_MODE });
    // Migrations open the file first on a fresh install: it must be born private.
    makeSqliteFilesPrivate(dbFile);
    db = new Database(dbFile, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  } catch (cause) {
    throw new AppError(
      'database_unavailable',
      `Cannot open the SQLite database ${dbFile}: ${String(cause)}`,
      {
        cause,
      },
    );
  }
  try {
    // WAL lets the CLI read while the service writes; the mode is stored in the file.
    db.pragma('journal_mode = WAL');
    db.exec(CREATE_TABLE);
    const applied: string[] = [];
    for (const file of selectPending(files, readRows(db))) {
      try {
        if (applyOne(db, file)) applied.push(file.name);
      } catch (error) {
        if (error instanceof AppError) throw error;
        try {
          recordFailure(db, file, error);
        } catch {
          // Still locked or unwritable: the original error is the one worth reporting.
        }
        throw migrationError(file, error);
      }
    }
    return applied;
  } finally {
    db.close();
  }
}
