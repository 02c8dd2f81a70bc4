#!/usr/bin/env node
// `npm run build`: compiles src/ and the generated Prisma clients it imports to dist/ with tsc
// (tsconfig.build.json), then writes dist/build-info.json with the fingerprint of the sources
// it compiled; bin/agendum.js runs dist/ only while that fingerprint still matches.
//
// `--postinstall` (npm install): skips a build that is already current, and a failed build
// prints one line and exits 0, so the install still works and agendum runs the sources.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BUILD_INFO, builtFingerprint, PACKAGE_ROOT, sourceFingerprint } from '../bin/compiled-entry.js';

const postinstall = process.argv.includes('--postinstall');
const dist = path.join(PACKAGE_ROOT, 'dist');

/** Fails the build; at postinstall, says so in one line and lets npm install succeed. */
function fail(reason) {
  rmSync(dist, { recursive: true, force: true });
  if (postinstall) {
    console.error(`agendum: ${reason}; agendum will run the sources through tsx (npm run build shows why).`);
    process.exit(0);
  }
  console.error(`agendum: ${reason}.`);
  process.exit(1);
}

function tscPath() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return fail(
      'cannot build dist/: the `typescript` package is not installed (an install without devDependencies?)',
    );
  }
}

// Taken before compiling: a file edited during the build leaves dist/ stale, never wrongly current.
const fingerprint = sourceFingerprint();
if (postinstall && builtFingerprint() === fingerprint) process.exit(0);

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [tscPath(), '-p', 'tsconfig.build.json'], {
  cwd: PACKAGE_ROOT,
  // tsc prints its errors on stdout; at postinstall they would bury the one line that matters.
  stdio: postinstall ? 'ignore' : 'inherit',
});
if (tsc.status !== 0) fail(`the build failed (tsc exit code ${tsc.status ?? tsc.signal})`);

// tsc emits only TypeScript; any other file under src/ (none today) is copied beside it.
mkdirSync(path.join(dist, 'src'), { recursive: true });
cpSync(path.join(PACKAGE_ROOT, 'src'), path.join(dist, 'src'), {
  recursive: true,
  filter: (file) => !file.endsWith('.ts'),
});
writeFileSync(
  path.join(PACKAGE_ROOT, BUILD_INFO),
  `${JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }, null, 2)}\n`,
);
console.log(`agendum: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
