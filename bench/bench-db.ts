/**
 * The databases a bench scenario runs on: SQLite in a temp folder, or a fresh PostgreSQL
 * database on BENCH_DATABASE_URL's server (default: the local `postgres` server), dropped
 * afterwards. Each scenario gets its own, so no figure depends on what ran before it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Config, loadConfig } from '../src/config.js';
import type { GoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { googleEnv } from '../test/helpers/google-service.js';
import { createTempPgDatabase } from '../test/helpers/test-db.js';

export type DbKind = 'sqlite' | 'postgres';

/** The PostgreSQL server temp databases are made on. */
export const PG_SERVER_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

/** A scenario's data folder and database URL, and how to remove both. */
export interface BenchDb {
  kind: DbKind;
  dataDir: string;
  /** DATABASE_URL for loadConfig: unset for SQLite (the embedded default under DATA_DIR). */
  env: Record<string, string>;
  remove(): Promise<void>;
}

/** Whether the PostgreSQL server answers; the PostgreSQL column is skipped when it does not. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A fresh data folder, and for PostgreSQL a fresh empty database (the service migrates it). */
export async function createBenchDb(kind: DbKind): Promise<BenchDb> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `agendum-bench-${kind}-`));
  if (kind === 'sqlite') {
    return { kind, dataDir, env: {}, remove: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const temp = await createTempPgDatabase(PG_SERVER_URL);
  return {
    kind,
    dataDir,
    env: { DATABASE_URL: temp.url },
    async remove() {
      await temp.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The configuration of a service under bench: on `db`, against `emu`, serving on `port`
 * with push channels pointing back at it, quiet logs; `env` overrides.
 */
export function benchServiceConfig(
  db: BenchDb,
  emu: GoogleEmulator,
  port: number,
  env: Record<string, string> = {},
): Config {
  return loadConfig({
    DATA_DIR: db.dataDir,
    AGENDUM_DEMO: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'error',
    ...googleEnv(emu),
    ...db.env,
    ...env,
  });
}
