import { describe, expect, it } from 'vitest';
import type { PdfSource } from '../model/types.ts';
import { analyzePdfSource } from './analyzePdf.ts';

/** A one-page source whose lines are the given strings, one text item each, 20 pt apart. */
function pageOf(...lines: string[]): PdfSource {
  const items = lines.map((str, i) => ({ str, x: 50, y: 50 + i * 20, width: str.length * 10, height: 10, fontName: 'F1' }));
  return { pages: [{ number: 1, width: 595, height: 842, items, segments: [] }] };
}

describe('analyzePdfSource', () => {
  it('calls a PDF with no page broken, not a scan', () => {
    const result = analyzePdfSource({ pages: [] }, 'empty.pdf');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.zh).toContain('一页也没有');
    expect(!result.ok && result.reason.zh).not.toContain('扫描件');
  });

  it('refuses text that is glyph codes of a font without a character map (Identity-H, control characters)', () => {
    const result = analyzePdfSource(pageOf('\u0003\u0004\u0005\u0006\u0007\u0008', '\u000e\u000f\u0010\u0011 !"#$%', '\u0016\u0017\u0018\u0019 ()*+,-'), 'identity.pdf');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.zh).toContain('没有文字映射');
  });

  it('refuses text that is private-use code points, as some Chinese PDF producers write', () => {
    const pua = Array.from({ length: 40 }, (_, i) => String.fromCharCode(0xe010 + i)).join('');
    const result = analyzePdfSource(pageOf(pua, pua.slice(5)), 'pua.pdf');
    expect(!result.ok && result.reason.en).toContain('no map to characters');
  });

  it('reads a report whose digits alone are undecoded, and says on which page', () => {
    const result = analyzePdfSource(pageOf('政府信息公开工作年度报告', '本年新收政府信息公开申请\u0080\u0081件，其中自然人\u0082\u0083件。', '予以公开\u0084\u0085件，部分公开\u0086\u0087件。'), 'digits.pdf');
    expect(result.ok).toBe(true);
    const notices = result.ok ? result.analysis.notices.map((n) => n.zh) : [];
    expect(notices.some((n) => n.includes('第 1 页有部分文字无法解码'))).toBe(true);
  });

  it('says when the text layer was decoded into Latin letters (a re-distilled PDF: 「ÿ七Ā总计」)', () => {
    const garbled = Array.from({ length: 6 }, (_, i) => `ÿ${'一二三四五六'[i]}Ā不予公开 服ó机构 ${i}`);
    const result = analyzePdfSource(pageOf('某县2023年政府信息公开工作年度报告', ...garbled), 'gs.pdf');
    expect(result.ok).toBe(true);
    const notices = result.ok ? result.analysis.notices.map((n) => n.zh) : [];
    expect(notices.some((n) => n.includes('第 1 页的文字层有错码'))).toBe(true);
  });

  it('says nothing of the kind for ordinary text', () => {
    const result = analyzePdfSource(pageOf('政府信息公开工作年度报告', '本年新收政府信息公开申请81件，其中自然人80件。'), 'plain.pdf');
    expect(result.ok && result.analysis.notices.some((n) => n.zh.includes('无法解码') || n.zh.includes('错码'))).toBe(false);
  });
});
