// Accessibility: axe-core (through @axe-core/playwright) finds no serious or critical violation on every
// view of the built-in sample, of a 2021-format PDF (洪泽 2023, with a finding selected and a cell's
// correction form open), and of a share link. `label-content-name-mismatch` (a chart button's accessible
// name must contain the text drawn on it) is enabled on top of axe's defaults.
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { showTab, useSite, shareLink } from './harness.ts';

const WAIT = { timeout: 60_000 };
const HONGZE = 'test/fixtures/corpus/2023_huaian_hongze_district.pdf';
type Tab = Parameters<typeof showTab>[1];

/** Serious and critical violations as "id: selector" lines (empty when clean); the rest is logged. */
async function violations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  const minor = result.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length) console.info(`axe (${where}), minor: ${minor.map((v) => `${v.id} ×${v.nodes.length}`).join(', ')}`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${where} ${v.id}: ${n.target.join(' ')}`));
}

async function everyTab(page: Page, where: string, tabs: Tab[]): Promise<string[]> {
  const found: string[] = [];
  for (const tab of tabs) {
    await showTab(page, tab);
    found.push(...(await violations(page, `${where}/${tab}`)));
  }
  return found;
}

describe('accessibility (axe-core)', () => {
  const site = useSite();

  it('the sample, every view', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=findings] [data-finding]', { ...WAIT, state: 'attached' });
    // The charts load when their tab is first opened: drawn before axe looks at them.
    await showTab(page, 'charts');
    await page.waitForSelector('[data-testid=charts-panel] svg', { ...WAIT, state: 'attached' });
    expect(await everyTab(page, 'sample', ['problems', 'tables', 'charts', 'coverage'])).toEqual([]);
  }, 180_000);

  it('a 2021-format PDF, every view, with a finding selected and a correction form open', async () => {
    const { page } = site.app;
    await page.setInputFiles('#file-input', HONGZE);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="2023_huaian_hongze_district.pdf"]', WAIT);
    await page.waitForSelector('[data-testid=page-view] .page[data-page-number="1"] .textLayer span', WAIT);
    await showTab(page, 'problems');
    await page.locator('[data-testid=findings] [data-finding]:not([data-severity=info])').first().click();
    await page.waitForSelector('[data-testid=page-view] [data-testid=page-box]', WAIT);
    const found = await everyTab(page, 'pdf', ['problems', 'charts', 'text', 'coverage', 'tables']);
    await page.locator('[data-testid=stats-table] [data-cell]').first().click();
    await page.waitForSelector('[data-testid=correction]', WAIT);
    found.push(...(await violations(page, 'pdf/correction')));
    expect(found).toEqual([]);
  }, 240_000);

  it('a share link', async () => {
    const { page } = site.app;
    const url = await shareLink(page);
    // axe needs a page of a context made with newContext (not browser.newPage's own).
    const context = await site.browser.newContext();
    const other = await context.newPage();
    try {
      await other.goto(url);
      await other.waitForSelector('[data-testid=shared-notice]', WAIT);
      await other.waitForSelector('[data-testid=findings] [data-finding]', { ...WAIT, state: 'attached' });
      expect(await everyTab(other, 'shared', ['problems', 'tables', 'charts', 'coverage'])).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
