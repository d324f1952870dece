// A scanned PDF dropped on the page is read by OCR in the analysis worker: the progress names the OCR
// stage, the model and runtime come from the site itself (no other origin: the harness fails a test on any
// request elsewhere), the table cells are read as the report prints them, the notice says the text was
// recognised, and a page that is not a picture of text still gets a clear message.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, showTab, useSite } from './harness.ts';

// OCR of three pages on a busy two-core machine: minutes are allowed, nothing is timed.
const WAIT = { timeout: 540_000 };

describe('a scanned report', () => {
  const site = useSite();

  it('reads 洪泽 2023 tables from a 200-dpi scan with the OCR stage shown', { timeout: 600_000 }, async () => {
    const { page } = site.app;
    await page.waitForSelector('[data-testid=report-meta]', WAIT);
    await page.setInputFiles('#file-input', resolve(repoRoot, 'test/fixtures/pdf/scan-hongze-tables.pdf'));
    await page.waitForFunction(() => /OCR/.test(document.querySelector('[data-testid=progress]')?.textContent ?? ''), undefined, WAIT);
    await page.waitForSelector('[data-testid=report-meta][data-file-name="scan-hongze-tables.pdf"]', WAIT);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    await showTab(page, 'tables');
    // Table 三's totals of 一 (new applications) and （七） (answered): 21 and 21.
    expect(await page.locator('[data-cell="三.一@6"]').first().innerText()).toContain('21');
    expect(await page.locator('[data-cell="三.三(七)@6"]').first().innerText()).toContain('21');
    expect(await page.locator('[data-cell]').count()).toBeGreaterThan(150);
    expect(await page.locator('body').innerText()).toContain('扫描件');
  });
});
