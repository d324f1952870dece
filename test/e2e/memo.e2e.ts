// The review memo (src/view/memo/): the 「打印复核意见」 button gets the memo ready and opens the print
// dialog (stubbed here to count the call), and the PDF Chromium prints then is read back with pdf.js: the
// memo's title, the key figures, every flagged finding's stated and computed numbers, the charts' SVG text,
// and, for a PDF report, the page crops as images in the printed PDF (paintImageXObject in each page's
// operator list). A text report prints each finding's excerpt instead of a crop.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';
import { openPdfNode } from '../../src/source/pdf/openPdfNode.ts';
import { foldWidth } from '../../src/source/normalize/foldWidth.ts';

const WAIT = { timeout: 60_000 };
const FILE = '2023_huaian_hongze_district.pdf';
const MEMO = '[data-testid=review-memo]';

/** The printed PDF's text (folded as the app's reader folds Chromium's Kangxi radicals) and its images. */
async function readBack(bytes: Uint8Array): Promise<{ pages: number; flat: string; images: number }> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { doc, destroy } = await openPdfNode(bytes);
  try {
    let text = '';
    let images = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join('') + '\n';
      const ops = await page.getOperatorList();
      images += ops.fnArray.filter((fn) => fn === OPS.paintImageXObject).length;
    }
    return { pages: doc.numPages, flat: foldWidth(text).replace(/\s+/g, ''), images };
  } finally {
    await destroy();
  }
}

/** Clicks the memo button with window.print stubbed, waits for the call, and prints the page to PDF. */
async function printMemo(page: Page, name: string): Promise<Uint8Array> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  const button = page.getByRole('button', { name, exact: true });
  // The accessible name is the visible label.
  expect((await button.textContent())?.trim()).toBe(name);
  await button.click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, undefined, WAIT);
  const pdf = new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
  if (process.env.MEMO_PDF_DIR) writeFileSync(`${process.env.MEMO_PDF_DIR}/${name.length}-${Date.now()}.pdf`, pdf);
  return pdf;
}

/** The flagged findings the findings list shows: what the memo must print, numbers included. */
function flaggedFindings(page: Page): Promise<Array<{ stated: string | null; computed: string | null }>> {
  return page.$$eval('[data-testid=findings] [data-finding]:not([data-severity=info])', (els) =>
    els.map((el) => ({ stated: el.getAttribute('data-stated'), computed: el.getAttribute('data-computed') })),
  );
}

describe('review memo', () => {
  const site = useSite();

  it('prints a text report with its findings’ excerpts instead of page crops', async () => {
    const { page } = site.app;
    // The built-in sample (德州 2018, seed 000) loads at start.
    await page.waitForSelector('[data-testid=findings] [data-finding][data-stated="464"][data-computed="435"]', WAIT);
    // The charts are not loaded yet (they come with their tab): the button brings them in before printing.
    const flagged = await flaggedFindings(page);
    const { pages, flat, images } = await readBack(await printMemo(page, '打印复核意见'));
    expect(pages).toBeGreaterThan(1);
    expect(flat).toContain('复核意见');
    expect(flat).toContain('德州市');
    expect(flat).toContain('对账（Duizhang）');
    for (const { stated, computed } of flagged) {
      if (stated !== null && computed !== null) expect(flat).toContain(`填报${stated}·验算${computed}`);
    }
    // Excerpts, not crops: the sentence or row of each finding, its numbers marked; no image anywhere.
    expect(await page.locator(`${MEMO} img`).count()).toBe(0);
    const excerpts = await page.$$eval(`${MEMO} [data-memo-excerpt]`, (els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, '')));
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.some((e) => e.includes('464'))).toBe(true);
    expect(flat).toContain(foldWidth(excerpts[0]!).slice(0, 12));
    expect(images).toBe(0);
    // The 2008 template's charts as figures: their titles are SVG text in the printed PDF.
    expect(flat).toContain('加起来对不对');
    // The statistics tables print after the memo, as its appendix; the page's controls do not print.
    expect(flat).toContain('附：读取的统计表');
    for (const control of ['载入示例报告', '核对粘贴的文字', '分享链接', '导出SVG']) expect([control, flat.includes(control)]).toEqual([control, false]);
    expect(site.app.errors).toEqual([]);
  });

  it('prints the same memo on Ctrl+P, its page crops made in idle time', async () => {
    const { page } = site.app;
    await page.setInputFiles('#file-input', `test/fixtures/corpus/${FILE}`);
    await page.waitForSelector(`[data-testid=report-meta][data-file-name="${FILE}"]`, WAIT);
    await page.waitForSelector('[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="11"]', WAIT);
    // Without the button: the crops come on their own once the page is idle, one per flagged finding here.
    const flagged = (await flaggedFindings(page)).length;
    await page.waitForFunction(
      ([memo, n]) => [...document.querySelectorAll<HTMLImageElement>(`${memo} .memo-finding img`)].filter((img) => img.complete && img.naturalWidth > 0).length === n,
      [MEMO, flagged] as const,
      WAIT,
    );
    const pdf = new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    const { flat, images } = await readBack(pdf);
    expect(flat).toContain('复核意见');
    expect(flat).toContain('原文第');
    expect(images).toBeGreaterThanOrEqual(flagged);
  });

  it('prints a PDF report with the key figures, the charts and a crop of each finding’s page', async () => {
    const { page } = site.app;
    const flagged = await flaggedFindings(page);
    expect(flagged.length).toBeGreaterThan(0);
    // The key figures as the page shows them on its tiles.
    const tiles = await page.$$eval('[data-testid=headline-totals] [data-tile] text.value', (els) => els.map((el) => el.textContent ?? ''));
    expect(tiles.length).toBeGreaterThan(2);

    const { flat, images } = await readBack(await printMemo(page, '打印复核意见'));
    expect(flat).toContain('复核意见');
    expect(flat).toContain(FILE.replace(/\s+/g, ''));
    for (const value of tiles) expect(flat).toContain(value.replace(/\s+/g, ''));
    for (const { stated, computed } of flagged) {
      if (stated !== null && computed !== null) expect(flat).toContain(`填报${stated}·验算${computed}`);
    }
    // Every flagged finding with a place on a page has its crop (the memo caps crops at 40; this has fewer).
    const crops = await page.$$eval(`${MEMO} .memo-finding img`, (els) => els.map((el) => ({ src: el.getAttribute('src') ?? '', done: (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0 })));
    expect(crops.length).toBeGreaterThan(0);
    expect(crops.every((c) => c.src.startsWith('blob:') && c.done)).toBe(true);
    expect(flat).toContain('原文第');
    expect(images).toBeGreaterThanOrEqual(crops.length);
    // The 2021 template's charts: the identities and table 三's flow, printed as SVG text.
    expect(flat).toContain('加起来对不对');
    expect(flat).toContain('申请的来龙去脉');
    expect(site.app.errors).toEqual([]);
  });

  it('prints the memo in English after the language is switched', async () => {
    const { page } = site.app;
    await page.click('#lang-toggle');
    const { flat } = await readBack(await printMemo(page, 'Print review memo'));
    expect(flat).toContain('Reviewmemo');
    expect(flat).toContain('Doesitaddup');
    expect(flat).toContain('Whatwasnotread');
    await page.click('#lang-toggle');
    expect(site.app.errors).toEqual([]);
  });
});
