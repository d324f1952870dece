// The batch page (issue 16): several reports of mixed kinds dropped at once are read in a pool of workers,
// with progress per file; the overview has a row per report and a row per file that failed, sorts and
// filters; a report opens in the workspace and back returns to the overview as it was left; the carry-over
// break of an edited year is listed and its rows marked; the tidy CSV of every cell downloads; cancel stops
// the files still being read.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvParseRows } from 'd3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot, useSite } from './harness.ts';
import { cmapPdf } from '../support/cmapPdf.ts';
import { TIDY_HEADER } from '../../src/batch/tidyCsv.ts';

const WAIT = { timeout: 60_000 };
const fixture = (path: string) => resolve(repoRoot, 'test/fixtures', path);
const COUNTY = ['2011_pingtan_county.txt', '2012_pingtan_county.txt', '2013_pingtan_county.txt'].map((name) => fixture(`corpus/${name}`));
const HONGZE_HTML = fixture('forms/hongze-2023/page.html');
const HONGZE_PDF = fixture('corpus/2023_huaian_hongze_district.pdf');

/** Waits until the batch has stopped with every one of its `total` files accounted for. */
async function batchStopped(page: Page, total: number) {
  await page.waitForSelector(`[data-testid=batch-overall][data-running=false][data-total="${total}"]`, WAIT);
}

const rowYears = (page: Page) => page.locator('[data-report-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-year')));
const rowFiles = (page: Page) => page.locator('[data-report-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file-name')));

