import { defineConfig } from 'vitest/config';

// WebKit smoke test: drive the built site (dist/) in WebKitGTK's MiniBrowser (Safari's engine) through
// WebKitWebDriver over classic WebDriver, on an Xvfb display the test starts itself. Kept apart from the
// Chromium and Firefox configs so that each browser's run can be started on its own.
export default defineConfig({
  test: {
    include: ['test/webkit/**/*.webkit.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // The webdriver package's loggers default to 'info' (one line per session); warnings and errors still show.
    env: { WDIO_LOG_LEVEL: 'warn' },
  },
});
