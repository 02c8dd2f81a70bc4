/**
 * Database statements this process sends, counted where both drivers take them: every
 * statement of Prisma's better-sqlite3 adapter is a better-sqlite3 `Statement` run (BEGIN
 * and COMMIT included), every PostgreSQL one a `pg` `Client#query` (Prisma's adapter and
 * graphile-worker alike). A count does not depend on how busy the machine is.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

let statements = 0;
let installed = false;

/** Starts counting (once per process); returns the count so far. */
export function statementCount(): number {
  if (!installed) {
    installed = true;
    // At execution, not at `prepare`: agendum's adapter reuses prepared statements.
    const probe = new Database(':memory:');
    const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, unknown>;
    probe.close();
    for (const method of ['run', 'all', 'get', 'iterate']) {
      const original = statement[method] as (...a: unknown[]) => unknown;
      statement[method] = function (this: unknown, ...args: unknown[]) {
        statements++;
        return original.apply(this, args);
      };
    }
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
  }
  return statements;
}
