// Correcting a misread cell (src/view/corrections/): a click or Enter on a table cell opens its form, the
// checks rerun at once, the cell is marked and the audit list names it; the correction travels in the share
// link (the recipient sees it marked, with the same findings) and in the CSV beside the printed value; undo
// takes it back. On the built-in sample (德州 2018), whose 三、（一）收到申请数 prints 464 where its parts
// give 435; and on a pasted 2021 report whose glued digits split two ways, whose cells offer both readings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { showTab, useSite, shareLink } from './harness.ts';
import { gluedTable3 } from '../support/gluedTable.ts';

const WAIT = { timeout: 60_000 };
const TOTAL = '[data-testid=stats-table] [data-cell="三(一)@0"]';
const SUM_464 = '[data-testid=findings] [data-finding][data-rule="sum"][data-stated="464"][data-computed="435"]';

const flagged = (page: Page) =>
  page.locator('[data-testid=findings] [data-finding]:not([data-severity=info])').evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-rule')} ${e.getAttribute('data-stated')}/${e.getAttribute('data-computed')}`).sort(),
  );

describe('correcting a cell', () => {
  const site = useSite();
  let before: string[] = [];

  it('opens the form on a click, reruns the checks and marks the cell', async () => {
    const { page } = site.app;
    await page.waitForSelector(SUM_464, { ...WAIT, state: 'attached' });
    before = await flagged(page);
    await showTab(page, 'tables');
    await page.click(TOTAL);
    await page.waitForSelector('[data-testid=correction][data-ref="三(一)@0"]', WAIT);
    expect(await page.textContent('[data-testid=correction-printed]')).toBe('464');
    // The input has the focus and the value the checks use now.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('correction-input');
    expect(await page.inputValue('[data-testid=correction-input]')).toBe('464');
    await page.fill('[data-testid=correction-input]', '435');
    await page.press('[data-testid=correction-input]', 'Enter');
    await page.waitForSelector(`${TOTAL}[data-corrected="true"]`, WAIT);
    expect(await page.locator(`${TOTAL} .v`).textContent()).toBe('435');
    expect(await page.locator(`${TOTAL} s.printed`).textContent()).toBe('464');
    await page.waitForSelector(SUM_464, { ...WAIT, state: 'detached' });
    const after = await flagged(page);
    expect(after).not.toContain('sum 464/435');
    // Only checks that use the cell changed: the report prints 收到申请 464 elsewhere too, which now differs.
    expect(after.filter((f) => !before.includes(f))).toEqual(['same 464/435']);
    // Focus went back to the cell, and the audit list names it with both values.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell)).toBe('三(一)@0');
    const entry = page.locator('[data-testid=corrections] [data-correction="三(一)@0"]');
    expect(await entry.textContent()).toMatch(/收到申请.*「464」→「435」/);
    // The review memo (printed) lists it among the corrections made.
    await page.waitForSelector('[data-testid=memo-corrections]', { ...WAIT, state: 'attached' });
    expect(await page.locator('[data-testid=memo-corrections] tbody tr').allTextContents()).toEqual([expect.stringMatching(/收到申请.*464.*435/)]);
  });

  it('puts the correction in the CSV beside the printed value', async () => {
    const { page } = site.app;
    const downloading = page.waitForEvent('download');
    await page.click('#export-csv');
    const csv = readFileSync((await (await downloading).path())!, 'utf8');
    const [header, ...rows] = csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
    const row = rows.find((r) => r[0] === '三(一)@0')!;
    const field = (name: string) => row[header!.indexOf(name)];
    expect([field('raw'), field('corrected_raw'), field('corrected_value')]).toEqual(['464', '435', '435']);
    expect(field('corrected_at')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('carries the correction in the share link; the recipient sees it marked, with the same findings', async () => {
    const { page } = site.app;
    const corrected = await flagged(page);
    const url = await shareLink(page);
    const other = await site.browser.newPage();
    try {
      await other.goto(url);
      await other.waitForSelector('[data-testid=shared-notice]', WAIT);
      await other.waitForSelector('[data-testid=findings] [data-finding]', { ...WAIT, state: 'attached' });
      // Findings that need the text (narrative, signature date) need the document; the table's are recomputed.
      const tableRules = (list: string[]) => list.filter((f) => /^(sum|same|malformed) /.test(f));
      expect(tableRules(await flagged(other))).toEqual(tableRules(corrected));
      await showTab(other, 'tables');
      await other.waitForSelector(`${TOTAL}[data-corrected="true"]`, WAIT);
      expect(await other.locator('[data-testid=corrections] [data-correction="三(一)@0"]').count()).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('undoes the correction, and Enter on a cell opens its form from the keyboard', async () => {
    const { page } = site.app;
    await page.click('[data-action=undo-correction]');
    await page.waitForSelector(`${TOTAL}:not([data-corrected])`, WAIT);
    await page.waitForSelector(SUM_464, { ...WAIT, state: 'attached' });
    expect(await flagged(page)).toEqual(before);
    expect(await page.locator('[data-testid=corrections]').count()).toBe(0);
    // Keyboard only: focus a cell, Enter opens its form, Escape closes it and gives the focus back.
    const part = '[data-testid=stats-table] [data-cell="三(一)1@0"]';
    await page.focus(part);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=correction][data-ref="三(一)1@0"]', WAIT);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=correction]', { ...WAIT, state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell)).toBe('三(一)1@0');
  });

  it('offers the readings of a glued cell, and choosing them settles the checks that could not run', async () => {
    const { page } = site.app;
    // Table 三 printed with its blanks lost: 101000011 reads 10|1|0|0|0|0|11 or 1|0|10|0|0|0|11 and both fit.
    const run = '101000011';
    await page.fill('#paste-input', `某区人民政府2022年政府信息公开工作年度报告\n${gluedTable3({ '三.一': run, '三.三(一)': run, '三.三(七)': run })}`);
    await page.click('#paste-analyze');
    await showTab(page, 'tables');
    const glued = (ref: string) => `[data-testid=stats-table] [data-cell="${ref}"]`;
    await page.waitForSelector(`${glued('三.一@0')}.ambiguous`, WAIT);
    const unsettled = () => page.locator('[data-testid=findings] [data-finding][data-rule="missing-value"]').count();
    const before = await unsettled();
    expect(before).toBeGreaterThan(0);
    for (const ref of ['三.一@0', '三.三(一)@0', '三.三(七)@0']) {
      await page.click(glued(ref));
      await page.waitForSelector(`[data-testid=correction][data-ref="${ref}"]`, WAIT);
      expect((await page.locator('[data-testid=correction] [data-choice]').allTextContents()).sort()).toEqual(['1', '10']);
      await page.click('[data-testid=correction] [data-choice="10"]');
      await page.waitForSelector(`${glued(ref)}[data-corrected="true"]:not(.ambiguous)`, WAIT);
      expect(await page.locator(`${glued(ref)} .v`).textContent()).toBe('10');
    }
    // Column 自然人 now holds numbers throughout: its 一 + 二 = 三（七） + 四 runs (and holds) instead of
    // being left for want of a number.
    await expect.poll(unsettled, WAIT).toBe(before - 1);
  });

  it('logged no error', () => {
    expect(site.app.errors).toEqual([]);
  });
});
