// Decides whether `agendum` may run the compiled code in dist/ or must run the sources.
// dist/ is used only when dist/build-info.json records the fingerprint of the sources exactly
// as they are now, so a developer who edits src/ never runs stale code.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The package root: this file is bin/compiled-entry.js. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm run build` writes the fingerprint of the sources it compiled. */
export const BUILD_INFO = path.join('dist', 'build-info.json');

/** The compiled CLI, relative to the package root (tsconfig.build.json: rootDir ".", outDir "dist"). */
const COMPILED_CLI = path.join('dist', 'src', 'cli.js');

/** Everything the build reads: the sources, the generated Prisma clients they import, the compiler options. */
const INPUT_DIRS = ['src', 'generated'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json'];

function filesUnder(root, dir) {
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/**
 * sha256 over the path and content of every build input, sorted. Content rather than mtimes:
 * a checkout, copy or `touch` that keeps or resets mtimes can neither hide an edit nor
 * invalidate an unchanged tree. About 20 ms for the ~350 files today.
 */
export function sourceFingerprint(root = PACKAGE_ROOT) {
  const files = [...INPUT_DIRS.flatMap((dir) => filesUnder(root, dir)), ...INPUT_FILES].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The fingerprint dist/ was built from, or null when there is no complete build. */
export function builtFingerprint(root = PACKAGE_ROOT) {
  try {
    return JSON.parse(readFileSync(path.join(root, BUILD_INFO), 'utf8')).fingerprint ?? null;
  } catch {
    return null;
  }
}

/**
 * Which entry to load: the compiled CLI when dist/ is current, otherwise the sources
 * (`missing`: never built or the build failed; `stale`: src/ changed since the build).
 */
export function chooseEntry(root = PACKAGE_ROOT) {
  const built = builtFingerprint(root);
  if (built !== null && built === sourceFingerprint(root)) {
    return { kind: 'dist', url: pathToFileURL(path.join(root, COMPILED_CLI)).href, file: COMPILED_CLI };
  }
  const file = path.join('src', 'cli.ts');
  return { kind: built === null ? 'missing' : 'stale', url: pathToFileURL(path.join(root, file)).href, file };
}
