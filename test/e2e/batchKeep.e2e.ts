// Keeping a batch (issue 16): a batch read in the page is kept in the browser's IndexedDB (analyses, names,
// sizes, hashes; no file's bytes) and offered again after a reload with its rows, carry-over breaks, sort and
// filter; a report of it opens from its analysis alone, says its pages are not here, and gets them back when
// its file is chosen again; the user's group edits are kept with it; the kept batch is cleared on request; the
// workspace file exports it and imports it back, picked or dropped among other files; a damaged, foreign or
// newer workspace file gets a clear message; a browser that keeps nothing says so and the batch still works.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot, useSite } from './harness.ts';
import { hongzeText } from '../../src/batch/testFixtures.ts';

const WAIT = { timeout: 60_000 };
const fixture = (path: string) => resolve(repoRoot, 'test/fixtures', path);
const HONGZE_PDF = fixture('corpus/2023_huaian_hongze_district.pdf');

/** Every row of the overview (read and failed), as the attributes automated checks rely on, in file order. */
async function overview(page: Page) {
  const rows = await page.locator('[data-report-row]').evaluateAll((all) =>
    all.map((r) => [r.getAttribute('data-file-name'), r.getAttribute('data-body'), r.getAttribute('data-year'), r.getAttribute('data-errors'), r.getAttribute('data-carry')].join('|')),
  );
  const failed = await page.locator('[data-report-error]').evaluateAll((all) => all.map((r) => `${r.getAttribute('data-file-name')}: ${r.textContent}`));
  const breaks = await page.locator('[data-carry-break], [data-carry-break-item]').count();
  return { rows: rows.sort(), failed, breaks };
}

const rowYears = (page: Page) => page.locator('[data-report-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-year')));

/** Reloads the page and waits for the sample (a first visit's view): the kept batch is only offered. */
async function reload(page: Page) {
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('[data-testid=report-meta]', WAIT);
}

