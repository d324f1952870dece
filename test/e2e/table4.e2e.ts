// Table 四 of a 2021 report, in the page: 淮安市洪泽区 2023 prints it as one row of fifteen numbers under
// 行政复议 | 行政诉讼 → 未经复议直接起诉 / 复议后起诉, and its 行政复议 总计 reads 0 where the outcomes add up
// to 11. Dropped onto the page, the statistics table shows table 四 as printed (two levels of headings,
// one row of fifteen cells), the row-sum finding on 复议 selects its cells there, and a click on the cell
// selects the finding.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, showTab, useSite } from './harness.ts';

const WAIT = { timeout: 60_000 };
const FILE = '2023_huaian_hongze_district.pdf';
const TABLE4 = '[data-testid=stats-table][data-table="四"]';
const REFS = ['四.复议', '四.诉讼直接', '四.诉讼复议后'].flatMap((row) => [0, 1, 2, 3, 4].map((c) => `${row}@${c}`));
const cell = (ref: string) => `${TABLE4} td[data-ref="${ref}"]`;

describe('table 四 in the page (淮安市洪泽区 2023)', () => {
  const site = useSite();

  it('shows the dropped PDF’s table 四 as printed: two levels of headings, one row of fifteen cells', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT); // the sample, first
    // Drop the file on the drop zone, as a user does.
    const base64 = readFileSync(resolve(repoRoot, 'test/fixtures/corpus', FILE)).toString('base64');
    const dataTransfer = await page.evaluateHandle(({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'application/pdf' }));
      return transfer;
    }, { base64, name: FILE });
    await page.dispatchEvent('[data-testid=dropzone]', 'drop', { dataTransfer });
    await page.waitForSelector(`[data-testid=report-meta][data-file-name="${FILE}"]`, WAIT);
    await showTab(page, 'tables');
    await page.waitForSelector(TABLE4, WAIT);

    const headings = await page.$$eval(`${TABLE4} thead tr`, (rows) =>
      rows.map((row) => [...row.querySelectorAll('th')].map((th) => `${th.textContent?.trim()}/${th.colSpan}/${th.rowSpan}`)),
    );
    expect(headings[0]).toEqual(['行政复议/5/2', '行政诉讼/10/1']);
    expect(headings[1]).toEqual(['未经复议直接起诉/5/1', '复议后起诉/5/1']);
    expect(headings[2]!.map((h) => h.split('/')[0])).toEqual(Array(3).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat());

    const body = await page.$$eval(`${TABLE4} tbody tr`, (rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => [td.getAttribute('data-ref'), td.querySelector('.v')?.textContent])),
    );
    expect(body).toEqual([REFS.map((ref, i) => [ref, ['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0'][i]])]);
    // No numbers glued into a row label any more.
    expect(await page.locator('[data-testid=stats-table]').allInnerTexts()).not.toContainEqual(expect.stringContaining('10 1 0 0'));
  });

  it('selects the 复议 总计 cell when its row-sum finding is clicked, and the finding when the cell is', async () => {
    const { page } = site.app;
    const finding = page.locator('[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="11"]');
    await showTab(page, 'problems');
    await finding.waitFor(WAIT);
    expect(await finding.count()).toBe(1);
    await finding.click();
    await page.waitForSelector('[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="11"][aria-selected=true]', WAIT);

    // The finding names its cell (checked above); in the tables view, the cell is marked.
    expect(await finding.innerText()).toContain('为 11（而非 0）');
    await showTab(page, 'tables');
    const total = page.locator(cell('四.复议@4'));
    await page.waitForSelector(`${cell('四.复议@4')}[data-highlighted=true]`, WAIT);
    expect(await total.isVisible()).toBe(true);
    expect(await total.locator('.v').textContent()).toBe('0'); // as the PDF prints it
    expect(await total.getAttribute('class')).toMatch(/\bbad\b/);
    expect(await total.locator('.note').textContent()).toContain('11');
    // The one cell whose change makes the group hold is named in the finding (explainLikelyCell.ts).
    expect(await finding.textContent()).toContain('为 11（而非 0）');
    // The whole 行政复议 group, and nothing of the lawsuits, is selected with it.
    const highlighted = await page.$$eval(`${TABLE4} td[data-highlighted=true]`, (tds) => tds.map((td) => td.getAttribute('data-ref')));
    expect(highlighted).toEqual(['四.复议@0', '四.复议@1', '四.复议@2', '四.复议@3', '四.复议@4']);
    // Drawn on screen, with a size.
    await total.scrollIntoViewIfNeeded();
    const box = await total.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);

    // Deselect, then click the lawsuits-after-reconsideration total: its own finding (0 vs 5) is selected.
    await showTab(page, 'problems');
    await finding.click();
    await page.waitForSelector(`${TABLE4} td[data-highlighted=true]`, { state: 'detached', timeout: 10_000 });
    await showTab(page, 'tables');
    await page.locator(cell('四.诉讼复议后@4')).click();
    const attached = { ...WAIT, state: 'attached' } as const;
    await page.waitForSelector('[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="5"][aria-selected=true]', attached);
    await page.waitForSelector(`${cell('四.诉讼复议后@0')}[data-highlighted=true]`, WAIT);
    // Clicking the 复议 total selects the 复议 finding again.
    await total.click();
    await page.waitForSelector('[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="11"][aria-selected=true]', attached);
  });

  it('logs no console errors', () => {
    expect(site.app.errors).toEqual([]);
  });
});
