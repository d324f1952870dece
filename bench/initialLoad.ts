// How much JavaScript the page loads, page and workers together (issue 15: at most 150 kB of gzip before a
// file is dropped, pdf.js only once a PDF is). The built site is opened in Chromium; every script it asks
// for is recorded by URL, in three moments: when the sample's findings are on screen, when the page has
// gone quiet after that (what idle time loads, such as the review memo, counts before any drop), and after
// a PDF is dropped and drawn. Each script's size is its built file gzipped here with zlib's default level
// (what a static server sends), since Vite's preview server does not compress. The service worker's
// background fetches for its offline cache are left out; its own script (sw.js) counts.
//
// `npx tsx bench/initialLoad.ts [built folder]` prints it alone (default: dist-bench, as `npm run bench`
// builds it); `npm run bench` runs it with the other benches.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, repoRoot, startPreview } from '../test/e2e/harness.ts';

/** The PDF dropped after the sample: a real report of six pages. */
const PDF = 'test/fixtures/corpus/2023_huaian_hongze_district.pdf';
/** How long no new request must come before the page counts as quiet (ms). */
const QUIET = 2_500;
const WAIT = { timeout: 120_000 };

interface Script {
  path: string;
  raw: number;
  gzip: number;
}

/** Waits until no request has started for QUIET ms (idle-time loading included). */
async function quiet(page: Page, lastRequestAt: () => number): Promise<void> {
  for (;;) {
    const since = Date.now() - lastRequestAt();
    if (since >= QUIET) return;
    await page.waitForTimeout(QUIET - since);
  }
}

/** The built file behind a script URL of the preview, with its size as sent gzipped. */
function sizeOf(url: string, siteUrl: string, dist: string): Script {
  const path = decodeURIComponent(new URL(url).pathname.slice(new URL(siteUrl).pathname.length));
  const bytes = readFileSync(resolve(dist, path));
  return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
}

const kB = (n: number) => (n / 1000).toFixed(1).padStart(8);

function printPhase(title: string, scripts: Script[], before: number): number {
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`  ${title}`);
  for (const s of scripts) console.log(`    ${s.path.padEnd(52)} ${kB(s.raw)} ${kB(s.gzip)}`);
  console.log(`    ${'this step'.padEnd(52)} ${kB(scripts.reduce((sum, s) => sum + s.raw, 0))} ${kB(total)}   (running total ${kB(before + total).trim()} kB gzip)`);
  return before + total;
}

export async function benchInitialLoad(distFolder = 'dist-bench'): Promise<void> {
  const dist = resolve(repoRoot, distFolder);
  const preview = await startPreview('/', dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    // Scripts in the order first asked for, each once; context-level events include the workers' requests.
    const scripts: string[] = [];
    let lastRequestAt = Date.now();
    context.on('request', (request) => {
      // The service worker's own fetches fill its offline cache with the whole site in the background
      // (test/e2e/offline.e2e.ts); none of them runs in the page, so they are not counted here.
      if (request.serviceWorker()) return;
      lastRequestAt = Date.now();
      const url = request.url().split(/[?#]/)[0]!;
      if (url.startsWith(preview.origin) && /\.m?js$/.test(url) && !scripts.includes(url)) scripts.push(url);
    });
    const page = await context.newPage();
    await page.goto(preview.url);
    await page.waitForSelector('[data-testid=findings] [data-finding]', WAIT);
    const firstScreen = scripts.length;
    await quiet(page, () => lastRequestAt);
    const beforeDrop = scripts.length;
    await page.setInputFiles('#file-input', resolve(repoRoot, PDF));
    await page.waitForSelector(`[data-testid=report-meta][data-file-name="${PDF.split('/').pop()}"]`, WAIT);
    await page.waitForSelector('[data-testid=page-view] .page[data-page-number="1"] canvas', WAIT);
    await quiet(page, () => lastRequestAt);

    const sized = scripts.map((url) => sizeOf(url, preview.url, dist));
    console.log(`\nJavaScript loaded by the page and its workers (${distFolder}; kB = 1000 bytes; raw, gzip)`);
    let total = printPhase('until the sample\'s findings are on screen', sized.slice(0, firstScreen), 0);
    total = printPhase('then in idle time, before any file is dropped', sized.slice(firstScreen, beforeDrop), total);
    console.log(`  → before a drop: ${kB(total).trim()} kB gzip (goal ≤ 150)`);
    printPhase(`after dropping ${PDF.split('/').pop()} (until its first page is drawn)`, sized.slice(beforeDrop), total);
    await context.close();
  } finally {
    await browser.close();
    await preview.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchInitialLoad(process.argv[2]);
}
