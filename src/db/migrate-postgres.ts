/** Applies pending migrations to PostgreSQL with pg, recording them as Prisma does. */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { AppError } from '../errors.js';
import { type AppliedRow, type MigrationFile, migrationError, selectPending } from './migration-files.js';

// Prisma Migrate's own advisory lock key, so we also serialize with `prisma migrate deploy`.
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's own definition, so `prisma migrate deploy` / `status` read our rows.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const INSERT_ROW = `INSERT INTO "_prisma_migrations"
  (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

async function readRows(client: pg.Client): Promise<AppliedRow[]> {
  const { rows } = await client.query<AppliedRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
  );
  return rows;
}

/** Runs one migration and its bookkeeping row in one transaction (PostgreSQL DDL is transactional). */
async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  const startedAt = new Date();
  await client.query('BEGIN');
  try {
    // No parameters: the simple query protocol runs the whole multi-statement file.
    await client.query(file.sql);
    await client.query(INSERT_ROW, [
      randomUUID(),
      file.checksum,
      new Date(),
      file.name,
      null,
      null,
      startedAt,
      1,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    const logs = error instanceof Error ? error.message : String(error);
    try {
      await client.query('ROLLBACK');
      // Recorded as rolled back (it was), so the fixed file is retried on the next run.
      await client.query(INSERT_ROW, [
        randomUUID(),
        file.checksum,
        null,
        file.name,
        logs,
        new Date(),
        startedAt,
        0,
      ]);
    } catch {
      // Connection lost: the original error is the one worth reporting.
    }
    throw migrationError(file, error);
  }
}

/** Applies the pending `files` to the PostgreSQL database at `url`, holding the advisory lock. */
export async function migratePostgres(url: string, files: MigrationFile[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (cause) {
    const where = new URL(url).host;
    throw new AppError(
      'database_unavailable',
      `Cannot connect to PostgreSQL at ${where}: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'Check DATABASE_URL and that the server is running.',
      { cause },
    );
  }
  try {
    // Concurrent instances starting together wait here instead of racing on the same DDL.
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const applied: string[] = [];
    for (const file of selectPending(files, await readRows(client))) {
      await applyOne(client, file);
      applied.push(file.name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
