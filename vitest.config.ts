import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    setupFiles: ['test/unit/setup.ts'],
    globalSetup: ['test/unit/cli-global-setup.ts'],
    testTimeout: 20_000,
  },
});
