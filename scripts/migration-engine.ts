/**
 * Drives Prisma's wasm schema engine (the native one cannot be downloaded offline) to diff a
 * migrations folder against the models. Used by create-migration.ts only, never at run time.
 * Each adapter workaround below says why it exists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

/** Dialect folder names under prisma/. */
export type Dialect = 'sqlite' | 'postgres';

let loaded = false;

/** Instantiates the wasm module once per process (its ESM entry imports .wasm, which Node 20 cannot). */
function loadWasm(): void {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  const bgJs = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = readFileSync(path.join(path.dirname(bgJs), 'schema_engine_bg.wasm'));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  loaded = true;
}

/**
 * SQLite: the engine replays whole multi-statement migration files through `executeRaw`,
 * which better-sqlite3's `prepare` rejects (P3006); run parameterless ones as scripts.
 */
function sqliteFactory(): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url: ':memory:' });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const shadow = await connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await shadow.executeScript(query.sql);
      return 0;
    };
    return shadow;
  };
  return factory;
}

/** Returns `url` pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const patchedOid = Symbol('agendum.oid18');

/** adapter-pg 7.10.1 cannot deserialize PostgreSQL's internal "char" type (OID 18): read it as text. */
function patchCharOid(adapter: SqlDriverAdapter): void {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, 'performIO')) proto = Object.getPrototypeOf(proto);
  if (!proto || proto[patchedOid]) return;
  const performIO = proto.performIO;
  proto.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  proto[patchedOid] = true;
}

/** Runs one statement on `url` with a short-lived client (CREATE/DROP DATABASE cannot run in a pool tx). */
async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL: PrismaPg's own connectToShadowDb keeps the connection string, which overrides
 * the shadow database name, so the replay would run against the main database. Create a
 * uniquely named shadow ourselves; `cleanup` drops any the engine did not dispose.
 */
function postgresFactory(adminUrl: string): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  cleanup(): Promise<void>;
} {
  const factory = new PrismaPg({ connectionString: adminUrl });
  const live = new Set<string>();
  const mains: SqlDriverAdapter[] = [];
  const drop = async (name: string) => {
    live.delete(name);
    await runAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    patchCharOid(adapter);
    mains.push(adapter); // the engine never disposes it, and its idle pool keeps Node alive
    return adapter;
  };
  factory.connectToShadowDb = async () => {
    const name = `agendum_shadow_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    await runAdmin(adminUrl, `CREATE DATABASE "${name}"`);
    live.add(name);
    const adapter = await new PrismaPg({ connectionString: withDatabase(adminUrl, name) }).connect();
    patchCharOid(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose(); // close the pool first: a database with open sessions cannot be dropped
      await drop(name);
    };
    return adapter;
  };
  const cleanup = async () => {
    await Promise.all(mains.splice(0).map((a) => a.dispose()));
    await Promise.all([...live].map(drop));
  };
  return { factory, cleanup };
}

/** The diff of one dialect: the SQL of the next migration, or null when the folder is up to date. */
export interface DialectDiff {
  dialect: Dialect;
  sql: string | null;
}

/**
 * Diffs `migrations` (replayed on a shadow database) against `schema`. For PostgreSQL the
 * shadow is created on the server at `postgresAdminUrl`.
 */
export async function diffMigrations(opts: {
  dialect: Dialect;
  schema: string;
  schemaPath: string;
  migrations: MigrationList | null;
  postgresAdminUrl: string;
}): Promise<DialectDiff> {
  loadWasm();
  const { factory, cleanup } =
    opts.dialect === 'sqlite'
      ? { factory: sqliteFactory(), cleanup: async () => {} }
      : postgresFactory(opts.postgresAdminUrl);
  const logs: string[] = [];
  let engine: SchemaEngine | undefined;
  try {
    engine = await bg.SchemaEngine.new(
      { datamodels: [[opts.schemaPath, opts.schema]] },
      (line: string) => logs.push(line),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    const result = await engine.diff({
      from: opts.migrations ? { tag: 'migrations', ...opts.migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: opts.schemaPath, content: opts.schema }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return { dialect: opts.dialect, sql: result.exitCode === 2 ? (result.stdout ?? '') : null };
  } catch (error) {
    throw new Error(`${opts.dialect}: the schema engine failed: ${describeEngineError(error)}`, {
      cause: error,
    });
  } finally {
    engine?.free();
    await cleanup();
  }
}

function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) return JSON.stringify(error);
  return String(error);
}
