/**
 * The runtime migration runner on real SQLite and (with TEST_DATABASE_URL) real PostgreSQL:
 * a fresh database gets every migration once, rows are recorded as Prisma records them,
 * edited or failing migrations are refused with errors that say what to do.
 */
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDbClient, type Db } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { AppError } from '../../src/errors.js';
import { createTempPgDatabase, createTestDb, createTestPgDb, TEST_DATABASE_URL } from '../helpers/test-db.js';

type Folder = 'sqlite' | 'postgres';
const REPO = path.resolve(import.meta.dirname, '..', '..');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

/** A copy of the package's migrations that a test may edit. */
async function copyMigrations(folder: Folder): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'agendum-migrations-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  await cp(path.join(REPO, 'prisma', folder, 'migrations'), path.join(root, 'prisma', folder, 'migrations'), {
    recursive: true,
  });
  return root;
}

async function addMigration(root: string, folder: Folder, name: string, sql: string): Promise<string> {
  const dir = path.join(root, 'prisma', folder, 'migrations', name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), sql);
  return path.join(dir, 'migration.sql');
}

function open(url: string): Db {
  const db = createDbClient(url);
  cleanups.push(() => db.$disconnect());
  return db;
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  logs: string | null;
  applied_steps_count: number | bigint;
}

const rowsOf = (db: Db) =>
  db.$queryRawUnsafe<MigrationRow[]>('SELECT * FROM "_prisma_migrations" ORDER BY "started_at"');

