// The document viewer (src/view/viewer/DocumentViewer.svelte, pdf.js's own PDFViewer) in the page: a PDF
// uploaded through the file input is shown page after page; a finding's boxes are outlined inside the
// pages (data-box, data-testid=page-box) and scrolled into view; zoom changes the page width; the page
// box jumps; find highlights matches in the text layer; Ctrl+F inside the viewer goes to its find box.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isSameOrigin, repoRoot, useSite } from './harness.ts';

const WAIT = { timeout: 60_000 };
const FILE = '2023_huaian_hongze_district.pdf';
const VIEWER = '[data-testid=page-view]';
const FINDING = '[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="11"]';

/** The CSS width of page `n`'s div. */
const pageWidth = (page: Page, n: number) => page.$eval(`${VIEWER} .page[data-page-number="${n}"]`, (el) => el.getBoundingClientRect().width);

describe('document viewer', () => {
  const site = useSite();

  it('shows every page of an uploaded PDF, drawn where it is in view', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT); // the sample, first
    await page.setInputFiles('#file-input', `test/fixtures/corpus/${FILE}`);
    await page.waitForSelector(`[data-testid=report-meta][data-file-name="${FILE}"]`, WAIT);
    await page.waitForSelector(`${VIEWER} .page[data-page-number="1"] canvas`, WAIT);
    const pages = await page.$$eval(`${VIEWER} .page[data-page-number]`, (els) => els.map((el) => Number(el.getAttribute('data-page-number'))));
    const total = await page.$eval(`${VIEWER} [data-testid=viewer-page]`, (el) => Number((el as HTMLInputElement).max));
    expect(total).toBeGreaterThan(3);
    expect(pages).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    // Text layer, for selection and find.
    await page.waitForSelector(`${VIEWER} .page[data-page-number="1"] .textLayer span`, WAIT);
  });

  it('outlines a finding’s boxes inside their page and scrolls the first into view', async () => {
    const { page } = site.app;
    await page.locator(FINDING).first().click();
    await page.waitForSelector(`${VIEWER} [data-testid=page-box]`, WAIT);
    // pdf.js re-creates a page's div while it renders it: the outlines are read in the same moment as it is
    // checked that each sits in a page (read apart, a page redrawn in between left one outside any page).
    const read = await page.waitForFunction(
      (viewer) => {
        const els = [...document.querySelectorAll(`${viewer} [data-testid=page-box]`)];
        if (!els.every((el) => el.closest('[data-page-number]'))) return undefined;
        return els.map((el) => ({ box: el.getAttribute('data-box'), page: Number(el.closest('[data-page-number]')!.getAttribute('data-page-number')) }));
      },
      VIEWER,
      WAIT,
    );
    const boxes = (await read.jsonValue()) as Array<{ box: string | null; page: number }>;
    const targetPage = Number(await page.getAttribute(VIEWER, 'data-target-page'));
    expect(targetPage).toBeGreaterThan(0);
    expect(boxes.length).toBeGreaterThanOrEqual(5); // 复议's five cells at least
    for (const { box, page: on } of boxes) {
      expect(box).toMatch(/^\d+:[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
      expect(Number(box!.split(':')[0])).toBe(on);
    }
    // The first outline is inside the scroll container's visible area (after the scroll settles).
    await page.waitForFunction(
      (viewer) => {
        const container = document.querySelector(`${viewer} .viewerContainer`)!.getBoundingClientRect();
        const box = document.querySelector(`${viewer} [data-testid=page-box]`)!.getBoundingClientRect();
        return box.width > 0 && box.top >= container.top && box.bottom <= container.bottom && box.left >= container.left && box.right <= container.right;
      },
      VIEWER,
      WAIT,
    );
  });

  it('zooms in and out, keeping the outlines on the re-drawn pages', async () => {
    const { page } = site.app;
    const before = await pageWidth(page, 1);
    const outlines = await page.locator(`${VIEWER} [data-testid=page-box]`).count();
    await page.click(`${VIEWER} [data-action=zoom-in]`);
    await page.waitForFunction(
      ([viewer, w]) => (document.querySelector(`${viewer} .page[data-page-number="1"]`)?.getBoundingClientRect().width ?? 0) > (w as number) * 1.2,
      [VIEWER, before] as const,
      WAIT,
    );
    expect((await pageWidth(page, 1)) / before).toBeCloseTo(1.25, 1);
    await page.waitForFunction(([viewer, n]) => document.querySelectorAll(`${viewer} [data-testid=page-box]`).length === n, [VIEWER, outlines] as const, WAIT);
    await page.click(`${VIEWER} [data-action=fit-width]`);
    await page.waitForFunction(([viewer, w]) => Math.abs((document.querySelector(`${viewer} .page[data-page-number="1"]`)?.getBoundingClientRect().width ?? 0) - (w as number)) < 2, [VIEWER, before] as const, WAIT);
  });

  it('jumps to the page typed in the page box, and the box follows scrolling', async () => {
    const { page } = site.app;
    const input = page.locator(`${VIEWER} [data-testid=viewer-page]`);
    await input.fill('3');
    await input.press('Enter');
    await page.waitForSelector(`${VIEWER}[data-page="3"]`, WAIT);
    const offset = await page.evaluate((viewer) => {
      const container = document.querySelector(`${viewer} .viewerContainer`)!.getBoundingClientRect();
      return document.querySelector(`${viewer} .page[data-page-number="3"]`)!.getBoundingClientRect().top - container.top;
    }, VIEWER);
    expect(Math.abs(offset)).toBeLessThan(20);
    // Scrolling to the top brings the page box back to 1.
    await page.$eval(`${VIEWER} .viewerContainer`, (el) => el.scrollTo(0, 0));
    await page.waitForSelector(`${VIEWER}[data-page="1"]`, WAIT);
    expect(await input.inputValue()).toBe('1');
  });

  it('finds 行政复议, highlights the matches, and Enter goes to the next one', async () => {
    const { page } = site.app;
    // Ctrl+F inside the viewer focuses its find box.
    await page.focus(`${VIEWER} .viewerContainer`);
    await page.keyboard.press('Control+f');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('viewer-find');
    await page.keyboard.type('行政复议');
    await page.waitForFunction((viewer) => /^\d+ \/ \d+$/.test(document.querySelector(`${viewer} [data-testid=viewer-find-count]`)?.textContent?.trim() ?? ''), VIEWER, WAIT);
    await page.waitForSelector(`${VIEWER} .textLayer .highlight`, WAIT);
    const count = async () => (await page.textContent(`${VIEWER} [data-testid=viewer-find-count]`))!.trim().split(' / ').map(Number);
    const [first, total] = await count();
    expect(first).toBe(1);
    expect(total).toBeGreaterThan(1);
    await page.keyboard.press('Enter');
    await page.waitForFunction((viewer) => document.querySelector(`${viewer} [data-testid=viewer-find-count]`)?.textContent?.trim().startsWith('2 /'), VIEWER, WAIT);
    await page.waitForSelector(`${VIEWER} .textLayer .highlight.selected`, WAIT);
  });

  it('shows the next PDF in place of the first, and goes away for a text', async () => {
    const { page } = site.app;
    await page.setInputFiles('#file-input', 'test/fixtures/pdf/seed000-ruled.pdf');
    await page.waitForSelector('[data-testid=report-meta][data-file-name="seed000-ruled.pdf"]', WAIT);
    await page.waitForFunction((viewer) => document.querySelector(`${viewer} [data-testid=viewer-page]`)?.getAttribute('max') === '15', VIEWER, WAIT);
    await page.waitForSelector(`${VIEWER} .page[data-page-number="1"] canvas`, WAIT);
    expect(await page.locator(`${VIEWER} .page[data-page-number]`).count()).toBe(15);
    expect(await page.inputValue(`${VIEWER} [data-testid=viewer-find]`)).toBe('');
    // A finding of this PDF is outlined on its page (13) and that page is scrolled to.
    await page.locator('[data-finding][data-stated="464"][data-computed="435"]').first().click();
    await page.waitForSelector(`${VIEWER}[data-target-page="13"] .page[data-page-number="13"] [data-testid=page-box]`, WAIT);
    await page.waitForSelector(`${VIEWER}[data-page="13"]`, WAIT);
    // A pasted text has no PDF: the viewer goes.
    await page.fill('#paste-input', readFileSync(resolve(repoRoot, 'test/fixtures/seeds/000_87410cd3979e9921.txt'), 'utf8'));
    await page.click('#paste-analyze');
    await page.waitForFunction((viewer) => !document.querySelector(viewer) && !!document.querySelector('[data-testid=report-meta]:not([data-file-name="seed000-ruled.pdf"])'), VIEWER, WAIT);
  });

  // pdf.js's viewer asks for every page once the first is drawn, and goes on asking after it was given
  // another document; the next file's analysis starts at once. The long PDF must stay drawable while
  // the next one is read, and must not be destroyed under the viewer (pdf.js then logs
  // 「Unable to get page N to initialize viewer: Transport destroyed」 for each page still asked for).
  it('keeps a long PDF readable while the next file is analysed, and releases it without errors', async () => {
    const { page, errors } = site.app;
    const before = errors.length;
    await page.setInputFiles('#file-input', 'test/fixtures/pdf/long-60pages.pdf');
    await page.waitForFunction((viewer) => document.querySelector(`${viewer} [data-testid=viewer-page]`)?.getAttribute('max') === '60', VIEWER, WAIT);
    await page.waitForSelector(`${VIEWER} .page[data-page-number="1"] canvas`, WAIT);
    await page.setInputFiles('#file-input', 'test/fixtures/pdf/seed003-ruled.pdf');
    // While the next file is analysed, the long one is still drawn where it is scrolled to.
    await page.fill(`${VIEWER} [data-testid=viewer-page]`, '30');
    await page.press(`${VIEWER} [data-testid=viewer-page]`, 'Enter');
    await page.waitForSelector(`${VIEWER} .page[data-page-number="30"] canvas`, WAIT);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="seed003-ruled.pdf"]', WAIT);
    await page.waitForSelector(`${VIEWER} .page[data-page-number="1"] canvas`, WAIT);
    // The old document's parser is gone once the viewer no longer needs it; give its last requests time.
    await page.waitForTimeout(1_000);
    expect(errors.slice(before)).toEqual([]);
  });

  it('made no request off the site and logged no error', () => {
    const { app, preview } = site;
    expect(app.requests.filter((url) => !isSameOrigin(url, preview.origin))).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