describe('keeping a batch', () => {
  const site = useSite();
  const dir = mkdtempSync(join(tmpdir(), 'duizhang-keep-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // 洪泽 2021, 2022 (a carry-over break put in on purpose) and 2023 (the real PDF), 平潭 2011 and a damaged PDF.
  const files = [
    ['hongze-2021.txt', hongzeText({ year: 2021 })],
    ['hongze-2022-edited.txt', hongzeText({ year: 2022, carried: 5 })],
    ['pingtan-2011.txt', readFileSync(fixture('corpus/2011_pingtan_county.txt'), 'utf8')],
  ].map(([name, text]) => {
    const path = join(dir, name!);
    writeFileSync(path, text!);
    return path;
  });
  const damaged = join(dir, 'damaged.pdf');
  writeFileSync(damaged, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 7)]));
  let before: Awaited<ReturnType<typeof overview>>;
  let workspace = '';

  it('keeps a batch read in the page and offers it after a reload, rows, breaks, sort and filter as left', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT);
    await page.setInputFiles('#file-input', [...files, HONGZE_PDF, damaged]);
    await page.waitForSelector('[data-testid=batch-overall][data-running=false][data-total="5"]', WAIT);
    await page.click('[data-sort=year]');
    await page.fill('#batch-filter', '.');
    before = await overview(page);
    expect(before.rows).toHaveLength(4);
    expect(before.rows.some((r) => r.startsWith('hongze-2022-edited.txt|洪泽区人民政府|2022|') && r.endsWith('|break'))).toBe(true);
    expect(before.failed).toHaveLength(1);
    expect(before.breaks).toBeGreaterThan(0);

    await reload(page);
    await page.waitForSelector('[data-testid=kept-offer]', WAIT);
    expect(await page.textContent('[data-testid=kept-offer]')).toContain('上次的批量（5 份报告');
    // The sample a first visit shows is on screen meanwhile; the batch opens on request.
    expect(await page.locator('[data-testid=batch]').count()).toBe(0);
    await page.click('#kept-open');
    await page.waitForSelector('[data-testid=batch]', WAIT);
    expect(await overview(page)).toEqual(before);
    expect(await page.inputValue('#batch-filter')).toBe('.');
    expect(await page.getAttribute('th:has([data-sort=year])', 'aria-sort')).toBe('ascending');
    expect(await rowYears(page)).toEqual(['2011', '2021', '2022', '2023']);
    expect(site.app.errors).toEqual([]);
  });

  it('opens a restored PDF report from its analysis, says its pages are missing, and draws them once the file is given', async () => {
    const { page } = site.app;
    await page.click('[data-report-row][data-file-name="2023_huaian_hongze_district.pdf"] [data-open-report]');
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2023_huaian_hongze_district.pdf"]', WAIT);
    await page.waitForSelector('[data-testid=missing-file]', WAIT);
    expect(await page.textContent('[data-testid=missing-file]')).toContain('无法显示 PDF 原页');
    expect(await page.locator('[data-testid=findings] [data-finding][data-rule="row-sum"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[role=tab][data-tab=text]').count()).toBe(0);
    // Another file is refused by its hash; the report's own file brings its pages back.
    await page.setInputFiles('[data-testid=missing-file] input[type=file]', files[0]!);
    await page.waitForSelector('[data-testid=kept-message][data-kind=error]', WAIT);
    expect(await page.textContent('[data-testid=kept-message]')).toContain('SHA-256 不一致');
    await page.setInputFiles('[data-testid=missing-file] input[type=file]', HONGZE_PDF);
    await page.waitForSelector('[role=tab][data-tab=text]', WAIT);
    expect(await page.locator('[data-testid=missing-file]').count()).toBe(0);
    await page.click('[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="11"]');
    await page.waitForSelector('[data-testid=page-box]', WAIT);
    await page.click('#back-to-batch');
    await page.waitForSelector('[data-testid=batch]', WAIT);
  });

  it('keeps the user’s merges and splits of body groups with the batch', async () => {
    const { page } = site.app;
    await page.click('[data-testid=group-editor] > summary');
    await page.click('[data-split][data-file-name="2023_huaian_hongze_district.pdf"]');
    await page.waitForSelector('[data-group-steps="1"]', WAIT);
    const groups = await page.locator('[data-group-editor-group]').count();
    before = await overview(page);
    await reload(page);
    await page.click('#kept-open');
    await page.waitForSelector('[data-testid=batch]', WAIT);
    await page.click('[data-testid=group-editor] > summary');
    expect(await page.getAttribute('[data-group-steps]', 'data-group-steps')).toBe('1');
    expect(await page.locator('[data-group-editor-group]').count()).toBe(groups);
    expect(await overview(page)).toEqual(before);
  });

  it('exports the workspace file, clears the kept batch, and imports the file back to the same overview', async () => {
    const { page } = site.app;
    const downloading = page.waitForEvent('download');
    await page.click('#batch-export-workspace');
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^duizhang-\d{4}-\d{2}-\d{2}\.duizhang\.json$/);
    workspace = join(dir, file.suggestedFilename());
    await file.saveAs(workspace);
    const json = JSON.parse(readFileSync(workspace, 'utf8'));
    expect(json).toMatchObject({ format: 'duizhang-workspace', formatVersion: 1, filter: '.', sort: { key: 'year', dir: 1 } });
    expect(json.groupEdits).toEqual({ steps: [{ kind: 'split', report: '2023_huaian_hongze_district.pdf' }] });
    expect(json.reports).toHaveLength(5);
    for (const report of json.reports) expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);

    await page.click('#batch-clear-kept');
    await page.waitForSelector('[data-testid=kept-message][data-kind=info]', WAIT);
    expect(await page.locator('[data-testid=batch]').count()).toBe(0);
    await reload(page);
    // The offer is made, if at all, when storage has answered; the page marks that answer.
    await page.waitForSelector('[data-testid=kept-looked][data-looked=yes]', { ...WAIT, state: 'attached' });
    expect(await page.locator('[data-testid=kept-offer]').count()).toBe(0);

    await page.setInputFiles('#workspace-input', workspace);
    await page.waitForSelector('[data-testid=batch]', WAIT);
    expect(await overview(page)).toEqual(before);
    // An imported batch is the one kept from now on.
    await reload(page);
    await page.waitForSelector('[data-testid=kept-offer]', WAIT);
    expect(site.app.errors).toEqual([]);
  });

  it('recognises a workspace file among dropped files and matches the other files to its reports', async () => {
    const { page } = site.app;
    await page.setInputFiles('#file-input', [workspace, HONGZE_PDF]);
    await page.waitForSelector('[data-testid=batch]', WAIT);
    expect(await overview(page)).toEqual(before);
    await page.waitForSelector('[data-testid=kept-message][data-kind=info]', WAIT);
    expect(await page.textContent('[data-testid=kept-message]')).toContain('已找回 1 份报告的原文件');
    // Its file was matched: the PDF opens with its pages, no notice.
    await page.click('[data-report-row][data-file-name="2023_huaian_hongze_district.pdf"] [data-open-report]');
    await page.waitForSelector('[role=tab][data-tab=text]', WAIT);
    expect(await page.locator('[data-testid=missing-file]').count()).toBe(0);
    await page.click('#back-to-batch');
  });

  it('says so when the browser keeps nothing, and the batch works all the same', async () => {
    // A browser without IndexedDB (some private modes): the page must go on, saying the batch will not be kept.
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(site.preview.url);
      await page.waitForSelector('[data-testid=report-meta]', WAIT);
      await page.setInputFiles('#file-input', files);
      await page.waitForSelector('[data-testid=batch-overall][data-running=false][data-total="3"]', WAIT);
      await page.waitForSelector('[data-testid=kept-message][data-kind=error]', WAIT);
      expect(await page.textContent('[data-testid=kept-message]')).toContain('此浏览器不允许本页保存数据');
      expect(await page.locator('[data-report-row]').count()).toBe(3);
      // The workspace file still carries the batch away.
      const downloading = page.waitForEvent('download');
      await page.click('#batch-export-workspace');
      expect(JSON.parse(readFileSync((await (await downloading).path())!, 'utf8')).reports).toHaveLength(3);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a damaged, foreign or newer workspace file with a message, leaving the page as it was', async () => {
    const { page } = site.app;
    const text = readFileSync(workspace, 'utf8');
    const cases: Array<[string, string, string]> = [
      ['truncated.duizhang.json', text.slice(0, text.length / 2), '工作区文件已损坏：它不是有效的 JSON'],
      ['foreign.duizhang.json', JSON.stringify({ hello: 'world' }), '这不是对账的工作区文件'],
      ['newer.duizhang.json', JSON.stringify({ ...JSON.parse(text), formatVersion: 9 }), '格式版本 9'],
      ['edited.duizhang.json', text.replace('"fileName":"hongze-2021.txt"', '"fileName":42'), '「workspace.reports[0].fileName」处的数据不符合格式'],
    ];
    for (const [name, content, message] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      await page.setInputFiles('#workspace-input', path);
      await page.waitForSelector(`[role=alert][data-file-name="${name}"]`, WAIT);
      expect(await page.textContent('[role=alert]')).toContain(message);
      // The batch on screen is untouched.
      expect(await page.locator('[data-report-row]').count()).toBe(before.rows.length);
    }
    // A lone JSON file chosen as a report is read as a workspace too, and told apart: never analysed as text.
    const other = join(dir, 'duizhang-batch.json');
    writeFileSync(other, '[{"version": 1}]');
    await page.setInputFiles('#file-input', other);
    await page.waitForSelector('[role=alert][data-file-name="duizhang-batch.json"]', WAIT);
    expect(await page.textContent('[role=alert]')).toContain('这不是对账的工作区文件');
    expect(site.app.errors).toEqual([]);
  });
});
