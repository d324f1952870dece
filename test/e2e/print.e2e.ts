// The print stylesheet: printing (Ctrl+P, no button) gives the review memo (src/view/memo/: the findings,
// the key figures and the charts) and then the table, without the page's controls. Checked twice: in print
// media the controls are hidden and the memo and table are shown, and the PDF Chromium prints holds the
// findings' numbers but none of the controls' words. memo.e2e.ts checks the memo's own button.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { openPdfNode } from '../../src/source/pdf/openPdfNode.ts';
import { foldWidth } from '../../src/source/normalize/foldWidth.ts';

const WAIT = { timeout: 30_000, interval: 100 };

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const { doc, destroy } = await openPdfNode(bytes);
  try {
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join('') + '\n';
    }
    return { pages: doc.numPages, text };
  } finally {
    await destroy();
  }
}

describe('printing', () => {
  const site = useSite();
  beforeAll(async () => {
    // The built-in sample (seed 000) loads at start.
    await site.app.page.waitForSelector('[data-testid=findings] [data-finding][data-stated="464"][data-computed="435"]', WAIT);
    // The sample's memo waits for the visitor's first action, and the charts for their tab; Ctrl+P before
    // they are in the page loads both, then opens the print dialog (stubbed here to count the call).
    await site.app.page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await site.app.page.keyboard.press('Control+P');
    await site.app.page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, undefined, WAIT);
    await site.app.page.waitForSelector('[data-testid=charts-panel] svg', { ...WAIT, state: 'attached' });
    await site.app.page.waitForSelector('[data-testid=review-memo][data-ready]', { ...WAIT, state: 'attached' });
  });

  it('hides the controls and shows the memo (findings, key figures, charts) and the table in print media', async () => {
    const { page } = site.app;
    // Print media alone is not a print: the event a print starts with composes the memo's charts.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    try {
      // The meta panel, the findings list and the charts panel are in the memo, so they do not print twice.
      for (const hidden of ['section.input', '#lang-toggle', '[data-testid=report-meta]', '[data-testid=findings]', '[data-testid=charts-panel]']) {
        expect([hidden, await page.locator(hidden).first().isVisible()]).toEqual([hidden, false]);
      }
      // The seed's two charts (the identities and the sections), each one picture with a size on paper.
      const drawnCharts = await page.$$eval('[data-testid=review-memo] figure svg', (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 50).length);
      expect(drawnCharts).toBeGreaterThanOrEqual(2);
      for (const shown of ['[data-testid=review-memo] [data-memo-finding]', '[data-testid=review-memo] [data-memo-tile]', '[data-testid=stats-table]']) {
        expect([shown, await page.locator(shown).first().isVisible()]).toEqual([shown, true]);
      }
    } finally {
      await page.emulateMedia({ media: null });
    }
    // Back on screen, the controls return.
    expect(await page.locator('section.input').isVisible()).toBe(true);
  });

  it('prints a PDF with the findings and without the controls', async () => {
    const pdf = await site.app.page.pdf({ format: 'A4', printBackground: true });
    const { pages, text } = await pdfText(new Uint8Array(pdf));
    expect(pages).toBeGreaterThan(1);
    // Chromium's printed CJK text maps to Kangxi radicals (⼈ for 人); fold as the app's own reader does.
    const flat = foldWidth(text).replace(/\s+/g, '');
    // Seed 000's headline error (收到申请数 464 vs parts 435) and the report's own title.
    expect(flat).toContain('464');
    expect(flat).toContain('435');
    expect(flat).toContain('德州市人民政府');
    // Words that only the controls carry.
    for (const control of ['载入示例报告', '核对粘贴的文字', '分享链接', '导出SVG']) expect([control, flat.includes(control)]).toEqual([control, false]);
    expect(site.app.errors).toEqual([]);
  });
});
