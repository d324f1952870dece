import { describe, expect, it } from 'vitest';
import type { NormLine } from '../model/types.ts';
import { spacedToTabs } from './spacedToTabs.ts';

const line = (text: string): NormLine => ({ line: 1, text, cols: [...text].map((_, i) => i + 1), fold: 1 });

describe('spacedToTabs', () => {
  it('splits cells at runs of spaces and numbers at every space, keeping columns', () => {
    const text = '      （一）予以公开                   1288        21 0   3';
    const [out] = spacedToTabs([line(text)]);
    expect(out!.text).toBe('（一）予以公开\t1288\t21\t0\t3');
    expect(out!.cols).toHaveLength(out!.text.length);
    expect(out!.cols[out!.text.indexOf('1288')]).toBe(text.indexOf('1288') + 1);
    expect(out!.cols[out!.text.lastIndexOf('3')]).toBe(text.lastIndexOf('3') + 1);
  });
  it('keeps single spaces inside a label and leaves prose and tab lines alone', () => {
    expect(spacedToTabs([line('第二十条 第（一）项')])[0]!.text).toBe('第二十条 第（一）项');
    expect(spacedToTabs([line('信息内容          本年处理决定数量')])[0]!.text).toBe('信息内容\t本年处理决定数量');
    expect(spacedToTabs([line('a\tb  c')])[0]!.text).toBe('a\tb  c');
    expect(spacedToTabs([line('全年共收到申请 647 件。')])[0]!.text).toBe('全年共收到申请 647 件。');
  });
  it('splits two or more numbers ending a label with single spaces (a PDF row rebuilt from positions), not one', () => {
    expect(spacedToTabs([line('二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0')])[0]!.text).toBe('二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0');
    expect(spacedToTabs([line('3.危及“三安全一稳定” 12 0')])[0]!.text).toBe('3.危及“三安全一稳定”\t12\t0');
    expect(spacedToTabs([line('（不同方式回应同一热点计 1')])[0]!.text).toBe('（不同方式回应同一热点计 1');
  });
});
