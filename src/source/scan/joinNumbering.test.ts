import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from '../../model/types.ts';
import { joinNumbering } from './readScanPage.ts';

const item = (str: string, x: number, width: number): PdfTextItem => ({ str, x, y: 100, width, height: 10, fontName: 'ocr', confidence: 0.99 });
const run = (x0: number, x1: number) => ({ x0, x1, y0: 300, y1: 330 });
const ruling = (at: number) => ({ at, from: 200, to: 500, thickness: 2 });

describe('joinNumbering', () => {
  it('joins a table label’s numeral read apart to its words, with its 、, whatever their reading order', () => {
    const read = [
      { run: run(120, 400), item: item('回应解读情况', 43, 100), inTable: true },
      { run: run(60, 90), item: item('二', 22, 11), inTable: true },
    ];
    const out = joinNumbering(read, [ruling(40), ruling(600)], 30);
    expect(out.map((i) => i.str)).toEqual(['二、回应解读情况']);
    expect(out[0]!.x).toBe(22);
  });

  it('leaves a numeral alone outside a table, across a ruling, or before a number', () => {
    const apart = [
      { run: run(60, 90), item: item('二', 22, 11), inTable: true },
      { run: run(120, 400), item: item('回应解读情况', 43, 100), inTable: true },
    ];
    expect(joinNumbering(apart, [ruling(40), ruling(105), ruling(600)], 30).map((i) => i.str)).toEqual(['二', '回应解读情况']);
    expect(joinNumbering(apart.map((r) => ({ ...r, inTable: false })), [], 30).map((i) => i.str)).toEqual(['二', '回应解读情况']);
    // A numeral inside a label (「第」「二十」「条第（八）项」 read as three runs) is not its numbering.
    const inside = [
      { run: run(20, 50), item: item('第', 8, 11), inTable: true },
      { run: run(60, 90), item: item('二十', 22, 11), inTable: true },
      { run: run(120, 400), item: item('条第（八）项', 43, 100), inTable: true },
    ];
    expect(joinNumbering(inside, [ruling(10), ruling(600)], 30).map((i) => i.str)).toEqual(['第', '二十', '条第（八）项']);
    const number = [apart[0]!, { ...apart[1]!, item: item('5918', 43, 20) }];
    expect(joinNumbering(number, [ruling(40), ruling(600)], 30).map((i) => i.str)).toEqual(['二', '5918']);
  });
});
