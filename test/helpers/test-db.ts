/**
 * Fresh, migrated databases for integration tests: SQLite in a temp folder (always), and a
 * uniquely named PostgreSQL database on TEST_DATABASE_URL's server (when it is set).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDbClient, type Db } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';

/** A migrated database, its URL, and how to remove it. */
export interface TestDb {
  db: Db;
  url: string;
  cleanup(): Promise<void>;
}

/** The PostgreSQL server tests may use, or undefined (then PostgreSQL tests skip). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** Creates a fresh SQLite database in a temp folder with every migration applied. */
export async function createTestDb(): Promise<TestDb> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-db-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  await migrateDatabase(url);
  const db = createDbClient(url);
  return {
    db,
    url,
    async cleanup() {
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function runOn(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty, uniquely named database on the server of `baseUrl` (not migrated);
 * `drop()` removes it even if connections are still open.
 */
export async function createTempPgDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `agendum_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runOn(baseUrl, `CREATE DATABASE "${name}"`);
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: () => runOn(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** Like createTestDb, on a fresh PostgreSQL database; null when TEST_DATABASE_URL is unset. */
export async function createTestPgDb(): Promise<TestDb | null> {
  if (!TEST_DATABASE_URL) return null;
  const temp = await createTempPgDatabase(TEST_DATABASE_URL);
  try {
    await migrateDatabase(temp.url);
  } catch (error) {
    await temp.drop();
    throw error;
  }
  const db = createDbClient(temp.url);
  return {
    db,
    url: temp.url,
    async cleanup() {
      await db.$disconnect();
      await temp.drop();
    },
  };
}
