/**
 * Everything under DATA_DIR is private to the service's user: the database, the secret key,
 * calendars and mail hold prospects' names and action links. Files are created 0600 and
 * folders 0700 explicitly, never by changing the process umask (that is global, and would
 * change files other libraries create). What an older version left looser is tightened.
 */
import { chmodSync, statSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';

/** Owner read/write only. */
export const PRIVATE_FILE_MODE = 0o600;
/** Owner only. */
export const PRIVATE_DIR_MODE = 0o700;

// Group and other bits: any of them set means the path is readable beyond its owner.
const SHARED_BITS = 0o077;

/** The mode with group/other removed, or null when it is already owner-only. */
function tightened(mode: number): number | null {
  return mode & SHARED_BITS ? mode & 0o700 : null;
}

// A missing path has nothing to tighten. EPERM: another user owns it (a CLI run by someone
// else); its owner's next start tightens it. EROFS: a read-only mount cannot change, and
// refusing to start over it would help no one.
const IGNORED_CODES = new Set(['ENOENT', 'EPERM', 'EROFS']);

function ignorable(err: unknown): boolean {
  return IGNORED_CODES.has((err as NodeJS.ErrnoException).code ?? '');
}

/** Removes group/other access from `target` if it exists; never loosens, never creates. */
export async function tightenMode(target: string): Promise<void> {
  try {
    const mode = tightened((await stat(target)).mode & 0o777);
    if (mode !== null) await chmod(target, mode);
  } catch (err) {
    if (!ignorable(err)) throw err;
  }
}

/** `tightenMode`, synchronously (for code that must finish before a library opens the file). */
export function tightenModeSync(target: string): void {
  try {
    const mode = tightened(statSync(target).mode & 0o777);
    if (mode !== null) chmodSync(target, mode);
  } catch (err) {
    if (!ignorable(err)) throw err;
  }
}

/** Creates `dir` and any missing parents owner-only, and tightens `dir` if it already existed. */
export async function makePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await tightenMode(dir);
}
