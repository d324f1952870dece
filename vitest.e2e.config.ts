import { defineConfig } from 'vitest/config';

// End-to-end tests: drive the built site (dist/) in Debian's Chromium through playwright-core.
// Kept apart from vite.config.ts, whose `test` block holds the unit-test config.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
