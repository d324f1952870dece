import { describe, expect, it } from 'vitest';
import type { PdfSegment, PdfTextItem } from '../../model/types.ts';
import { pdfLines } from './pdfLines.ts';

const h = (y: number, x1: number, x2: number): PdfSegment => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): PdfSegment => ({ x1: x, y1, x2: x, y2 });
const text = (str: string, x: number, y: number, width = 6 * str.length): PdfTextItem => ({ str, x, y, width, height: 10, fontName: 'f' });

/**
 * A ruled table of a label column (x 0–100) and a value column (100–160), three rows of 20 pt; in the
 * value column the ruling between rows 1 and 2 is missing (as under a seal), so rows 1–2 merge there.
 */
function table(values: PdfTextItem[]) {
  const segments = [h(0, 0, 160), h(20, 0, 160), h(40, 0, 100), h(60, 0, 160), v(0, 0, 60), v(100, 0, 60), v(160, 0, 60)];
  const labels = [text('主动公开政府信息数', 4, 5, 54), text('其中：规范性文件数', 4, 25, 54), text('政府网站公开数', 4, 45, 42)];
  return pdfLines({ pages: [{ number: 1, width: 200, height: 100, items: [...labels, ...values], segments }] }).map((l) => l.text);
}

describe('a ruled cell that spans rows', () => {
  it('gives each row the value printed in its band when the ruling between them is lost', () => {
    expect(table([text('172385', 110, 5), text('119', 110, 25), text('285922', 110, 45)])).toEqual([
      '主动公开政府信息数\t172385',
      '其中：规范性文件数\t119',
      '政府网站公开数\t285922',
    ]);
  });
  it('keeps one value centred in a merged cell, or a wrapped label, as it is', () => {
    const merged = table([text('172385', 110, 5), text('119', 110, 35)]);
    expect(merged.some((l) => l.includes('119'))).toBe(true);
    expect(merged.join('\n')).not.toMatch(/119\d/);
  });
});
