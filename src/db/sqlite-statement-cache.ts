/**
 * Prepared statements reused across queries for Prisma's better-sqlite3 adapter. The
 * adapter prepares every statement anew (`db.prepare(sql).bind(args)`), and compiling SQL
 * was about a tenth of the CPU of a calendar change's whole path; Prisma sends the same
 * few hundred statements over and over. The adapter's connection is wrapped so `prepare`
 * answers from a bounded cache; better-sqlite3 binds parameters for good on `bind`, so a
 * cached statement gets its arguments at each run instead.
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type Database from 'better-sqlite3';

/** Distinct statements kept; `IN (?, ?, …)` lists of every length make the set open-ended. */
const CACHE_SIZE = 500;

type Statement = Database.Statement<unknown[]>;

/** What the adapter uses of a bound statement, with the arguments applied at each call. */
function bound(stmt: Statement, args: unknown[]) {
  return {
    reader: stmt.reader,
    columns: () => stmt.columns(),
    run: () => stmt.run(args),
    raw: () => ({ all: () => stmt.raw(true).all(args) }),
  };
}

function cachedPrepare(db: Database.Database) {
  const cache = new Map<string, Statement>();
  return (sql: string) => {
    let stmt = cache.get(sql);
    if (stmt) {
      // Least recently used goes first: re-insert on every hit.
      cache.delete(sql);
    } else {
      stmt = db.prepare(sql);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, stmt);
    const s = stmt;
    return { reader: s.reader, run: () => s.run(), bind: (args: unknown[]) => bound(s, args) };
  };
}

/** `db` with a caching `prepare`; everything else is the database itself. */
function withStatementCache(db: Database.Database): Database.Database {
  const prepare = cachedPrepare(db);
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The adapter factory, with its connection's statements cached. */
export class CachingSqliteAdapter extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    // `client` is the adapter's better-sqlite3 connection (a public field of its class).
    const queryable = adapter as unknown as { client: Database.Database };
    queryable.client = withStatementCache(queryable.client);
    return adapter;
  }
}
