/**
 * `npm run build` and what `agendum` then runs: the compiled code in dist/ while it was built
 * from the sources as they are, the sources through tsx as soon as one of them changes. The
 * build runs in a temporary copy of the package, so the working tree's own dist/ is untouched.
 */
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCOVERY_EVENT } from '../helpers/discovery-event.js';
import { CLI_TEST_TIMEOUT_MS, ROOT, runCli } from '../helpers/spawn-cli.js';

/** tsc over the whole tree takes 30–60 s on 2 cores; the bound only stops a hung build. */
const BUILD_TIMEOUT_MS = 600_000;
/** What the package needs at run time and for the build; node_modules is linked, not copied. */
const PACKAGE_PARTS = [
  'bin',
  'scripts',
  'src',
  'generated',
  'templates',
  'examples',
  'prisma',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
];
/** bin/agendum.js prints the entry it loads when this is set: `agendum: entry <kind> <file>`. */
const DEBUG = { AGENDUM_DEBUG_ENTRY: '1' };
const EVENT = JSON.stringify({ ...DISCOVERY_EVENT, id: 'evt-build' });

let copy: string;
let dataDir: string;
let build: { code: number | null; output: string };

function runBuild(root: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const entryOf = (stderr: string) => /^agendum: entry (\S+) (\S+)$/m.exec(stderr)?.slice(1, 3);

beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), 'agendum-build-'));
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-build-data-'));
  for (const part of PACKAGE_PARTS)
    await cp(path.join(ROOT, part), path.join(copy, part), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  build = await runBuild(copy);
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await rm(copy, { recursive: true, force: true, maxRetries: 5 });
  await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
});

describe('agendum after npm run build', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('builds dist/ and records what it was built from', async () => {
    expect(build.output).toMatch(/built dist\/ in/);
    expect(build.code).toBe(0);
    const info = JSON.parse(await readFile(path.join(copy, 'dist/build-info.json'), 'utf8'));
    expect(info.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('runs the compiled code, which finds the migrations, templates and Prisma client from dist/', async () => {
    const help = await runCli(['help'], DEBUG, undefined, copy);
    expect(entryOf(help.stderr)).toEqual(['dist', path.join('dist', 'src', 'cli.js')]);
    expect(help.stdout).toContain('Usage: agendum <command>');

    const migrate = await runCli(['migrate'], { ...DEBUG, DATA_DIR: dataDir }, undefined, copy);
    expect(entryOf(migrate.stderr)?.[0]).toBe('dist');
    expect(migrate.stdout).toMatch(/^Applied: \d+_init/);
    expect(migrate.code).toBe(0);

    const render = await runCli(['render', '--event', '-'], { ...DEBUG, DATA_DIR: dataDir }, EVENT, copy);
    expect(entryOf(render.stderr)?.[0]).toBe('dist');
    expect(render.code).toBe(0);
    expect((await simpleParser(render.stdout)).subject).toContain('Acme Robotics');
  });

  it('keeps running dist/ when a source file is only touched, not changed', async () => {
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(copy, 'src', 'cli.ts'), later, later);
    const res = await runCli(['help'], DEBUG, undefined, copy);
    expect(entryOf(res.stderr)?.[0]).toBe('dist');
  });

  it('runs the sources through tsx once a source file changes, quietly for a short verb', async () => {
    const cli = path.join(copy, 'src', 'cli.ts');
    const original = await readFile(cli, 'utf8');
    await appendFile(cli, '\n// an edit made after the build\n');

    const debug = await runCli(['help'], DEBUG, undefined, copy);
    expect(entryOf(debug.stderr)).toEqual(['stale', path.join('src', 'cli.ts')]);
    expect(debug.stdout).toContain('Usage: agendum <command>');
    const plain = await runCli(['help'], {}, undefined, copy);
    expect(plain.stderr).toBe('');

    // Undoing the edit makes dist/ current again: what counts is the content, not the mtime.
    await writeFile(cli, original);
    const undone = await runCli(['help'], DEBUG, undefined, copy);
    expect(entryOf(undone.stderr)?.[0]).toBe('dist');
  });
});
