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
  },
});
