import { defineConfig } from 'vitest/config';

// Real browsers, one at a time: the machine has two cores and each browser wants both.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