describe('the batch page', () => {
  const site = useSite();
  const dir = mkdtempSync(join(tmpdir(), 'duizhang-batch-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A PDF header, then noise: read as a PDF, which pdf.js cannot open.
  const damaged = join(dir, 'damaged.pdf');
  const noise = new Uint8Array(4000).map((_, i) => (i * 7919 + 13) % 251);
  writeFileSync(damaged, Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]));

  it('reads six files of mixed kinds: five rows, one clear error, progress for each file', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT);
    await page.setInputFiles('#file-input', [...COUNTY, HONGZE_HTML, HONGZE_PDF, damaged]);
    await page.waitForSelector('[data-testid=batch]', WAIT);
    await batchStopped(page, 6);
    expect(await page.getAttribute('[data-testid=batch-overall]', 'data-finished')).toBe('6');
    expect(await page.locator('[data-report-row]').count()).toBe(5);
    const error = page.locator('[data-report-error]');
    expect(await error.count()).toBe(1);
    expect(await error.getAttribute('data-file-name')).toBe('damaged.pdf');
    expect(await error.textContent()).toContain('这个 PDF 文件已损坏或不是有效的 PDF，无法打开。');
    // Each file's line says how it ended.
    const states = await page.locator('[data-batch-file]').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-batch-file')}:${i.getAttribute('data-state')}`));
    expect(states).toEqual([
      '2011_pingtan_county.txt:done',
      '2012_pingtan_county.txt:done',
      '2013_pingtan_county.txt:done',
      'page.html:done',
      '2023_huaian_hongze_district.pdf:done',
      'damaged.pdf:failed',
    ]);
    const pdfRow = page.locator('[data-report-row][data-file-name="2023_huaian_hongze_district.pdf"]');
    expect(await pdfRow.getAttribute('data-body')).toBe('洪泽区人民政府');
    expect(await pdfRow.getAttribute('data-year')).toBe('2023');
    expect(await pdfRow.getAttribute('data-errors')).toBe('2');
    // 平潭县's three real years run on: two pairs compared, no break; 洪泽 2023 twice is a note, not a pair.
    expect(await page.getAttribute('[data-testid=carry]', 'data-pairs')).toBe('2');
    expect(await page.locator('[data-carry-break]').count()).toBe(0);
    expect(await page.locator('[data-carry-note]').filter({ hasText: '同一年度有 2 份报告' }).count()).toBe(1);
    expect(site.app.errors).toEqual([]);
  });

  it('sorts by a column and filters by body', async () => {
    const { page } = site.app;
    await page.click('[data-sort=year]');
    await expect.poll(() => rowYears(page), WAIT).toEqual(['2011', '2012', '2013', '2023', '2023']);
    expect(await page.getAttribute('th:has([data-sort=year])', 'aria-sort')).toBe('ascending');
    await page.click('[data-sort=year]');
    await expect.poll(() => rowYears(page), WAIT).toEqual(['2023', '2023', '2013', '2012', '2011']);
    await page.fill('#batch-filter', '平潭');
    await expect.poll(() => page.locator('[data-report-row]').count(), WAIT).toBe(3);
    expect(await rowYears(page)).toEqual(['2013', '2012', '2011']);
    expect(new Set(await page.locator('[data-report-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-body'))))).toEqual(new Set(['平潭县人民政府']));
    // The failed file is filtered by its name like the others.
    expect(await page.locator('[data-report-error]').count()).toBe(0);
  });

  it('opens a report in the workspace, checked against its previous year, and comes back to the overview as left', async () => {
    const { page } = site.app;
    await page.click('[data-report-row][data-file-name="2013_pingtan_county.txt"] [data-open-report]');
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2013_pingtan_county.txt"]', WAIT);
    expect(await page.locator('[data-testid=batch]').count()).toBe(0);
    // The batch's earlier year of the same body is compared, as when two files are dropped.
    expect(await page.locator('[data-testid=report-meta]').textContent()).toMatch(/2012_pingtan_county\.txt（2012 年度）做跨年度核对：\d+ 项，其中 0 项不一致/);
    await page.click('#back-to-batch');
    await page.waitForSelector('[data-testid=batch]', WAIT);
    expect(await page.inputValue('#batch-filter')).toBe('平潭');
    expect(await rowYears(page)).toEqual(['2013', '2012', '2011']);
  });

  it('opens a PDF of the batch with its pages drawn, read again from its file', async () => {
    const { page } = site.app;
    await page.fill('#batch-filter', 'hongze');
    await expect.poll(() => rowFiles(page), WAIT).toEqual(['2023_huaian_hongze_district.pdf']);
    // A click anywhere on the row opens it.
    await page.click('[data-report-row][data-file-name="2023_huaian_hongze_district.pdf"] td:nth-child(2)');
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2023_huaian_hongze_district.pdf"]', WAIT);
    // The text tab exists only when the PDF is open for drawing; a finding's cells are outlined on its page.
    await page.waitForSelector('[role=tab][data-tab=text]', WAIT);
    // (Waiting for the outline also lets pdf.js's viewer finish setting up its pages: unmounted before that,
    // its page set-up throws in a promise of its own — pdfViewer.ts's destroy, not the batch.)
    await page.click('[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="11"]');
    await page.waitForSelector('[data-testid=page-view][data-page="4"]', WAIT);
    await page.waitForSelector('[data-testid=page-box]', WAIT);
    await page.click('#back-to-batch');
    await page.fill('#batch-filter', '');
    await expect.poll(() => page.locator('[data-report-row]').count(), WAIT).toBe(5);
  });

  it('downloads the tidy CSV of every report: BOM, header, every file', async () => {
    const { page } = site.app;
    const downloading = page.waitForEvent('download');
    await page.click('#batch-export-csv');
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('duizhang-batch.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParseRows(csv.slice(1).trimEnd());
    expect(rows[0]).toEqual(TIDY_HEADER);
    const fileColumn = TIDY_HEADER.indexOf('file');
    expect(new Set(rows.slice(1).map((r) => r[fileColumn]))).toEqual(
      new Set(['2011_pingtan_county.txt', '2012_pingtan_county.txt', '2013_pingtan_county.txt', 'page.html', '2023_huaian_hongze_district.pdf']),
    );
  });

  it('downloads every analysis as JSON, as the command line prints a batch, with the cross-year findings joined', async () => {
    const { page } = site.app;
    const downloading = page.waitForEvent('download');
    await page.click('#batch-export-json');
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('duizhang-batch.json');
    const analyses = JSON.parse(readFileSync((await file.path())!, 'utf8')) as Array<{ fileName: string; meta: { year?: number }; cells: unknown[]; findings: Array<{ rule: string }>; lines?: unknown }>;
    expect(analyses.map((a) => a.fileName).sort()).toEqual(['2011_pingtan_county.txt', '2012_pingtan_county.txt', '2013_pingtan_county.txt', '2023_huaian_hongze_district.pdf', 'page.html']);
    expect(analyses.every((a) => a.cells.length > 0 && a.lines === undefined)).toBe(true);
    // 2012 and 2013 are checked against the year before them.
    expect(analyses.filter((a) => a.findings.some((f) => f.rule === 'cross-year')).map((a) => a.meta.year).sort()).toEqual([2012, 2013]);
  });

  it('lists the carry-over break of an edited year and marks the rows of both years', async () => {
    const { page } = site.app;
    const edited = join(dir, '2013_pingtan_county_edited.txt');
    const text = readFileSync(COUNTY[2]!, 'utf8');
    // The row prints its year and cumulative figures glued: 「行政复议数条00」 is 0 this year, 0 in all.
    expect(text.split('行政复议数条00')).toHaveLength(2);
    writeFileSync(edited, text.replace('行政复议数条00', '行政复议数条01'));
    await page.setInputFiles('#file-input', [COUNTY[0]!, COUNTY[1]!, edited]);
    await page.waitForSelector('[data-batch-file="2013_pingtan_county_edited.txt"]', WAIT);
    await batchStopped(page, 3);
    const breaks = page.locator('[data-carry-break]');
    await breaks.first().waitFor(WAIT);
    expect(await breaks.count()).toBe(1);
    expect(await breaks.getAttribute('data-body')).toBe('平潭县人民政府');
    expect(await breaks.getAttribute('data-years')).toBe('2012-2013');
    expect(await breaks.textContent()).toContain('行政复议');
    const marked = await page.locator('[data-report-row][data-carry=break]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file-name')).sort());
    expect(marked).toEqual(['2012_pingtan_county.txt', '2013_pingtan_county_edited.txt']);
    // A new batch starts with its own, unsorted and unfiltered, overview.
    expect(await page.inputValue('#batch-filter')).toBe('');
    // The break's link opens the later report, where the break is one of its findings.
    await breaks.locator('button').click();
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2013_pingtan_county_edited.txt"]', WAIT);
    await page.waitForSelector('[data-testid=findings] [data-finding][data-rule="cross-year"]', WAIT);
    await page.click('#back-to-batch');
    await page.waitForSelector('[data-carry-break]', WAIT);
  });

  it('two reports that are not two years of one body are a batch of two; two that are stay one report checked across years', async () => {
    const { page } = site.app;
    await page.setInputFiles('#file-input', [COUNTY[2]!, HONGZE_PDF]);
    await page.waitForSelector('[data-batch-file="2023_huaian_hongze_district.pdf"]', WAIT);
    await batchStopped(page, 2);
    expect(await page.locator('[data-report-row]').count()).toBe(2);
    await page.setInputFiles('#file-input', [COUNTY[0]!, COUNTY[1]!]);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2012_pingtan_county.txt"]', WAIT);
    expect(await page.locator('[data-testid=batch]').count()).toBe(0);
    expect(await page.locator('#back-to-batch').count()).toBe(0);
    expect(await page.locator('[data-testid=report-meta]').textContent()).toMatch(/2011_pingtan_county\.txt（2011 年度）做跨年度核对：\d+ 项，其中 0 项不一致/);
  });

  it('takes three files dropped on the window as a batch, and says so while they are dragged', async () => {
    const { page } = site.app;
    const files = COUNTY.map((path) => ({ name: path.split('/').pop()!, base64: readFileSync(path).toString('base64') }));
    const dataTransfer = await page.evaluateHandle((files) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of files) transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'text/plain' }));
      return transfer;
    }, files);
    await page.dispatchEvent('header', 'dragenter', { dataTransfer });
    await page.waitForSelector('[data-testid=drop-overlay]', WAIT);
    expect(await page.locator('[data-testid=drop-overlay]').textContent()).toContain('批量分析这 3 份报告');
    await page.dispatchEvent('header', 'drop', { dataTransfer });
    await page.waitForSelector('[data-testid=batch-overall][data-total="3"]', WAIT);
    await batchStopped(page, 3);
    expect(await page.locator('[data-report-row]').count()).toBe(3);
  });

  it('cancels the files still being read and keeps those that are done', async () => {
    const { page } = site.app;
    // Long PDFs (seed 000 ten times over, about 490 pages), so the click lands while pages are being read.
    const seed = readFileSync(fixture('seeds/000_87410cd3979e9921.txt'), 'utf8');
    const longPdf = cmapPdf(Array(10).fill(seed).join('\n'));
    const longs = [1, 2, 3].map((n) => join(dir, `long-${n}.pdf`));
    for (const path of longs) writeFileSync(path, longPdf);
    await page.setInputFiles('#file-input', [COUNTY[0]!, ...longs]);
    await page.waitForSelector('[data-batch-file^="long-"][data-state=reading]', WAIT);
    await page.click('#batch-cancel');
    await batchStopped(page, 4);
    expect(await page.locator('#batch-cancel').count()).toBe(0);
    expect(await page.locator('[data-batch-file][data-state=waiting], [data-batch-file][data-state=reading]').count()).toBe(0);
    expect(await page.locator('[data-report-cancelled]').count()).toBeGreaterThan(0);
    // The page still works after a cancellation: the workers start again.
    await page.setInputFiles('#file-input', COUNTY);
    await batchStopped(page, 3);
    await expect.poll(() => page.locator('[data-report-row]').count(), WAIT).toBe(3);
    expect(site.app.errors).toEqual([]);
  });
});
