// Smoke test: the built site (dist/) in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core.
// It walks the main paths once (sample at start, a text file, two PDFs, a share link) to catch what only
// breaks in Gecko: a web platform feature the app relies on (CompressionStream 'deflate-raw', module
// workers, the clipboard), or pdf.js's worker and CMaps. The Chromium suite (test/e2e) checks the details.
// Run with `npm run test:firefox` after `vite build`; needs firefox-esr (scripts/ensure-firefox.sh).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSameOrigin, repoRoot, startPreview, type Preview } from '../e2e/harness.ts';
import { cmapPdf as makeCmapPdf } from '../support/cmapPdf.ts';

const SEED_003 = resolve(repoRoot, 'test/fixtures/seeds/003_8ef98a67e9da6293.txt');
const SEED_000_PDF = resolve(repoRoot, 'test/fixtures/pdf/seed000-ruled.pdf');
const WAIT = { timeout: 30_000, interval: 100 };

/** What the page records while it runs: errors of every kind, and every URL it (or a worker) requested. */
interface Watched {
  errors: string[];
  requests: string[];
}

/**
 * Records console errors, uncaught errors (on the page and in its workers: BiDi reports both) and failed
 * or refused resource loads, which Firefox, unlike Chromium, does not also log as console errors.
 */
function watch(page: Page): Watched {
  const watched: Watched = { errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location();
    const where = location.url ? ` (${location.url}:${location.lineNumber ?? 0})` : '';
    watched.errors.push(`console.error: ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => {
    watched.errors.push(`pageerror: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  });
  page.on('request', (request) => {
    watched.requests.push(request.url());
  });
  page.on('requestfailed', (request) => {
    watched.errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`.trim());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return watched;
}

function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // puppeteer points Remote Settings at a dummy server through a pref, but release builds ignore that
    // pref unless this variable is set, and then look up firefox.settings.services.mozilla.com in the
    // background. With it set, an strace of a whole run showed no connection to anything but 127.0.0.1.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
}

/** The flagged findings (not the "info" ones that confirm a total) as "rule stated computed", sorted. */
async function flaggedFindings(page: Page): Promise<string[]> {
  const findings = await page.$$eval('[data-testid=findings] [data-finding]:not([data-severity=info])', (elements) =>
    elements.map((el) => `${el.getAttribute('data-rule')} ${el.getAttribute('data-stated')} ${el.getAttribute('data-computed')}`),
  );
  return findings.sort();
}

/** Waits until each of `expected` ("rule stated computed") is among the flagged findings; fails with the missing ones. */
async function waitForFindings(page: Page, expected: string[]): Promise<string[]> {
  await expect
    .poll(async () => {
      const shown = await flaggedFindings(page);
      return expected.filter((finding) => !shown.includes(finding));
    }, WAIT)
    .toEqual([]);
  return flaggedFindings(page);
}

/** Puts `file` into the page's file input, as a user choosing it in the file dialog would. */
async function upload(page: Page, file: string): Promise<void> {
  const input = await page.waitForSelector('input#file-input');
  if (!input) throw new Error('#file-input not found');
  await input.uploadFile(file);
  await input.dispose();
}

/** Waits until the analysis on screen is the one of the file called `name`. */
async function waitForFile(page: Page, name: string): Promise<void> {
  await page.waitForSelector(`[data-testid=report-meta][data-file-name="${name}"]`, { timeout: 60_000 });
}

/** Findings the app recomputes from the table alone, which a share link therefore carries in full. */
const tableFindings = (list: string[]): string[] => list.filter((f) => /^(sum|same|malformed) /.test(f));

describe('Duizhang in Firefox', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;
  let watched: Watched;
  /** Pages opened later (the share link's), whose errors and requests the last test checks too. */
  const others: Watched[] = [];
  let tmp: string;
  let cmapPdf: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'duizhang-firefox-'));
    cmapPdf = join(tmp, 'cmap-ucs2.pdf');
    // Seed 003's title and two of its paragraphs; `npm run analyze` gives the same findings for this PDF
    // as for these paragraphs pasted as text.
    writeFileSync(
      cmapPdf,
      makeCmapPdf([
        '2018年聊城市人民政府信息公开工作年度报告',
        '2018 年度，我市新增主动公开信息 148954 条，其中市级机关 57034 条，占总数的 38.3%；各县市区 91920 条，占总数的 61.7%。',
        '截至目前，我市设立门户网站信息公开专栏的部门60个，其中市政府及其部门门户网站32个，县（市、区）政府门户网站11个，无乡镇政府（街道办事处）门户网站。',
      ].join('\n\n')),
    );
    preview = await startPreview('/');
    browser = await launchFirefox();
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    watched = watch(page);
    await page.goto(preview.url, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('records console errors and uncaught errors from pages and workers, so the last test can fail', async () => {
    const probe = await browser.newPage();
    const probeWatched = watch(probe);
    try {
      await probe.goto(preview.url, { waitUntil: 'load' });
      await probe.evaluate(() => {
        console.error('probe: console');
        setTimeout(() => {
          throw new Error('probe: thrown');
        });
        void Promise.reject(new Error('probe: rejected'));
        // The site's CSP allows blob: workers.
        const source = 'console.error("probe: worker console"); throw new Error("probe: worker thrown");';
        new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      });
      await expect
        .poll(() => ['console', 'thrown', 'rejected', 'worker console', 'worker thrown'].filter(
          (what) => !probeWatched.errors.some((e) => e.includes(`probe: ${what}`)),
        ), WAIT)
        .toEqual([]);
    } finally {
      await probe.close();
    }
  });

  it('opens with the built-in sample and shows its findings', async () => {
    await page.waitForSelector('html[lang=zh-CN]', WAIT);
    // The badge marks the sample.
    await page.waitForSelector('[data-testid=report-meta] .badge', WAIT);
    await waitForFindings(page, ['sum 285922 286067', 'sum 464 435', 'narrative-sum 464 634', 'narrative-vs-table 464 461']);
  });

  it('analyses seed 003 chosen in the file input', async () => {
    await upload(page, SEED_003);
    await waitForFile(page, '003_8ef98a67e9da6293.txt');
    // Values from `npm run analyze -- test/fixtures/seeds/003_8ef98a67e9da6293.txt --json`.
    const findings = await waitForFindings(page, [
      'sum 647 618',
      'sum 41 43',
      'sum 346 500',
      'sum 9148 14623',
      'sum 1567 15673',
      'same 346 515',
      'narrative-vs-table 148954 1489',
      'narrative-sum 60 43',
    ]);
    expect(findings.filter((f) => f.includes(' 285922 ') || f.includes(' 464 '))).toEqual([]);
    expect(await page.$('[data-testid=report-meta] .badge')).toBeNull();
  });

  it('reads a PDF whose text needs pdf.js’s CMaps', async () => {
    const before = watched.requests.length;
    await upload(page, cmapPdf);
    await waitForFile(page, 'cmap-ucs2.pdf');
    // The values `npm run analyze` gives for the same paragraphs, as text or as this PDF.
    const findings = await waitForFindings(page, ['narrative-sum 60 43']);
    expect(findings.filter((f) => f.startsWith('sum '))).toEqual([]);
    const fetched = watched.requests.slice(before).map((url) => url.replace(preview.origin, ''));
    expect(fetched).toEqual(expect.arrayContaining(['/pdfjs/cmaps/UniGB-UCS2-H.bcmap', '/pdfjs/cmaps/Adobe-GB1-UCS2.bcmap']));
    expect(fetched.some((url) => /^\/assets\/pdfParser\.worker-[^/]*\.js$/.test(url))).toBe(true);
  });

  it('reads the generated seed 000 PDF and draws a finding’s page', async () => {
    await upload(page, SEED_000_PDF);
    await waitForFile(page, 'seed000-ruled.pdf');
    const findings = await waitForFindings(page, ['sum 464 435', 'sum 285922 286067', 'narrative-vs-table 464 461']);
    expect(findings.filter((f) => f.includes(' 647 ') || f.includes(' 60 '))).toEqual([]);
    // pdf.js draws the page into a canvas: some pixel is dark once the text is drawn.
    await page.click('[data-testid=findings] [data-finding][data-stated="464"][data-computed="435"]');
    await page.waitForSelector('[data-testid=page-view][data-page="13"]', WAIT);
    await page.waitForSelector('[data-testid=page-box]', WAIT);
    const canvasDrawn = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=page-view] canvas');
        const context = canvas?.getContext('2d');
        if (!canvas || !context || canvas.width === 0) return false;
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) return true;
        return false;
      });
    await expect.poll(canvasDrawn, WAIT).toBe(true);
  });

  it('shares a link, shown in the page when the clipboard is refused, that reopens the same findings', async () => {
    const before = await flaggedFindings(page);
    // Firefox may refuse clipboard writes (no user activation, a policy, a prompt): make it refuse, so
    // that the link shown in the page, the only way to get it then, is what is checked.
    await page.evaluate(() => {
      const attempts: string[] = [];
      (window as unknown as { clipboardAttempts: string[] }).clipboardAttempts = attempts;
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: (text: string) => {
          attempts.push(text);
          return Promise.reject(new DOMException('refused by the smoke test', 'NotAllowedError'));
        },
      });
    });
    await page.click('#share-link');
    const field = await page.waitForSelector('[data-testid=share-url] input', WAIT);
    if (!field) throw new Error('share link field not found');
    const url = await field.evaluate((input) => (input as HTMLInputElement).value);
    await field.dispose();
    expect(url.startsWith(`${preview.url}#s=`)).toBe(true);
    // The app did try the clipboard first, with this very link.
    expect(await page.evaluate(() => (window as unknown as { clipboardAttempts: string[] }).clipboardAttempts)).toEqual([url]);

    // With the clipboard as Firefox provides it, the click copies the link.
    await page.evaluate(() => {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    });
    await page.click('#share-link');
    const readClipboard = () =>
      page.evaluate(() =>
        // A read that Firefox would hold for a paste prompt must not stall the poll.
        Promise.race([
          navigator.clipboard.readText(),
          new Promise<string>((done) => setTimeout(() => done('(clipboard read timed out)'), 2_000)),
        ]).catch((error: unknown) => `(clipboard read failed: ${String(error)})`),
      );
    await expect.poll(readClipboard, WAIT).toBe(url);

    const other = await browser.newPage();
    const otherWatched = watch(other);
    others.push(otherWatched);
    try {
      await other.goto(url, { waitUntil: 'load' });
      await other.waitForSelector('[data-testid=shared-notice]', WAIT);
      await waitForFile(other, 'seed000-ruled.pdf');
      const shared = await waitForFindings(other, ['sum 464 435', 'sum 285922 286067']);
      expect(tableFindings(shared).length).toBeGreaterThan(5);
      expect(tableFindings(shared)).toEqual(tableFindings(before));
    } finally {
      await other.close();
    }
  });

  it('logs no errors and requests nothing off its origin', () => {
    for (const w of [watched, ...others]) {
      expect(w.errors).toEqual([]);
      expect(w.requests.length).toBeGreaterThan(0);
      expect(w.requests.filter((url) => !isSameOrigin(url, preview.origin))).toEqual([]);
    }
  });
});
