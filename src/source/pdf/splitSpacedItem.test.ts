import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from '../../model/types.ts';
import { splitSpacedItem } from './splitSpacedItem.ts';

const item = (str: string, x: number, width: number): PdfTextItem => ({ str, x, y: 700, width, height: 10.5, fontName: 'f' });

describe('splitSpacedItem', () => {
  it('gives each word of a header run its own place, by the advance of the characters before it', () => {
    // As Chromium printed an unruled table 二's header: three 6-character cells, one space between them.
    const words = splitSpacedItem(item('本年制发件数 本年废止件数 现行有效件数', 237.7, 195));
    expect(words.map((w) => w.str)).toEqual(['本年制发件数', '本年废止件数', '现行有效件数']);
    // 19 ems over 195 points: each word 6 ems wide, each space half an em.
    const em = 195 / 19;
    expect(words.map((w) => w.x)).toEqual([237.7, 237.7 + 6.5 * em, 237.7 + 13 * em].map((x) => expect.closeTo(x, 6)));
    expect(words.every((w) => Math.abs(w.width - 6 * em) < 1e-6)).toBe(true);
  });

  it('counts Latin letters and digits as half an em', () => {
    const [first, second] = splitSpacedItem(item('2023 年', 100, 35));
    expect(first).toMatchObject({ str: '2023', x: 100, width: 20 });
    expect(second).toMatchObject({ str: '年', x: 125, width: 10 });
  });

  it('leaves a run of one word as it is', () => {
    const run = item(' 行政复议 ', 10, 50);
    expect(splitSpacedItem(run)).toEqual([run]);
  });
});
