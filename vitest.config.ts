import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // SQLite files and child processes per test file: keep parallelism to the 2 cores.
    maxWorkers: 2,
  },
});
