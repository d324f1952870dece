// The print stylesheet: printing gives a clean report of the findings, the charts and the table, without
// the page's controls. Checked twice: in print media the controls are hidden and the report is shown,
// and the PDF Chromium prints holds the findings' numbers but none of the controls' words.
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
    await site.app.page.waitForSelector('[data-testid=charts-panel] svg', { ...WAIT, state: 'attached' });
  });

  it('hides the controls and keeps the findings, charts and table in print media', async () => {
    const { page } = site.app;
    await page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['section.input', '#lang-toggle', '[data-testid=report-meta] .actions', '[data-testid=charts-panel] button']) {
        expect([hidden, await page.locator(hidden).first().isVisible()]).toEqual([hidden, false]);
      }
      // Some of the panel's SVGs only hold shared patterns and have no size; the charts must have one.
      const drawnCharts = await page.$$eval('[data-testid=charts-panel] svg', (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 50).length);
      expect(drawnCharts).toBeGreaterThan(3);
      for (const shown of ['[data-testid=findings] [data-finding]', '[data-testid=stats-table]', '[data-testid=report-meta]']) {
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
