// What the first page loads (issue 15): the sample is a text report, so until a PDF is dropped neither
// pdf.js's display layer, nor its viewer and styles, nor its parser (in the page's worker or the
// analysis worker) is asked for; dropping a PDF loads them and the PDF is drawn. Requests are recorded by
// URL, page and workers together; the service worker's background fetches for its offline cache are not
// the page's and are left out. Sizes are measured by the bench (bench/initialLoad.ts), not here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startPreview, type Preview } from './harness.ts';

const WAIT = { timeout: 60_000 };
const FILE = '2023_huaian_hongze_district.pdf';

/** pdf.js's scripts and styles as the build names them (Vite keeps the module's name before the hash). */
const PDFJS_PART = /\/assets\/(pdf|pdf\.worker\.min|pdfParser\.worker|openPdf|DocumentViewer)-[\w-]+\.(js|css)$/;

const pdfjsRequests = (urls: string[]) => urls.filter((url) => PDFJS_PART.test(url.split(/[?#]/)[0]!));

describe('initial load', () => {
  let preview: Preview;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    context.on('request', (request) => {
      if (!request.serviceWorker()) requests.push(request.url());
    });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await preview?.close();
  });

  it('shows the sample without asking for any part of pdf.js', async () => {
    await page.waitForSelector('[data-testid=findings] [data-finding]', WAIT);
    // The sample's memo waits for the visitor's first action; a click brings it in, in idle time, and
    // still nothing of pdf.js.
    expect(await page.locator('[data-testid=review-memo]').count()).toBe(0);
    await page.mouse.click(5, 5);
    await page.waitForSelector('[data-testid=review-memo][data-ready]', { ...WAIT, state: 'attached' });
    expect(requests.some((url) => /analysis\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(pdfjsRequests(requests)).toEqual([]);
  });

  it('loads pdf.js once a PDF is dropped, and draws the PDF', async () => {
    await page.setInputFiles('#file-input', `test/fixtures/corpus/${FILE}`);
    await page.waitForSelector(`[data-testid=report-meta][data-file-name="${FILE}"]`, WAIT);
    await page.waitForSelector('[data-testid=page-view] .page[data-page-number="1"] canvas', WAIT);
    const names = pdfjsRequests(requests).map((url) => url.split('/').pop()!.replace(/-[\w-]+\.(js|css)$/, '.$1'));
    // The display layer (page and analysis worker), its parser in a worker, the viewer and its styles.
    for (const part of ['pdf.js', 'pdf.worker.min.js', 'pdfParser.worker.js', 'DocumentViewer.js', 'DocumentViewer.css']) expect(names).toContain(part);
    expect(errors).toEqual([]);
  });
});
