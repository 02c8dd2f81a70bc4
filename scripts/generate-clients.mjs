#!/usr/bin/env node
// Writes both derived schemas and generates both Prisma clients into generated/ (gitignored).
// Runs on every `npm install` (postinstall), so it must work offline with no env vars, stay
// quiet, and be fast: a client whose inputs did not change is not regenerated.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DIALECTS, ROOT, writeSchemas } from './generate-schemas.mjs';

const require = createRequire(import.meta.url);
/** Where the prisma CLI's package.json is; it is a devDependency, so a production install may lack it. */
function findPrisma() {
  try {
    return require.resolve('prisma/package.json');
  } catch {
    console.error(
      'agendum: cannot generate the Prisma clients: the `prisma` package is not installed ' +
        '(an install without devDependencies?). Install with devDependencies, generate, then prune.',
    );
    process.exit(1);
  }
}

const prismaPkg = findPrisma();
const prismaCli = path.join(path.dirname(prismaPkg), 'build', 'index.js');
const STAMP = '.inputs-sha256';

/** Hash of everything the generated client depends on. */
function inputsHash(schema) {
  const clientVersion = JSON.parse(
    readFileSync(require.resolve('@prisma/client/package.json'), 'utf8'),
  ).version;
  const cliVersion = JSON.parse(readFileSync(prismaPkg, 'utf8')).version;
  return createHash('sha256').update(`${schema}\n${clientVersion}\n${cliVersion}`).digest('hex');
}

function isCurrent(dialect, hash) {
  const dir = path.join(ROOT, 'generated', dialect);
  if (!existsSync(path.join(dir, 'client.ts'))) return false;
  try {
    return readFileSync(path.join(dir, STAMP), 'utf8') === hash;
  } catch {
    return false;
  }
}

/** Runs `prisma generate` for one dialect; output is shown only when it fails. */
function generate(dialect) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, 'generate'], {
      cwd: ROOT,
      env: {
        ...process.env,
        AGENDUM_PRISMA_DIALECT: dialect,
        // No telemetry or update check: both are network calls and noise.
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`prisma generate (${dialect}) failed with exit code ${code}:\n${output}`));
    });
  });
}

const schemas = writeSchemas();
const started = Date.now();
const pending = Object.keys(DIALECTS)
  .map((dialect) => ({ dialect, hash: inputsHash(schemas[dialect]) }))
  .filter(({ dialect, hash }) => !isCurrent(dialect, hash));

try {
  await Promise.all(
    pending.map(async ({ dialect, hash }) => {
      await generate(dialect);
      writeFileSync(path.join(ROOT, 'generated', dialect, STAMP), hash);
    }),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (pending.length > 0) {
  const names = pending.map((p) => p.dialect).join(' + ');
  console.log(`agendum: generated Prisma clients (${names}) in ${Date.now() - started} ms`);
}
