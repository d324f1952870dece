import { defineConfig } from 'vitest/config';

// Firefox smoke test: drive the built site (dist/) in Debian's Firefox ESR through puppeteer-core over
// WebDriver BiDi. Kept apart from the Chromium end-to-end config, whose runner (playwright-core) it does
// not use, so that either browser's run can be started on its own.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.firefox.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
