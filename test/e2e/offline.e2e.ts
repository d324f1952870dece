// End-to-end: after one visit the site works offline. The first visit installs the service worker
// (sw.js, written by scripts/serviceWorker.ts) and fills its cache; then the preview server is shut down
// and the browser context goes offline, the page is reloaded, and it must still show the built-in sample
// and analyse a text file, a PDF (pdf.js worker) and a PDF whose Chinese text needs pdf.js's CMaps.
// Run with `npm run test:e2e` (builds first).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, repoRoot, startPreview, type AppPage, type Preview } from './harness.ts';
import { cmapPdf } from '../support/cmapPdf.ts';

const DIST = resolve(repoRoot, process.env.E2E_DIST ?? 'dist');
const SEED_000 = resolve(repoRoot, 'test/fixtures/seeds/000_87410cd3979e9921.txt');
const SEED_003 = resolve(repoRoot, 'test/fixtures/seeds/003_8ef98a67e9da6293.txt');
const RULED_PDF = resolve(repoRoot, 'test/fixtures/pdf/seed000-ruled.pdf');
const WAIT = { timeout: 30_000, interval: 100 };

/** Every file of the build that should be in the cache: all of them but source maps, licences and sw.js. */
function builtFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return builtFiles(full);
    const path = relative(DIST, full).split(sep).join('/');
    // The OCR model and the runtime's WebAssembly are kept only once a scan has used them.
    const onDemand = path.startsWith('ocr/') || path.endsWith('.wasm');
    return path === 'sw.js' || entry.name.endsWith('.map') || entry.name.startsWith('LICENSE') || onDemand ? [] : [path];
  });
}

/** Flagged findings as "stated/computed". */
async function flagged(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=findings] [data-finding]:not([data-severity=info])', (els) =>
    els.map((el) => `${el.getAttribute('data-stated')}/${el.getAttribute('data-computed')}`),
  );
}

async function waitForFlagged(page: Page, expected: string[]): Promise<void> {
  await expect
    .poll(async () => {
      const shown = new Set(await flagged(page));
      return expected.filter((e) => !shown.has(e));
    }, WAIT)
    .toEqual([]);
}

describe('offline after the first visit', () => {
  let preview: Preview | undefined;
  let browser: Browser;
  let app: AppPage | undefined;

  beforeAll(async () => {
    // A server of its own: a new port is a new origin, so no other test's service worker or cache is seen here.
    preview = await startPreview('/duizhang/');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await preview?.close();
  });

  it('caches the site on the first visit, then reloads and analyses reports with the server gone', async () => {
    const server = preview!;
    const opened = Date.now();
    app = await openApp(browser, server.url);
    const { page, context } = app;

    // First visit: the worker installs (filling its cache), activates and takes control of the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
    const installMs = Date.now() - opened;
    const caches = await page.evaluate(async () => {
      const names = await globalThis.caches.keys();
      return Promise.all(
        names.map(async (name) => ({ name, urls: (await (await globalThis.caches.open(name)).keys()).map((r) => r.url) })),
      );
    });
    const version = /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))?.[1];
    expect(caches.map((c) => c.name)).toEqual([`duizhang:${server.url}:${version}`]);
    const cached = caches[0]!.urls.map((url) => url.slice(server.url.length)).sort();
    expect(cached).toEqual(builtFiles().sort());
    expect(cached).toEqual(expect.arrayContaining(['index.html', 'samples/dezhou-2018.txt', 'pdfjs/cmaps/UniGB-UCS2-H.bcmap', 'pdfjs/cmaps/Adobe-GB1-UCS2.bcmap']));
    expect(cached.some((path) => /^assets\/pdfParser\.worker-.*\.js$/.test(path))).toBe(true);
    expect(cached.some((path) => /^assets\/analysis\.worker-.*\.js$/.test(path))).toBe(true);
    console.info(`offline e2e: first visit to an active, controlling service worker in ${installMs} ms; ${cached.length} files cached`);

    // Offline. Playwright's setOffline has not always reached a service worker's own fetches
    // (microsoft/playwright#2311), so the server is shut down too: nothing can come from the network.
    preview = undefined;
    await server.close();
    await context.setOffline(true);
    const afterReload: { url: string; fromServiceWorker: boolean }[] = [];
    context.on('response', (response) => afterReload.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }));
    const reloaded = Date.now();
    await page.reload({ waitUntil: 'load' });

    // The built-in sample (德州 2018) is analysed on opening.
    await page.waitForSelector('[data-testid=report-meta] .badge', WAIT);
    await waitForFlagged(page, ['464/435', '464/634']);
    const sampleMs = Date.now() - reloaded;

    // A text file.
    await page.setInputFiles('#file-input', SEED_003);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="003_8ef98a67e9da6293.txt"]', WAIT);
    await waitForFlagged(page, ['647/618', '41/43', '148954/1489']);

    // A PDF: pdf.js and its worker come from the cache.
    await page.setInputFiles('#file-input', RULED_PDF);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="seed000-ruled.pdf"]', { timeout: 60_000 });
    await waitForFlagged(page, ['464/435', '464/461']);

    // A PDF whose text pdf.js reads through two CMaps, which it fetches from its worker.
    await page.setInputFiles('#file-input', { name: 'seed003-unigb.pdf', mimeType: 'application/pdf', buffer: Buffer.from(cmapPdf(readFileSync(SEED_003, 'utf8'))) });
    await page.waitForSelector('[data-testid=report-meta][data-file-name="seed003-unigb.pdf"]', WAIT);
    await waitForFlagged(page, ['647/618', '41/43', '346/500', '148954/1489']);

    // Both pdf.js parsers fetch them (the analysis worker's, and the page's that draws the PDF), each from the cache.
    for (const cmap of ['UniGB-UCS2-H', 'Adobe-GB1-UCS2']) {
      const fetched = afterReload.filter((r) => r.url === `${server.url}pdfjs/cmaps/${cmap}.bcmap`);
      expect(fetched.length, cmap).toBeGreaterThan(0);
      expect(fetched.every((r) => r.fromServiceWorker), cmap).toBe(true);
    }
    // Everything came from the cache: the page, its scripts, both workers, the sample, the CMaps.
    expect(afterReload.length).toBeGreaterThan(5);
    expect(afterReload.filter((r) => r.url.startsWith(server.origin) && !r.fromServiceWorker)).toEqual([]);
    expect(app.errors).toEqual([]);
    console.info(`offline e2e: offline reload to the sample's findings in ${sampleMs} ms`);
  }, 180_000);
});
