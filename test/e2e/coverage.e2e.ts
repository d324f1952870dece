// Saying what was and was not read: the coverage panel on the sample, 「未能核对」 (never the green 「没有发现
// 不一致」) for a paste with no table the checks know, and the chosen language kept across a reload with a
// title that names the app once in each language.
import { describe, expect, it } from 'vitest';
import { useSite, showTab } from './harness.ts';

const WAIT = { timeout: 60_000 };

describe('coverage and the unchecked state', () => {
  const site = useSite();

  it('shows how many of the template’s cells the sample read', async () => {
    const { page } = site.app;
    await showTab(page, 'coverage');
    await page.waitForSelector('[data-testid=coverage][data-coverage=checked]', WAIT);
    const read = Number(await page.getAttribute('[data-testid=coverage]', 'data-cells-read'));
    const expected = Number(await page.getAttribute('[data-testid=coverage]', 'data-cells-expected'));
    expect(read).toBeGreaterThan(50);
    expect(read).toBeLessThanOrEqual(expected);
    expect(await page.locator('[data-state=unchecked]').count()).toBe(0);
  });

  it('shows 「未能核对」 for a garbage paste, not that everything holds', async () => {
    const { page } = site.app;
    await page.fill('#paste-input', '今天天气很好，我们去公园散步。电话：12345678。\n随便写的几行字，没有表格，也没有统计数。');
    await page.click('#paste-analyze');
    await page.waitForSelector('[data-testid=coverage][data-coverage=unchecked]', { ...WAIT, state: 'attached' });
    await showTab(page, 'problems');
    await page.waitForSelector('section.findings [data-state=unchecked]', WAIT);
    const findings = await page.locator('section.findings').innerText();
    expect(findings).toContain('未能核对');
    expect(findings).not.toContain('没有发现不一致');
  });

  it('remembers the language across a reload, and names the app once per language', async () => {
    const { page } = site.app;
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, WAIT);
    expect((await page.locator('header h1').innerText()).replace(/\s+/g, ' ').trim()).toBe('Duizhang 对账');
    await page.reload();
    await page.waitForSelector('[data-testid=report-meta]', WAIT);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#lang-toggle').innerText()).toBe('中文');
    // Back to Chinese for whatever runs next on this page.
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', undefined, WAIT);
  });
});
