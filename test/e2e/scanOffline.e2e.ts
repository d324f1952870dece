// End-to-end: a scan needs the OCR model and the runtime's WebAssembly, which the service worker does not
// precache (25 MB) but keeps once a scan has fetched them. So: a scan read once reads again with the server
// gone; and a first scan dropped with no connection gets a message saying why and what to do, never a
// blank page or a hang. Each test serves the site on its own port: a new origin, a fresh service worker.
// Run with `npm run test:e2e` (builds first).
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, repoRoot, startPreview, type AppPage, type Preview } from './harness.ts';

const SCAN = resolve(repoRoot, 'test/fixtures/pdf/scan-hongze-tables.pdf');
// OCR of three pages on a busy two-core machine: minutes are allowed, nothing is timed.
const WAIT = { timeout: 540_000 };

/**
 * Drops the scan and waits until it has been recognised and its analysis shown (the workspace may have
 * brought back the same file's earlier analysis on reload, so the OCR stage is waited for first).
 */
async function readScan(page: Page): Promise<void> {
  await page.setInputFiles('#file-input', SCAN);
  await page.waitForFunction(() => /OCR/.test(document.querySelector('[data-testid=progress]')?.textContent ?? ''), undefined, WAIT);
  await page.waitForFunction(() => !/OCR/.test(document.querySelector('[data-testid=progress]')?.textContent ?? ''), undefined, WAIT);
  await page.waitForSelector('[data-testid=report-meta][data-file-name="scan-hongze-tables.pdf"], [role=alert]', WAIT);
}

async function untilControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 });
  await page.waitForSelector('[data-testid=report-meta] .badge', { timeout: 60_000 });
}

/** The same-origin responses after `from`, with whether the service worker answered them. */
function track(app: AppPage): Array<{ url: string; fromServiceWorker: boolean }> {
  const seen: Array<{ url: string; fromServiceWorker: boolean }> = [];
  app.context.on('response', (response) => seen.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }));
  return seen;
}

describe('scans and the connection', () => {
  let browser: Browser;
  const servers: Preview[] = [];
  const apps: AppPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await browser?.close();
    for (const server of servers) await server.close().catch(() => undefined);
  });

  /** The site on a port of its own (a new origin), opened and controlled by its service worker. */
  async function freshSite(base: string): Promise<{ server: Preview; app: AppPage }> {
    const server = await startPreview(base);
    servers.push(server);
    const app = await openApp(browser, server.url);
    apps.push(app);
    await untilControlled(app.page);
    return { server, app };
  }

  it('reads a scan again offline once one scan has fetched the model', { timeout: 900_000 }, async () => {
    const { server, app } = await freshSite('/scan-offline/');
    const { page, context } = app;

    // First scan, online: the model and the WebAssembly come from the server and are kept.
    await readScan(page);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    const kept = await page.evaluate(async () => {
      const names = await caches.keys();
      const lists = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)));
      return lists.flat().filter((url) => /\/ocr\/|\.wasm$/.test(url));
    });
    expect(kept.some((url) => url.endsWith('.onnx'))).toBe(true);
    expect(kept.some((url) => url.endsWith('.wasm'))).toBe(true);

    // The server gone and the browser offline: the page reloads from the cache and reads the scan again.
    await server.close();
    await context.setOffline(true);
    const responses = track(app);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-testid=report-meta] .badge', { timeout: 60_000 });
    await readScan(page);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid=findings] [data-finding][data-stated="0"][data-computed="11"]').count(), WAIT).toBeGreaterThan(0);
    const ocrFetches = responses.filter((r) => /\/ocr\/|\.wasm$/.test(r.url));
    expect(ocrFetches.length).toBeGreaterThan(0);
    expect(ocrFetches.every((r) => r.fromServiceWorker)).toBe(true);
    expect(app.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });

  it('says why a first scan cannot be read without a connection, and keeps the report on screen', { timeout: 600_000 }, async () => {
    // The site itself is cached (pdf.js included), the model is not: it has never been needed here.
    const { server, app } = await freshSite('/scan-no-model/');
    const { page, context } = app;
    const before = await page.locator('[data-testid=report-meta]').getAttribute('data-file-name');
    await server.close();
    await context.setOffline(true);

    await page.setInputFiles('#file-input', SCAN);
    const alert = page.locator('[role=alert]').first();
    await alert.waitFor({ state: 'visible', ...WAIT });
    const message = await alert.innerText();
    expect(message).toContain('扫描件');
    expect(message).toContain('OCR');
    expect(message).toMatch(/联网|connection/);
    // Nothing the user had is lost: the report shown before is still there.
    expect(await page.locator('[data-testid=report-meta]').getAttribute('data-file-name')).toBe(before);
  });
});
