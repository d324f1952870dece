// The batch page's bodies × years grid, its charts and the group editor (issue 16): a carry-over break put into
// an edited copy of a real report shows between its two years on the grid; a cell opens its report and back
// returns; the charts draw an SVG per body once opened; merging two groups makes one grid row of them, and
// splitting the report out (or undoing) gives the rows back. At a phone's width only the grid scrolls sideways.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvParseRows } from 'd3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { repoRoot, useSite } from './harness.ts';

const WAIT = { timeout: 60_000 };
const fixture = (path: string) => resolve(repoRoot, 'test/fixtures', path);
const COUNTY = ['2011_pingtan_county.txt', '2012_pingtan_county.txt', '2013_pingtan_county.txt'].map((name) => fixture(`corpus/${name}`));
const HONGZE_HTML = fixture('forms/hongze-2023/page.html');

const GRID = '[data-testid=year-grid]';
/** The grid's rows of body groups (not the row of files that could not be read), by body name. */
const gridBodies = (page: Page) => page.locator(`${GRID} [data-grid-row]:not([data-unread])`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-body')));

describe('the batch grid, charts and group editor', () => {
  const site = useSite();
  const dir = mkdtempSync(join(tmpdir(), 'duizhang-grid-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // 2013 with its 行政复议 row's cumulative figure raised by one: a break against 2012 (as in batch.e2e.ts).
  const edited = join(dir, '2013_pingtan_county_edited.txt');
  const text = readFileSync(COUNTY[2]!, 'utf8');
  writeFileSync(edited, text.replace('行政复议数条00', '行政复议数条01'));
  // A file that cannot be read, its year in its name.
  const damaged = join(dir, 'pingtan_2012_damaged.pdf');
  writeFileSync(damaged, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(new Uint8Array(3000).map((_, i) => (i * 7919 + 13) % 251))]));

  it('shows the break between the two years on the grid, the agreed pair quietly, and the failed file in its year', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT);
    await page.setInputFiles('#file-input', [COUNTY[0]!, COUNTY[1]!, edited, HONGZE_HTML, damaged]);
    await page.waitForSelector('[data-testid=batch-overall][data-running=false][data-total="5"]', WAIT);
    await page.waitForSelector(GRID, WAIT);
    expect(await gridBodies(page)).toEqual(['洪泽区人民政府', '平潭县人民政府']);
    expect(await page.locator(`${GRID} thead th[data-grid-year]`).evaluateAll((ths) => ths.map((t) => t.getAttribute('data-grid-year')))).toEqual(['2011', '2012', '2013', '2023']);

    const breaks = page.locator(`${GRID} [data-carry-break]`);
    expect(await breaks.count()).toBe(1);
    expect(await breaks.getAttribute('data-body')).toBe('平潭县人民政府');
    expect(await breaks.getAttribute('data-years')).toBe('2012-2013');
    // The marker names the pair and the figure for a screen reader.
    expect(await breaks.locator('button').textContent()).toContain('行政复议');
    // The break sits in the 2013 cell of 平潭县's row; 2011–2012 agree.
    expect(await page.locator(`${GRID} [data-grid-row][data-body="平潭县人民政府"] td[data-year="2013"] [data-carry-break]`).count()).toBe(1);
    expect(await page.locator(`${GRID} [data-carry-link=agreed][data-years="2011-2012"]`).count()).toBe(1);
    // The page lists carry-over breaks once: on the grid.
    expect(await page.locator('[data-carry-break]').count()).toBe(1);

    const failed = page.locator(`${GRID} [data-grid-row][data-unread] td[data-year="2012"] [data-grid-unread=failed]`);
    expect(await failed.getAttribute('data-file-name')).toBe('pingtan_2012_damaged.pdf');
    const cell = page.locator(`${GRID} [data-grid-report][data-file-name="2013_pingtan_county_edited.txt"]`);
    // What a screen reader says of the cell: the file and its counts.
    expect(await cell.locator('[data-grid-description]').textContent()).toMatch(/^2013_pingtan_county_edited\.txt：错误 [1-9]\d*，警告 \d+，待核 \d+$/);
    expect(site.app.errors).toEqual([]);
  });

  it('opens a report from its grid cell, by keyboard too, and comes back to the grid', async () => {
    const { page } = site.app;
    await page.click(`${GRID} [data-grid-report][data-file-name="2012_pingtan_county.txt"]`);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2012_pingtan_county.txt"]', WAIT);
    expect(await page.locator('[data-testid=batch]').count()).toBe(0);
    await page.click('#back-to-batch');
    await page.waitForSelector(GRID, WAIT);
    // The break's marker is a button: Enter on it opens the later year, where the break is among the findings.
    await page.focus(`${GRID} [data-carry-break] button`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2013_pingtan_county_edited.txt"]', WAIT);
    await page.waitForSelector('[data-testid=findings] [data-finding][data-rule="cross-year"]', WAIT);
    await page.click('#back-to-batch');
    await page.waitForSelector(`${GRID} [data-carry-break]`, WAIT);
  });

  it('draws the charts only when opened: an SVG per body and the problems by body', async () => {
    const { page } = site.app;
    expect(await page.locator('[data-testid=batch-charts]').count()).toBe(0);
    await page.click('[data-testid=batch-charts-toggle] > summary');
    await page.waitForSelector('[data-testid=batch-charts]', WAIT);
    const charts = page.locator('[data-body-chart]');
    expect(await charts.evaluateAll((figures) => figures.map((f) => [f.getAttribute('data-body'), f.querySelectorAll('svg').length]))).toEqual([
      ['洪泽区人民政府', 1],
      ['平潭县人民政府', 1],
    ]);
    // 平潭县's three years are dots on the 本年新收 panel, joined by a line; its title names the body.
    const pingtan = page.locator('[data-body-chart][data-body="平潭县人民政府"] svg');
    expect(await pingtan.locator('[data-measure=new] circle').count()).toBe(3);
    expect(await pingtan.locator('[data-measure=new] path').count()).toBe(1);
    expect(await pingtan.locator('title').first().textContent()).toBe('平潭县人民政府');
    expect(await page.locator('[data-problems-chart] g[data-body]').count()).toBe(2);
    await page.click('[data-testid=batch-charts-toggle] > summary');
  });

  it('merges two groups into one grid row, splits the report out again, and undoes each step', async () => {
    const { page } = site.app;
    await page.click('[data-testid=group-editor] > summary');
    const hongze = page.locator('[data-group-editor-group][data-body="洪泽区人民政府"]');
    await hongze.locator('select[data-merge-target]').selectOption({ label: '平潭县人民政府（2011_pingtan_county.txt、2012_pingtan_county.txt、2013_pingtan_county_edited.txt）' });
    await hongze.locator('[data-merge]').click();
    await expect.poll(() => gridBodies(page), WAIT).toEqual(['平潭县人民政府']);
    expect(await page.locator(`${GRID} [data-grid-row][data-body="平潭县人民政府"] td[data-year="2023"] [data-grid-report]`).getAttribute('data-file-name')).toBe('page.html');
    // The step is listed with its undo, and the CSV's body names follow: one group, one name.
    expect(await page.getAttribute('[data-group-steps]', 'data-group-steps')).toBe('1');
    const downloading = page.waitForEvent('download');
    await page.click('#batch-export-csv');
    const csv = readFileSync((await (await downloading).path())!, 'utf8');
    const rows = csvParseRows(csv.slice(1).trimEnd());
    const body = rows[0]!.indexOf('body');
    expect(new Set(rows.slice(1).map((r) => r[body]))).toEqual(new Set(['平潭县人民政府']));

    await page.click('[data-split][data-file-name="page.html"]');
    await expect.poll(() => gridBodies(page), WAIT).toEqual(['洪泽区人民政府', '平潭县人民政府']);
    // The break is still there after both steps: its pair never changed.
    expect(await page.locator(`${GRID} [data-carry-break]`).count()).toBe(1);

    await page.click('#group-undo');
    await expect.poll(() => gridBodies(page), WAIT).toEqual(['平潭县人民政府']);
    await page.click('#group-undo');
    await expect.poll(() => gridBodies(page), WAIT).toEqual(['洪泽区人民政府', '平潭县人民政府']);
    expect(await page.locator('[data-group-steps]').count()).toBe(0);
    expect(site.app.errors).toEqual([]);
  });

  it('has no serious or critical accessibility violation in the grid, the group editor or the charts', async () => {
    const { page } = site.app;
    await page.click('[data-testid=batch-charts-toggle] > summary');
    await page.waitForSelector('[data-testid=batch-charts]', WAIT);
    const result = await new AxeBuilder({ page })
      .include('[data-testid=year-grid]')
      .include('[data-testid=group-editor]')
      .include('[data-testid=batch-charts-toggle]')
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  });

  it('fits a phone’s width: the grid scrolls inside its own box, the page does not', async () => {
    const { page } = site.app;
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      const widths = await page.evaluate(() => {
        const scroller = document.querySelector('[data-testid=year-grid]')!.parentElement!;
        return { page: document.documentElement.scrollWidth, window: window.innerWidth, box: scroller.clientWidth, table: scroller.scrollWidth };
      });
      expect(widths.page).toBeLessThanOrEqual(widths.window);
      expect(widths.box).toBeLessThanOrEqual(widths.window);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
