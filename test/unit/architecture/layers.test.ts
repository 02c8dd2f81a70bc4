/**
 * The layering, checked on every import of src/: pure decisions stay pure, workflows use
 * the provider interfaces (never an SDK adapter), providers never reach up into workflows
 * or across into one another. A new import that breaks a rule fails here with its file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));
const ADAPTERS = ['google', 'microsoft', 'local'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import of a file, resolved to a path under src/ (`providers/types.ts`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/\bfrom\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  return specs.map((s) => path.relative(SRC, path.resolve(path.dirname(file), s)).replace(/\.js$/, '.ts'));
}

const layerOf = (rel: string) => rel.split(path.sep)[0] ?? '';
const adapterOf = (rel: string) => {
  const [top, second] = rel.split(path.sep);
  return top === 'providers' && second && ADAPTERS.includes(second) ? second : null;
};

const edges = sourceFiles(SRC).flatMap((file) => {
  const from = path.relative(SRC, file);
  return importsOf(file).map((to) => ({ from, to }));
});

describe('layers of src/', () => {
  it('has imports to check', () => {
    expect(edges.length).toBeGreaterThan(300);
  });

  it('domain/ imports nothing but domain/, libraries and the one error type', () => {
    // errors.ts is the shared error type; it imports nothing itself, so it keeps domain pure.
    expect(edges.filter((e) => e.from === 'errors.ts')).toEqual([]);
    const bad = edges.filter(
      (e) => layerOf(e.from) === 'domain' && layerOf(e.to) !== 'domain' && e.to !== 'errors.ts',
    );
    expect(bad).toEqual([]);
  });

  it('workflows/ never import a provider adapter (google/, microsoft/, local/)', () => {
    const bad = edges.filter((e) => layerOf(e.from) === 'workflows' && adapterOf(e.to) !== null);
    expect(bad).toEqual([]);
  });

  it('workflows/ reach the registry (which loads the cloud SDKs) only through ctx, never by import', () => {
    const runtime = (file: string) =>
      [...readFileSync(path.join(SRC, file), 'utf8').matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map(
        (m) =>
          path
            .relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), m[1] ?? ''))
            .replace(/\.js$/, '.ts'),
      );
    const heavy = ['providers/registry.ts', 'providers/oauth-providers.ts'].map((p) =>
      p.split('/').join(path.sep),
    );
    const bad = [...new Set(edges.filter((e) => layerOf(e.from) === 'workflows').map((e) => e.from))].flatMap(
      (from) =>
        runtime(from)
          .filter((to) => heavy.includes(to))
          .map((to) => ({ from, to })),
    );
    expect(bad).toEqual([]);
  });

  it('providers never import workflows/, and no adapter imports another', () => {
    const bad = edges.filter((e) => {
      if (layerOf(e.from) !== 'providers') return false;
      if (layerOf(e.to) === 'workflows') return true;
      const a = adapterOf(e.from);
      const b = adapterOf(e.to);
      return a !== null && b !== null && a !== b;
    });
    expect(bad).toEqual([]);
  });
});