function describeRunner(folder: Folder, newUrl: () => Promise<string>, listTables: string): void {
  it('applies every migration once, then nothing', async () => {
    const url = await newUrl();
    const names = (await readdir(path.join(REPO, 'prisma', folder, 'migrations'), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(names.some((n) => n.endsWith('_init'))).toBe(true);
    expect(await migrateDatabase(url)).toEqual({ applied: names });
    expect(await migrateDatabase(url)).toEqual({ applied: [] });
  });

  it('creates the tables, records the migration like Prisma, and a Rep round-trips', async () => {
    const url = await newUrl();
    await migrateDatabase(url);
    const db = open(url);
    const tables = (await db.$queryRawUnsafe<{ name: string }[]>(listTables)).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['Rep', 'Meeting', 'Message', 'Step', '_prisma_migrations']),
    );

    const [row] = await rowsOf(db);
    const initSql = await readFile(
      path.join(REPO, 'prisma', folder, 'migrations', row?.migration_name ?? '', 'migration.sql'),
    );
    expect(row?.checksum).toBe(createHash('sha256').update(initSql).digest('hex'));
    expect(row?.finished_at).not.toBeNull();
    expect(row?.rolled_back_at).toBeNull();
    expect(Number(row?.applied_steps_count)).toBe(1);

    const created = await db.rep.create({
      data: {
        email: 'dana@northwind.example',
        name: 'Dana',
        timeZone: 'America/New_York',
        orgDomains: ['northwind.example'],
        businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
        ignoreRules: ['lunch'],
      },
    });
    const read = await db.rep.findUniqueOrThrow({ where: { email: 'dana@northwind.example' } });
    expect(read).toEqual(created);
    expect(read.orgDomains).toEqual(['northwind.example']);
    expect(read.approvalMode).toBe('approve');
    expect(read.createdAt).toBeInstanceOf(Date);
  });

  it('refuses a migration that was edited after it was applied, naming the file', async () => {
    const url = await newUrl();
    const root = await copyMigrations(folder);
    const [init] = (await migrateDatabase(url, { packageRoot: root })).applied;
    await appendFile(
      path.join(root, 'prisma', folder, 'migrations', init ?? '', 'migration.sql'),
      '\n-- edited\n',
    );

    const error = await rejection(migrateDatabase(url, { packageRoot: root }));
    expect(error.code).toBe('migration_failed');
    expect(error.message).toContain(path.join('prisma', folder, 'migrations', init ?? '', 'migration.sql'));
    expect(error.message).toContain('npm run db:migration');
  });

  it('rolls back a failing migration, records it as rolled back, and retries it once fixed', async () => {
    const url = await newUrl();
    const root = await copyMigrations(folder);
    const file = await addMigration(
      root,
      folder,
      '29990101000000_add_extra',
      'CREATE TABLE "Extra" ("id" INTEGER NOT NULL);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );
    const error = await rejection(migrateDatabase(url, { packageRoot: root }));
    expect(error.code).toBe('migration_failed');
    expect(error.message).toContain('29990101000000_add_extra');

    const db = open(url);
    const tables = (await db.$queryRawUnsafe<{ name: string }[]>(listTables)).map((t) => t.name);
    expect(tables).not.toContain('Extra');
    const failed = (await rowsOf(db)).find((r) => r.migration_name === '29990101000000_add_extra');
    expect(failed?.finished_at).toBeNull();
    expect(failed?.rolled_back_at).not.toBeNull();
    expect(failed?.logs).toContain('NoSuchTable');

    await writeFile(file, 'CREATE TABLE "Extra" ("id" INTEGER NOT NULL);\n');
    expect(await migrateDatabase(url, { packageRoot: root })).toEqual({
      applied: ['29990101000000_add_extra'],
    });
  });
}

describe('migrateDatabase on SQLite', () => {
  const newUrl = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-migrate-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return `file:${path.join(dir, 'nested', 'folder', 'agendum.db')}`; // parent folders do not exist yet
  };
  describeRunner('sqlite', newUrl, `SELECT name FROM sqlite_master WHERE type = 'table'`);

  it('keeps child rows when a migration redefines a parent table (foreign keys off during the rewrite)', async () => {
    const url = await newUrl();
    const root = await copyMigrations('sqlite');
    await migrateDatabase(url, { packageRoot: root });
    const db = open(url);
    const rep = await db.rep.create({
      data: {
        email: 'a@x.example',
        name: 'A',
        timeZone: 'UTC',
        orgDomains: [],
        businessHours: {},
        ignoreRules: [],
      },
    });
    await db.connection.create({ data: { repId: rep.id, provider: 'local' } });
    await db.$disconnect();

    // SQLite's table-rewrite pattern, as Prisma generates it for many ALTERs, on the Rep
    // table as the migrations left it.
    const sqlite = new Database(url.slice('file:'.length), { readonly: true });
    const { sql: createRep } = sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'Rep'`).get() as {
      sql: string;
    };
    sqlite.close();
    expect(createRep).not.toBe('');
    await addMigration(
      root,
      'sqlite',
      '29990101000000_redefine_rep',
      `${createRep.replace('"Rep"', '"new_Rep"')};
INSERT INTO "new_Rep" SELECT * FROM "Rep";
DROP TABLE "Rep";
ALTER TABLE "new_Rep" RENAME TO "Rep";
CREATE UNIQUE INDEX "Rep_email_key" ON "Rep"("email");
`,
    );
    expect((await migrateDatabase(url, { packageRoot: root })).applied).toEqual([
      '29990101000000_redefine_rep',
    ]);
    expect(await open(url).connection.count()).toBe(1);
  });

  it('refuses a migration that leaves rows pointing at nothing', async () => {
    const url = await newUrl();
    const root = await copyMigrations('sqlite');
    await addMigration(
      root,
      'sqlite',
      '29990101000000_orphan',
      `INSERT INTO "Connection" ("id", "repId", "provider", "updatedAt") VALUES ('c1', 'missing', 'local', 0);\n`,
    );
    const error = await rejection(migrateDatabase(url, { packageRoot: root }));
    expect(error.code).toBe('migration_failed');
    expect(error.message).toContain('foreign key');
    expect(await open(url).connection.count()).toBe(0);
  });
});

describe.skipIf(!TEST_DATABASE_URL)(
  'migrateDatabase on PostgreSQL (skipped: TEST_DATABASE_URL is not set)',
  () => {
    const newUrl = async () => {
      const temp = await createTempPgDatabase(TEST_DATABASE_URL ?? '');
      cleanups.push(() => temp.drop());
      return temp.url;
    };
    describeRunner('postgres', newUrl, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
  },
);

describe('test database helpers', () => {
  it('createTestDb gives a migrated SQLite database that cleanup removes', async () => {
    const t = await createTestDb();
    expect(await t.db.rep.count()).toBe(0);
    await t.cleanup();
    await expect(readdir(path.dirname(t.url.slice('file:'.length)))).rejects.toThrow();
  });

  it.skipIf(!TEST_DATABASE_URL)(
    'createTestPgDb gives a migrated PostgreSQL database that cleanup drops',
    async () => {
      const t = await createTestPgDb();
      expect(await t?.db.rep.count()).toBe(0);
      await t?.cleanup();
      await expect(migrateDatabase(t?.url ?? '')).rejects.toMatchObject({ code: 'database_unavailable' });
    },
  );
});
