// Keyboard only: the first Tab reaches a skip link that lands on the current finding; the findings list
// is one tab stop whose arrow keys move the selection; the statistics tables are one tab stop whose arrow
// keys move among value cells (across rows and on into the next table); the focus ring keeps at least
// 3:1 contrast against what surrounds it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { showTab, useSite } from './harness.ts';

const WAIT = { timeout: 60_000 };
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { finding: el?.dataset.finding, cell: el?.dataset.cell, text: el?.textContent?.trim().slice(0, 20), id: el?.id, cls: el?.className };
  });

/** WCAG contrast ratio between two CSS colours given as rgb()/rgba(). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('keyboard', () => {
  const site = useSite();

  it('the first Tab reaches the skip link, which lands on the first finding', async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=findings] [data-finding]', { ...WAIT, state: 'attached' });
    // Nothing was clicked yet: the first Tab of the page.
    await page.keyboard.press('Tab');
    expect((await active(page)).cls).toBe('skip-link');
    // From another view too: the skip link opens the findings' view.
    await showTab(page, 'tables');
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role=tabpanel][data-panel=problems]:not([hidden])', WAIT);
    const first = await page.getAttribute('[data-testid=findings] [data-finding]', 'data-finding');
    expect((await active(page)).finding).toBe(first);
  });

  it('moves through the findings with the arrow keys, one tab stop for the list', async () => {
    const { page } = site.app;
    const indexes = await page.$$eval('[data-testid=findings] [data-finding]', (els) => els.map((e) => e.getAttribute('data-finding')));
    expect(await page.locator('[data-testid=findings] [data-finding][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect((await active(page)).finding).toBe(indexes[1]);
    await page.waitForSelector(`[data-testid=findings] [data-finding="${indexes[1]}"][aria-selected=true]`, WAIT);
    await page.keyboard.press('End');
    expect((await active(page)).finding).toBe(indexes[indexes.length - 1]);
    await page.keyboard.press('Home');
    expect((await active(page)).finding).toBe(indexes[0]);
    expect(await page.locator('[data-testid=findings] [data-finding][tabindex="0"]').count()).toBe(1);
  });

  it('moves among table cells with the arrow keys, one tab stop for the tables', async () => {
    const { page } = site.app;
    await showTab(page, 'tables');
    expect(await page.locator('[data-testid=stats-table] [data-cell][tabindex="0"]').count()).toBe(1);
    await page.focus('[data-testid=stats-table] [data-cell="三(一)@0"]');
    await page.keyboard.press('ArrowDown');
    expect((await active(page)).cell).toBe('三(一)1@0');
    await page.keyboard.press('ArrowDown');
    expect((await active(page)).cell).toBe('三(一)2@0');
    await page.keyboard.press('ArrowUp');
    expect((await active(page)).cell).toBe('三(一)1@0');
    // The cell moved to is now the tables' one tab stop.
    expect(await page.getAttribute('[data-testid=stats-table] [data-cell="三(一)1@0"]', 'tabindex')).toBe('0');
    expect(await page.locator('[data-testid=stats-table] [data-cell][tabindex="0"]').count()).toBe(1);
  });

  it('draws a focus ring of at least 3:1 contrast on findings, cells and buttons', async () => {
    const { page } = site.app;
    const ring = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        // What the ring sits on: the nearest ancestor with an opaque background.
        let back: Element | null = el.parentElement;
        while (back && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(back).backgroundColor)) back = back.parentElement;
        return { width: style.outlineWidth, style: style.outlineStyle, color: style.outlineColor, background: back ? getComputedStyle(back).backgroundColor : 'rgb(255, 255, 255)', own: style.backgroundColor };
      });
    // A table cell (the ring is drawn inside it, on its own background).
    await page.keyboard.press('ArrowRight'); // no cell to the right: the focus stays, keyboard-visible
    const cell = await ring();
    expect(cell.style).toBe('solid');
    expect(parseFloat(cell.width)).toBeGreaterThanOrEqual(2);
    expect(contrast(cell.color, /rgba\(0, 0, 0, 0\)/.test(cell.own) ? cell.background : cell.own)).toBeGreaterThanOrEqual(3);
    // A finding and a button.
    await showTab(page, 'problems');
    await page.focus('[data-testid=findings] [data-finding][tabindex="0"]');
    await page.keyboard.press('ArrowDown');
    const finding = await ring();
    expect(contrast(finding.color, finding.background)).toBeGreaterThanOrEqual(3);
    await page.focus('#share-link');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const button = await ring();
    expect(contrast(button.color, button.background)).toBeGreaterThanOrEqual(3);
  });

  it('logged no error', () => {
    expect(site.app.errors).toEqual([]);
  });
});
