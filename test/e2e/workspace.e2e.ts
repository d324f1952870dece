// The workspace (issue 13): the findings first, the document beside them. On a laptop screen, a finding
// clicked on the 洪泽 PDF and its outlined box on the page are on screen together, without the page
// scrolling away from the finding; the views are tabs, reachable by keyboard; a phone gets one column
// and no horizontal scroll.

import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, repoRoot, startPreview, type AppPage, type Preview } from './harness.ts';

const WAIT = { timeout: 60_000 };
const HONGZE = resolve(repoRoot, 'test/fixtures/corpus/2023_huaian_hongze_district.pdf');

/** Whether an element's box lies wholly inside the window. */
async function inViewport(app: AppPage, selector: string): Promise<boolean> {
  return app.page.locator(selector).first().evaluate((element) => {
    const r = element.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

describe('the workspace', () => {
  let preview: Preview;
  let browser: Browser;
  beforeAll(async () => {
    preview = await startPreview('/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('at 1366×768, a finding on the 洪泽 PDF and its boxes on the page are on screen together', async () => {
    const app = await openApp(browser, preview.url, { viewport: { width: 1366, height: 768 } });
    await app.page.setInputFiles('#file-input', HONGZE);
    await app.page.waitForSelector('[data-testid=report-meta][data-file-name="2023_huaian_hongze_district.pdf"]', WAIT);
    const finding = '[data-testid=findings] [data-finding][data-rule="row-sum"][data-stated="0"][data-computed="11"]';
    await app.page.waitForSelector(finding, WAIT);
    // The findings are the first view, on the first screen, under a one-line summary of what was read.
    expect(await inViewport(app, finding)).toBe(true);
    const summary = await app.page.locator('[data-testid=report-meta] .score').innerText();
    expect(summary).toContain('（2 错误 · 0 待核）');
    const read = await app.page.getAttribute('[data-testid=coverage]', 'data-cells-read');
    const expected = await app.page.getAttribute('[data-testid=coverage]', 'data-cells-expected');
    expect(summary).toContain(`表格读到 ${read} / ${expected} 格`);
    expect(await inViewport(app, '[data-testid=report-meta] .score')).toBe(true);
    const scrollBefore = await app.page.evaluate(() => scrollY);
    await app.page.click(finding);
    await app.page.waitForSelector('[data-testid=page-view][data-page="4"]', WAIT);
    await app.page.waitForSelector('[data-testid=page-box]', WAIT);
    await expect.poll(() => inViewport(app, '[data-testid=page-box]'), WAIT).toBe(true);
    expect(await inViewport(app, `${finding}[aria-selected=true]`)).toBe(true);
    // The window did not move: the document pane scrolled, not the page.
    expect(await app.page.evaluate(() => scrollY)).toBe(scrollBefore);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('switches views by tab, with the arrow keys too, and marks the finding’s cell in the tables view', async () => {
    const app = await openApp(browser, preview.url);
    await app.page.waitForSelector('[data-testid=findings] [data-finding]', WAIT);
    expect(await app.page.locator('[role=tab][aria-selected=true]').getAttribute('data-tab')).toBe('problems');
    await app.page.locator('[data-testid=findings] [data-finding][data-rule=sum][data-stated="464"]').first().click();
    await app.page.focus('[role=tab][data-tab=problems]');
    await app.page.keyboard.press('ArrowRight');
    expect(await app.page.locator('[role=tab][aria-selected=true]').getAttribute('data-tab')).toBe('tables');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('tables');
    await app.page.waitForSelector('[data-testid=stats-table] [data-ref="三(一)@0"][data-highlighted=true]', WAIT);
    expect(await app.page.locator('[data-panel=problems]').isHidden()).toBe(true);
    await app.page.keyboard.press('End');
    expect(await app.page.locator('[role=tab][aria-selected=true]').getAttribute('data-tab')).toBe('coverage');
    await app.page.waitForSelector('[data-testid=coverage]', WAIT);
    await app.page.keyboard.press('ArrowRight'); // wraps round to the first
    expect(await app.page.locator('[role=tab][aria-selected=true]').getAttribute('data-tab')).toBe('problems');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('on a phone (390×844) puts everything in one column with no horizontal scroll', async () => {
    const app = await openApp(browser, preview.url, { viewport: { width: 390, height: 844 } });
    await app.page.waitForSelector('[data-testid=findings] [data-finding]', WAIT);
    for (const tab of ['problems', 'tables', 'charts', 'coverage']) {
      await app.page.click(`[role=tab][data-tab="${tab}"]`);
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, tab).toBeLessThanOrEqual(0);
    }
    await app.close();
  });
});
