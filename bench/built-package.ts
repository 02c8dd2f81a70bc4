/**
 * The built output to measure. When dist/ matches the sources it is used as it is;
 * otherwise the sources as they are now are copied to a temp folder (node_modules linked)
 * and built there with `npm run build`'s script, so a bench never rebuilds or deletes the
 * working tree's dist/ while someone edits src/. The copy is kept per source fingerprint,
 * so the next run with the same sources skips the build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error bin/ is plain JavaScript, without type declarations
import * as compiledEntry from '../bin/compiled-entry.js';

const { chooseEntry, PACKAGE_ROOT, sourceFingerprint } = compiledEntry as {
  chooseEntry(root?: string): { kind: 'dist' | 'stale' | 'missing' };
  PACKAGE_ROOT: string;
  sourceFingerprint(root?: string): string;
};

/** What a build reads and what `agendum start` loads at run time. */
const PACKAGE_FILES = [
  'bin',
  'src',
  'generated',
  'templates',
  'prisma',
  'examples',
  'scripts',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
];

export interface BuiltPackage {
  /** The package root to run `bin/agendum.js` from. */
  root: string;
  /** `dist` (the working tree's build), `dist (snapshot)` (a copy built here), or `tsx` when the build failed. */
  entry: string;
}

/** The package root whose `agendum start` runs compiled code, building a snapshot when needed. */
export function builtPackage(): BuiltPackage {
  if (chooseEntry().kind === 'dist') return { root: PACKAGE_ROOT, entry: 'dist' };
  const root = path.join(os.tmpdir(), `agendum-bench-build-${sourceFingerprint().slice(0, 16)}`);
  if (!existsSync(root)) {
    mkdirSync(root, { recursive: true });
    for (const item of PACKAGE_FILES) {
      if (existsSync(path.join(PACKAGE_ROOT, item)))
        cpSync(path.join(PACKAGE_ROOT, item), path.join(root, item), { recursive: true });
    }
    symlinkSync(path.join(PACKAGE_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  }
  if (chooseEntry(root).kind !== 'dist') {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
      cwd: root,
      encoding: 'utf8',
    });
    if (build.status !== 0) console.error(`bench: the build failed, measuring the sources:\n${build.stderr}`);
  }
  return chooseEntry(root).kind === 'dist'
    ? { root, entry: 'dist (snapshot)' }
    : { root: PACKAGE_ROOT, entry: 'tsx' };
}
