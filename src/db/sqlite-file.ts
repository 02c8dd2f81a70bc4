/** The SQLite database file is private to the service's user (it holds prospects and links). */
import { closeSync, openSync } from 'node:fs';
import { PRIVATE_FILE_MODE, tightenModeSync } from '../security/private-files.js';

/**
 * Makes the database file owner-only before SQLite opens it: created 0600 when absent, an
 * existing one (and a -wal/-shm/-journal left by a crash or a running CLI) tightened.
 * SQLite creates -wal and -shm with the main file's mode, so new ones follow it.
 */
export function makeSqliteFilesPrivate(file: string): void {
  try {
    // An empty file is a valid new database to SQLite. 'wx': an existing one is not touched.
    closeSync(openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) tightenModeSync(`${file}${suffix}`);
}
