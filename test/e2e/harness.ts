// Helpers for the end-to-end tests: serve the built site with Vite's preview server and drive it in
// Debian's Chromium through playwright-core. No browser download: Chromium comes from apt
// (scripts/ensure-chromium.sh).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Preview {
  /** Full URL of the site root, ending in the base path (e.g. http://127.0.0.1:41234/duizhang/). */
  url: string;
  /** Origin only (e.g. http://127.0.0.1:41234). */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves the already-built `dist/` (run `vite build` first) on a free port on 127.0.0.1, under `base`
 * (e.g. '/' or '/duizhang/'). `outDir` (default $E2E_DIST or dist) may be absolute or relative to the repo root.
 */
export async function startPreview(base = '/', outDir = process.env.E2E_DIST ?? 'dist'): Promise<Preview> {
  const dir = resolve(repoRoot, outDir);
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`startPreview: ${dir}/index.html not found; run \`vite build\` first`);
  }
  const normalizedBase = base.endsWith('/') ? base : `${base}/`;
  const server = await preview({
    root: repoRoot,
    // Don't load vite.config.ts: preview only needs to serve static files, and the config's
    // `base` (from $BASE) must not override the one asked for here.
    configFile: false,
    base: normalizedBase,
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1', strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('startPreview: preview server has no TCP address');
  }
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}${normalizedBase}`,
    origin,
    close: () => server.close(),
  };
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /**
   * Console errors (`console.error`, failed resource loads; dedicated workers' console messages arrive
   * on the page too) and uncaught page errors, in order.
   */
  errors: string[];
  /** Every request URL the page (and its workers) made, in order. */
  requests: string[];
  close: () => Promise<void>;
}

export interface OpenAppOptions {
  viewport?: { width: number; height: number };
  locale?: string;
}

/** Opens `url` in a fresh context and page, recording errors and requests from the start. */
export async function openApp(browser: Browser, url: string, options: OpenAppOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'zh-CN',
  });
  const errors: string[] = [];
  const requests: string[] = [];
  // Context-level request events also cover workers (e.g. a pdf.js worker).
  context.on('request', (request) => {
    requests.push(request.url());
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const location = message.location();
      const where = location.url ? ` (${location.url}:${location.lineNumber})` : '';
      errors.push(`console.error: ${message.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.stack ?? error.message}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    context,
    errors,
    requests,
    close: () => context.close(),
  };
}

/** True when `requestUrl` stays on `origin` (data: URLs and same-origin blob: URLs carry no traffic). */
export function isSameOrigin(requestUrl: string, origin: string): boolean {
  return (
    requestUrl === origin ||
    requestUrl.startsWith(`${origin}/`) ||
    requestUrl.startsWith('data:') ||
    requestUrl.startsWith(`blob:${origin}/`)
  );
}

export interface SiteSession {
  preview: Preview;
  browser: Browser;
  app: AppPage;
}

/**
 * For a describe block: serves the built site under `base`, launches Chromium and opens the app before
 * its tests, and closes all three after them. The returned object is filled in by then.
 */
export function useSite(base = '/'): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    session.preview = await startPreview(base);
    session.browser = await launchBrowser();
    session.app = await openApp(session.browser, session.preview.url);
  });
  afterAll(async () => {
    await session.app?.close();
    await session.browser?.close();
    await session.preview?.close();
  });
  return session;
}

/**
 * Shows one of the workspace's views (WorkspaceTabs.svelte: problems, tables, charts, text, coverage), as
 * a user clicks its tab; elements of the other views stay in the page, hidden.
 */
export async function showTab(page: Page, tab: 'problems' | 'tables' | 'charts' | 'text' | 'coverage'): Promise<void> {
  await page.click(`[role=tab][data-tab="${tab}"]`);
  await page.waitForSelector(`[role=tabpanel][data-panel="${tab}"]:not([hidden])`, { timeout: 30_000 });
}

/** Makes the share link of the analysis on screen, as a user does (the 分享链接 button), and returns it. */
export async function shareLink(page: Page): Promise<string> {
  await page.click('#share-link');
  await page.waitForSelector('[data-testid=share-url]', { timeout: 60_000 });
  return page.locator('[data-testid=share-url] input').inputValue();
}
