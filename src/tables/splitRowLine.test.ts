// Tab cells that hold several cells set apart by spaces (text whose cells were separated now by a tab,
// now by spaces): split where a value cell could only be several, never inside a label's own words.

import { describe, expect, it } from 'vitest';
import { readStatsTables } from './readStatsTables.ts';
import { tabCells } from './splitRowLine.ts';

const texts = (line: string) => tabCells(line).map((c) => c.text);

describe('tab cells set apart by spaces as well', () => {
  it('splits a cell of bare numbers at its spaces, and a label from the numbers two spaces after it', () => {
    expect(texts('（一）予以公开\t 38  6\t 0\t 1\t3 \t3  51')).toEqual(['（一）予以公开', '38', '6', '0', '1', '3', '3', '51']);
    expect(texts('5.属于三类内部事务信息    1  0\t0\t0\t 0  0   1')).toEqual(['5.属于三类内部事务信息', '1', '0', '0', '0', '0', '0', '1']);
    expect(texts('七、报送信息数  条\t1267')).toEqual(['七、报送信息数', '条', '1267']);
    expect(texts('受理依申请公开信息总数\t条  81\t148')).toEqual(['受理依申请公开信息总数', '条', '81', '148']);
  });
  it('keeps a label’s own numbers and a cell of words whole, and the offsets of each part', () => {
    expect(texts('相同信息计 1 次\t件\t3')).toEqual(['相同信息计 1 次', '件', '3']);
    expect(texts('其他\t5 件\t2')).toEqual(['其他', '5 件', '2']);
    const [, a, b] = tabCells('x\t 38  6');
    expect([a!.start, b!.start]).toEqual([3, 7]);
  });
});

describe('a numbered row whose unit and value are set apart by spaces, in a tabbed statistics table', () => {
  it('is that row, not a section label with empty cells', () => {
    const text = ['统计指标\t单位\t统计数', '四、行政复议数量\t件\t1', '（一）维持具体行政行为数  件    1', '（二）被依法纠错数\t件\t0'];
    const lines = text.map((t, i) => ({ line: i + 1, text: t, cols: [...t].map((_, k) => k + 1), fold: 1 }));
    const rows = readStatsTables(lines)[0]!.rows.map((r) => [r.label, r.unit, r.values[0]!.value.raw]);
    expect(rows).toEqual([
      ['四、行政复议数量', '件', '1'],
      ['（一）维持具体行政行为数', '件', '1'],
      ['（二）被依法纠错数', '件', '0'],
    ]);
  });
});
