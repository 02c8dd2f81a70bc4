/**
 * test/unit/ stays fast and pure: no test there (nor a test helper it reaches) may start the
 * service, an HTTP server, a child process, an emulator or a browser, open a database, or
 * write to the filesystem. Such a test belongs in test/integration/ or test/e2e/; this check
 * names the file and the import that brought the slow part in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const UNIT = path.join(ROOT, 'test/unit');

/** Modules of ours (paths from the repository root, no extension) that do I/O when used. */
const SLOW_MODULES = [
  'test/helpers/harness',
  'test/helpers/spawn-cli',
  'test/helpers/http',
  'test/helpers/google-service',
  'test/helpers/microsoft-service',
  'test/helpers/browser',
  'test/helpers/signin',
  'test/helpers/test-db',
  'src/main',
  'src/create-context',
  'src/db/client',
];
/** Whole folders of ours that do I/O: the loopback emulators. */
const SLOW_FOLDERS = ['test/emulators/'];
/** Packages and built-ins that serve, spawn, connect or open a database. */
const SLOW_PACKAGES = [
  'node:child_process',
  'node:http',
  'node:https',
  'node:net',
  'better-sqlite3',
  'pg',
  '@prisma/client',
  '@prisma/adapter-better-sqlite3',
  '@prisma/adapter-pg',
  'playwright-core',
];
/** Filesystem calls that change it; reading fixtures and shipped files stays allowed. */
const FS_WRITES = new Set([
  'appendFile',
  'appendFileSync',
  'cp',
  'cpSync',
  'mkdir',
  'mkdirSync',
  'mkdtemp',
  'mkdtempSync',
  'rename',
  'renameSync',
  'rm',
  'rmSync',
  'unlink',
  'unlinkSync',
  'utimes',
  'utimesSync',
  'writeFile',
  'writeFileSync',
]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

interface Import {
  spec: string;
  /** The named bindings (`{ a, b as c }` gives a, b); empty for default or namespace imports. */
  names: string[];
}

/** Every import of a file: static (type-only too), side-effect, dynamic, and re-exports. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const m of text.matchAll(/\bimport\s+(?:type\s+)?([^'";]*?)\s+from\s+'([^']+)'/g)) {
    const names = /\{([^}]*)\}/.exec(m[1] ?? '')?.[1] ?? '';
    found.push({
      spec: m[2] as string,
      names: names
        .split(',')
        .map(
          (n) =>
            n
              .trim()
              .replace(/^type\s+/, '')
              .split(/\s+as\s+/)[0] as string,
        )
        .filter(Boolean),
    });
  }
  for (const m of text.matchAll(
    /\bimport\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|\bexport\s+[^'";]*?\s+from\s+'([^']+)'/g,
  )) {
    found.push({ spec: (m[1] ?? m[2] ?? m[3]) as string, names: [] });
  }
  return found;
}

/** A relative import as a repository path without extension (`test/helpers/harness`). */
function resolved(from: string, spec: string): string {
  return path.relative(ROOT, path.resolve(path.dirname(from), spec)).replace(/\.(js|ts)$/, '');
}

/** Why `spec` imported from `file` makes a test slow, or undefined. */
function slowness(file: string, { spec, names }: Import): string | undefined {
  if (spec.startsWith('.')) {
    const target = resolved(file, spec);
    if (SLOW_MODULES.includes(target)) return target;
    if (SLOW_FOLDERS.some((folder) => `${target}/`.startsWith(folder))) return target;
    return undefined;
  }
  if (SLOW_PACKAGES.includes(spec)) return spec;
  if (/^(node:)?fs(\/promises)?$/.test(spec)) {
    const writes = names.filter((n) => FS_WRITES.has(n));
    if (writes.length > 0) return `${spec} (${writes.join(', ')})`;
  }
  return undefined;
}

/**
 * The slow imports a unit test reaches: its own, and those of the test helpers it imports,
 * followed through test/ (src/ is checked by layers.test.ts; only its entry points count here).
 */
function slowImportsOf(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  return importsOf(file).flatMap((imp) => {
    const why = slowness(file, imp);
    if (why) return [`${path.relative(ROOT, file)} imports ${why}`];
    if (!imp.spec.startsWith('.')) return [];
    const target = `${resolved(file, imp.spec)}.ts`;
    return target.startsWith('test/') ? slowImportsOf(path.join(ROOT, target), seen) : [];
  });
}

describe('unit tests', () => {
  const files = filesUnder(UNIT).filter((f) => f.endsWith('.test.ts'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('start no server, process, emulator, browser or database, and write no files', () => {
    const problems = files.flatMap((file) => slowImportsOf(file));
    expect(problems, 'move these tests to test/integration/ (git mv keeps their history)').toEqual([]);
  });

  it('would catch a slow import, direct or through a helper', () => {
    const test = path.join(UNIT, 'x/x.test.ts');
    const why = (spec: string, names: string[] = []) => slowness(test, { spec, names });
    expect(why('../../helpers/harness.js')).toBe('test/helpers/harness');
    expect(why('../../emulators/google/google-emulator.js')).toBe('test/emulators/google/google-emulator');
    expect(why('../../../src/create-context.js')).toBe('src/create-context');
    expect(why('node:fs/promises', ['readFile', 'mkdtemp'])).toBe('node:fs/promises (mkdtemp)');
    expect(why('node:fs', ['readFileSync'])).toBeUndefined();
    expect(why('../../helpers/ics.js')).toBeUndefined();
    expect(slowImportsOf(path.join(ROOT, 'test/helpers/oidc.ts'))).not.toEqual([]);
  });
});
