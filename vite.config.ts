import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { pdfjsAssets } from './scripts/pdfjsAssets.ts';
import { ocrAssets } from './scripts/ocrAssets.ts';
import { serviceWorker } from './scripts/serviceWorker.ts';

// A relative base lets the built site work from any subpath (GitHub Pages serves it under /repo-name/).
export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [svelte(), pdfjsAssets(), ocrAssets(), serviceWorker()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // `npm run bench` also builds a page that times pdf.js alone; the site itself never ships it.
    ...(process.env.BENCH ? { outDir: 'dist-bench', rollupOptions: { input: ['index.html', 'bench/pdfjs-text.html'] } } : {}),
  },
  server: { port: 5173, strictPort: false },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    // CI runs on two cores, often busy: a test must never fail for being slow, only for being wrong
    // (speed is measured by `npm run bench`).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
