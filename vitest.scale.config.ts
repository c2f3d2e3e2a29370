import { defineConfig } from 'vitest/config';

// `npm run e2e:scale`: the 50k-report store in Chromium (minutes to fill: not part of npm test).
export default defineConfig({
  test: {
    include: ['test/scale/**/*.scale.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60 * 60_000,
  },
});
