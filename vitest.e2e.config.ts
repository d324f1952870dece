import { defineConfig } from 'vitest/config';

// End-to-end tests: drive the built site (dist/) in Debian's Chromium through playwright-core.
// Kept apart from vite.config.ts, whose `test` block holds the unit-test config.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    // A test is several steps, each waiting up to a minute for the page: under load (2 cores shared with
    // other jobs) their sum, not one step, passed 60 s (the batch's carry-over test did, twice). The
    // test's own limit is a backstop for a hang, not a speed check.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
