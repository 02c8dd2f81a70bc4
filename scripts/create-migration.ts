/**
 * Creates the next migration for both dialects from prisma/models.prisma, with one shared
 * timestamp (like `prisma migrate dev --create-only`, which needs the unavailable native
 * engine). `--check` exits 1 when either dialect's migrations lag the models (CI).
 *
 *   npx tsx scripts/create-migration.ts <name>
 *   npx tsx scripts/create-migration.ts --check
 *
 * The PostgreSQL shadow database is created on TEST_DATABASE_URL's server (default
 * postgresql://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { DIALECTS, ROOT, schemaPath, writeSchemas } from './generate-schemas.mjs';
import { type Dialect, diffMigrations, withDatabase } from './migration-engine.js';

const ALL: Dialect[] = ['sqlite', 'postgres'];

function migrationsDir(dialect: Dialect): string {
  return path.join(ROOT, 'prisma', dialect, 'migrations');
}

/** Folder names of a dialect's migrations, oldest first. */
function migrationNames(dialect: Dialect): string[] {
  const dir = migrationsDir(dialect);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort();
}

/** The migrations folder in the shape the schema engine reads, or null when there is none yet. */
function loadMigrationList(dialect: Dialect): MigrationList | null {
  const baseDir = migrationsDir(dialect);
  const names = migrationNames(dialect);
  if (names.length === 0) return null;
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  return {
    baseDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** Diffs both dialects (in sequence: the wasm engine is a single instance). */
async function diffBoth(): Promise<Map<Dialect, string | null>> {
  const schemas = writeSchemas();
  const base = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const out = new Map<Dialect, string | null>();
  for (const dialect of ALL) {
    const { sql } = await diffMigrations({
      dialect,
      schema: schemas[dialect],
      schemaPath: schemaPath(dialect),
      migrations: loadMigrationList(dialect),
      postgresAdminUrl: withDatabase(base, 'postgres'),
    }).catch((error: Error) => {
      if (dialect !== 'postgres') throw error;
      const hint = `The PostgreSQL shadow database is created on ${new URL(base).host} (set TEST_DATABASE_URL to use another server).`;
      throw new Error(`${error.message}\n${hint}`, { cause: error });
    });
    out.set(dialect, sql);
  }
  return out;
}

/** UTC YYYYMMDDHHMMSS, Prisma's migration folder prefix. */
function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

async function check(): Promise<number> {
  const problems: string[] = [];
  const [sqliteNames, pgNames] = ALL.map(migrationNames);
  if (JSON.stringify(sqliteNames) !== JSON.stringify(pgNames)) {
    problems.push('prisma/sqlite/migrations and prisma/postgres/migrations hold different folders');
  }
  for (const [dialect, sql] of await diffBoth()) {
    if (sql !== null) problems.push(`prisma/${dialect}/migrations lag prisma/models.prisma`);
  }
  if (problems.length === 0) {
    console.log('Migrations are up to date with prisma/models.prisma (sqlite + postgres).');
    return 0;
  }
  console.error(`${problems.map((p) => `- ${p}`).join('\n')}\nRun: npm run db:migration -- <name>`);
  return 1;
}

async function create(rawName: string): Promise<number> {
  const name = slugify(rawName);
  if (!name) {
    console.error('Usage: npm run db:migration -- <name>   (e.g. add_contact_title)');
    return 2;
  }
  const diffs = await diffBoth();
  if ([...diffs.values()].every((sql) => sql === null)) {
    console.log('No changes: the migrations already match prisma/models.prisma.');
    return 0;
  }
  const folder = `${timestamp(new Date())}_${name}`;
  for (const [dialect, sql] of diffs) {
    const dir = path.join(migrationsDir(dialect), folder);
    mkdirSync(dir, { recursive: true });
    // Keep the dialects paired even when only one changed (e.g. a SQLite-only rewrite).
    writeFileSync(path.join(dir, 'migration.sql'), sql ?? '-- This is an empty migration.\n');
    writeFileSync(
      path.join(migrationsDir(dialect), 'migration_lock.toml'),
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n' +
        `provider = "${DIALECTS[dialect]}"\n`,
    );
    console.log(`Created prisma/${dialect}/migrations/${folder}/migration.sql`);
  }
  return 0;
}

const args = process.argv.slice(2);
try {
  process.exitCode = args.includes('--check') ? await check() : await create(args.join('_'));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
