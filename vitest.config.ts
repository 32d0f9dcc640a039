import { defineConfig } from 'vitest/config';

/**
 * Test files that replace modules (`vi.mock` of `electron`...), stub globals or listen on the
 * process: each runs in a process of its own (Vitest's isolation).
 */
const ISOLATED = ['electron/**/*.test.ts', 'renderer/writer/progressive-load.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on a two-core machine is one worker: the test files would run one after the
    // other while most of them wait on LibreOffice, Apache or jing. Two run side by side.
    maxWorkers: Number(process.env.OSTAL_TEST_WORKERS ?? 2),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['packages/*/src/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/fidelity/**/*.test.ts', 'test/build/**/*.test.ts'],
          exclude: ISOLATED,
          // The other files leave no state behind them: a worker process runs one after the other
          // without loading the modules they share again (a second a file on this machine).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
