/** Which database a DATABASE_URL points at, and where a SQLite URL's file lives. */
import path from 'node:path';
import { AppError } from '../errors.js';

/** The two supported databases. */
export type Dialect = 'sqlite' | 'postgresql';

/** `file:` → SQLite, `postgres://` / `postgresql://` → PostgreSQL; anything else is a config error. */
export function dialectOf(url: string): Dialect {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new AppError(
    'config_invalid',
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(':')[0]}:…".`,
  );
}

/** Folder name of a dialect under prisma/ (Prisma's provider is `postgresql`, the folder `postgres`). */
export function migrationsFolderOf(dialect: Dialect): 'sqlite' | 'postgres' {
  return dialect === 'sqlite' ? 'sqlite' : 'postgres';
}

/**
 * Absolute path of a SQLite `file:` URL. Relative paths resolve against the cwd (unlike
 * Prisma's schema-relative rule) because agendum has no schema file at run time. A query
 * string (`?connection_limit=1`) is ignored.
 */
export function sqliteFileOf(url: string, cwd: string = process.cwd()): string {
  let file = url.slice('file:'.length).split('?')[0] ?? '';
  if (file.startsWith('//')) file = new URL(url).pathname; // file:///abs/path form
  if (file === '') {
    throw new AppError('config_invalid', 'DATABASE_URL "file:" needs a path, e.g. file:./data/agendum.db');
  }
  return path.resolve(cwd, decodeURIComponent(file));
}
