import { describe, expect, it } from 'vitest';
import { inputNotices } from './inputNotices.ts';
import type { NormLine } from '../model/types.ts';

const line = (n: number, extra: Partial<NormLine> = {}): NormLine => ({ line: n, text: 'x', cols: [1], fold: 1, ...extra });

describe('input notices', () => {
  it('names up to five lines, then how many in all, once', () => {
    const lines = [1, 2, 4, 5, 10, 12].map((n) => line(n, { hidden: 1 }));
    const [hidden] = inputNotices(lines, []);
    expect(hidden!.zh).toMatch(/^第 1、2、4、5、10 等 6 行的数字中/);
    expect(hidden!.en).toContain('lines 1, 2, 4, 5, 10 and 1 more');
    const [one] = inputNotices([line(3, { reordered: true })], []);
    expect(one!.zh).toMatch(/^第 3 行含有/);
    expect(one!.en).toMatch(/^Line 3 carries/);
  });

  it('says nothing when nothing was dropped', () => {
    expect(inputNotices([line(1), line(2)], [])).toEqual([]);
  });
});
