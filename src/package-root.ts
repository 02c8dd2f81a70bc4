/**
 * The package root (where package.json, templates/, examples/ and prisma/ live), from this
 * file's location rather than the cwd. The sources run from src/ and the build from
 * dist/src/, so it is the nearest folder up that holds package.json.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`No package.json above ${from}: the installation is incomplete.`);
  }
}

/** The package root, independent of the cwd and of running from src/ or dist/. */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
