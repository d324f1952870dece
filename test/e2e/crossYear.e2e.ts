// Checking a report against the same body's report of the year before, in the page: 平潭县 2013 against
// a copy of its 2012 report with one cumulative figure changed. The finding joins the list, names the
// other file, and selects its cells in the table; a report of the wrong year changes nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, useSite, shareLink, showTab } from './harness.ts';

const WAIT = { timeout: 30_000, interval: 100 };
const corpus = (name: string) => resolve(repoRoot, 'test/fixtures/corpus', name);

describe('cross-year check in the page', () => {
  const site = useSite();
  const dir = mkdtempSync(join(tmpdir(), 'duizhang-years-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('offers no cross-year check for the 2008 national table (nothing runs on)', async () => {
    await site.app.page.waitForSelector('[data-testid=report-meta] .badge', WAIT);
    expect(await site.app.page.locator('#compare-previous').count()).toBe(0);
  });

  it('adds last year’s checks to the report on screen and selects the cells of a failing one', async () => {
    const { page } = site.app;
    await page.setInputFiles('#file-input', corpus('2013_pingtan_county.html'));
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2013_pingtan_county.html"]', WAIT);
    const before = await page.locator('[data-testid=findings] [data-finding]').count();
    // Last year's 历年累计 主动公开 was 3542; printed 3540 it no longer runs on to this year's 5395.
    const edited = join(dir, '2012-edited.html');
    const original = readFileSync(corpus('2012_pingtan_county.html'), 'utf8');
    expect(original.split('3542').length).toBe(2);
    writeFileSync(edited, original.replace('3542', '3540'));
    await page.setInputFiles('#previous-input', edited);
    const finding = page.locator('[data-testid=findings] [data-finding][data-rule="cross-year"][data-stated="5395"][data-computed="5393"]');
    await finding.waitFor(WAIT);
    expect(await page.locator('[data-testid=findings] [data-finding]').count()).toBeGreaterThan(before);
    expect(await finding.textContent()).toContain('2012-edited.html');
    expect(await page.locator('[data-testid=report-meta]').textContent()).toContain('2012-edited.html');
    await finding.click();
    await page.waitForSelector('[data-testid=stats-table] [data-ref="主动公开@1"][data-highlighted=true]', { ...WAIT, state: 'attached' });
    // The "does it add up" charts draw it too: 5395 stated beside last year's 3540 + this year's 1853 (the
    // charts are drawn once their tab is opened).
    const index = await finding.getAttribute('data-finding');
    await showTab(page, 'charts');
    await page.waitForSelector(`[data-testid=identity-chart] [data-finding="${index}"][data-ok=false]`, { ...WAIT, state: 'attached' });
    await showTab(page, 'problems');
  });

  it('a share link of the compared report reopens with the cross-year finding recomputed', async () => {
    const { page } = site.app;
    const url = await shareLink(page);
    const other = await site.browser.newPage();
    try {
      await other.goto(url);
      await other.waitForSelector('[data-testid=shared-notice]', WAIT);
      await other.waitForSelector('[data-testid=findings] [data-finding][data-rule="cross-year"][data-stated="5395"][data-computed="5393"]', WAIT);
    } finally {
      await other.close();
    }
  });

  it('two reports dropped together: the later is shown, checked against the earlier', async () => {
    const { page } = site.app;
    // Given earlier first: the page must order them by year itself.
    await page.setInputFiles('#file-input', [corpus('2011_pingtan_county.txt'), corpus('2012_pingtan_county.html')]);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2012_pingtan_county.html"]', WAIT);
    await page.waitForFunction(() => /2011_pingtan_county\.txt/.test(document.querySelector('[data-testid=report-meta]')?.textContent ?? ''), undefined, WAIT);
    // 平潭县's real 2011 → 2012 pair: all 17 cumulative figures run on.
    expect(await page.locator('[data-testid=report-meta]').textContent()).toMatch(/2011_pingtan_county\.txt（2011 年度）做跨年度核对：17 项，其中 0 项不一致/);
    expect(await page.locator('[data-testid=findings] [data-finding][data-rule="cross-year"][data-severity=warning]').count()).toBe(0);
  });

  it('says why a report of another year cannot be compared, and changes nothing', async () => {
    await site.app.page.setInputFiles('#file-input', corpus('2013_pingtan_county.html'));
    await site.app.page.waitForSelector('[data-testid=report-meta][data-file-name="2013_pingtan_county.html"]', WAIT);
    const { page } = site.app;
    const before = await page.locator('[data-testid=findings] [data-finding]').count();
    await page.setInputFiles('#previous-input', corpus('2011_pingtan_county.txt'));
    await page.waitForFunction(() => /不是相邻两年|not consecutive/.test(document.querySelector('[role=alert]')?.textContent ?? ''), undefined, WAIT);
    expect(await page.locator('[data-testid=findings] [data-finding]').count()).toBe(before);
    expect(await page.getAttribute('[data-testid=report-meta]', 'data-file-name')).toBe('2013_pingtan_county.html');
    expect(site.app.errors).toEqual([]);
  });
});
