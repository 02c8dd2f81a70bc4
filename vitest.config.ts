import { defineConfig } from 'vitest/config';

/**
 * Files that replace a module with `vi.mock`: they need a module registry of their own. Every
 * other file shares its worker's modules (`isolate: false`), so the app's module graph is
 * loaded once per worker, not once per file — half the suite's CPU. Such a file must not
 * depend on module state another file left behind, and must close what it opens.
 */
const OWN_MODULES = ['test/integration/retry-after-failure.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // SQLite files and child processes per test file: keep parallelism to the 2 cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: OWN_MODULES, isolate: false },
      },
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES, isolate: true } },
    ],
  },
});
