/**
 * The Prisma client factory: SQLite (embedded default) or PostgreSQL (production), chosen by
 * the URL. Both generated clients have the same models; the rest of the code sees one type.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import Database from 'better-sqlite3';
import { PrismaClient as PostgresClient } from '../../generated/postgres/client.js';
import { PrismaClient as SqliteClient } from '../../generated/sqlite/client.js';
import { PRIVATE_DIR_MODE } from '../security/private-files.js';
import { dialectOf, sqliteFileOf } from './dialect.js';
import { SQLITE_BUSY_TIMEOUT_MS } from './migrate-sqlite.js';
import { makeSqliteFilesPrivate } from './sqlite-file.js';
import { CachingSqliteAdapter } from './sqlite-statement-cache.js';

export { type Dialect, dialectOf } from './dialect.js';

/**
 * The database client. Typed as the SQLite client on purpose: an option or filter only
 * PostgreSQL supports (e.g. `mode: 'insensitive'`) is then a compile error, not a SQLite
 * runtime failure.
 */
export type Db = SqliteClient;

function createSqliteClient(url: string): Db {
  const file = sqliteFileOf(url);
  // Only a folder made here is made private: the file may live in a shared one (/var/lib).
  mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
  makeSqliteFilesPrivate(file);
  // WAL lets the CLI read while the service writes. The mode is persistent in the file, so
  // setting it once here (synchronously, before Prisma opens it) covers every connection.
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  return new SqliteClient({
    adapter: new CachingSqliteAdapter({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }),
  });
}

/**
 * Opens a client for `databaseUrl` (`file:…` → SQLite, relative paths from the cwd;
 * `postgresql://…` → PostgreSQL). Connects lazily; call `$disconnect()` when done.
 */
export function createDbClient(databaseUrl: string): Db {
  if (dialectOf(databaseUrl) === 'sqlite') return createSqliteClient(databaseUrl);
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  // Same models and query API; only the provider differs. See the note on `Db`.
  return client as unknown as Db;
}
