import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/fidelity/**/*.test.ts',
      'test/build/**/*.test.ts',
    ],
    testTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on a two-core machine is one worker: the test files would run one after the
    // other while most of them wait on LibreOffice, Apache or jing. Two run side by side.
    maxWorkers: Number(process.env.OSTAL_TEST_WORKERS ?? 2),
  },
});
