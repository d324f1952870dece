// The charts are linked to the rest of the page: clicking (or pressing Enter on) a bar, a flow node or a
// matrix cell selects its finding or its cell in the table, and the PDF page follows. Seed 000 (the
// built-in sample) exercises the 2008 template's section bars; the 2024 淮安 PDF the table-三 flow and
// matrix. The identity chart's click is tested in app.e2e.ts.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot, useSite, showTab } from './harness.ts';

const WAIT = { timeout: 30_000, interval: 100 };
const HUAIAN = resolve(repoRoot, 'test/fixtures/corpus/2024_huaian_city.pdf');

const selectedFinding = (page: Page) =>
  page.locator('[data-testid=findings] [data-finding][aria-selected=true]').evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-stated')}/${e.getAttribute('data-computed')}`),
  );
const tableCell = (ref: string) => `[data-testid=stats-table] [data-ref="${ref}"]`;

describe('charts linked to the findings, the table and the page', () => {
  const site = useSite();
  beforeAll(async () => {
    await showTab(site.app.page, 'charts');
    await site.app.page.waitForSelector('[data-testid=section-bars] [data-ref="三(一)@0"]', WAIT);
  });
  // The table is another view: its cells' highlight is checked as an attribute, the view hidden.
  const ATTACHED = { ...WAIT, state: 'attached' } as const;

  it('a failing section bar selects its finding and cells (click and keyboard)', async () => {
    const { page } = site.app;
    await page.click('[data-testid=section-bars] g[data-ref="三(一)@0"]');
    await expect.poll(() => selectedFinding(page), WAIT).toEqual(['464/435']);
    await page.waitForSelector(`${tableCell('三(一)@0')}[data-highlighted=true]`, ATTACHED);
    await page.waitForSelector(`${tableCell('三(一)1@0')}[data-highlighted=true]`, ATTACHED);
    await page.focus('[data-testid=section-bars] g[data-ref="三(三)@0"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedFinding(page), WAIT).toEqual(['461/634']);
  });

  it('the table-三 flow and matrix of a 2021 report select cells in the table and on the PDF page', async () => {
    const { page } = site.app;
    await page.setInputFiles('#file-input', HUAIAN);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2024_huaian_city.pdf"]', WAIT);
    // The flow starts on the 总计 column; every balance holds, so no gap flow is drawn.
    await page.waitForSelector('[data-testid=flow-chart] [data-node="new"]', WAIT);
    expect(await page.locator('[data-testid=flow-chart] .gap-link').count()).toBe(0);
    await page.click('[data-testid=flow-chart] [data-node="new"]');
    await page.waitForSelector(`${tableCell('三.一@6')}[data-highlighted=true]`, ATTACHED);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=page-box]').length === 1, undefined, WAIT);
    // One applicant type on demand: the flow redraws for 自然人 (column 0).
    await page.selectOption('[data-testid=flow-chart] select', '0');
    await page.waitForSelector('[data-testid=flow-chart][data-column="0"]', WAIT);
    await page.click('[data-testid=flow-chart] [data-node="new"]');
    await page.waitForSelector(`${tableCell('三.一@0')}[data-highlighted=true]`, ATTACHED);
    // A matrix cell, then the arrow key to its right-hand neighbour and Enter.
    await page.click('[data-testid=matrix-chart] g.cell[data-ref="三.三(一)@0"]');
    await page.waitForSelector(`${tableCell('三.三(一)@0')}[data-highlighted=true]`, ATTACHED);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${tableCell('三.三(一)@1')}[data-highlighted=true]`, ATTACHED);
    expect(site.app.errors).toEqual([]);
  });
});
