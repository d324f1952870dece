import { describe, expect, it } from 'vitest';
import { normalizeLines } from './normalizeLines.ts';

const texts = (md: string) => normalizeLines(md).map((l) => l.text);

describe('markdown tables', () => {
  it('turns a pipe row into tab-separated cells, keeping source columns', () => {
    const text = '| 收到申请数 | 件 | 647 |\n| 办结数 | 件 | 640 |';
    const [line] = normalizeLines(text);
    expect(line!.text).toBe('收到申请数\t件\t647');
    expect(line!.cols).toHaveLength(line!.text.length);
    // The value's first digit still points at its column in the ingested line.
    expect(line!.cols[line!.text.indexOf('647')]).toBe(text.indexOf('647') + 1);
  });

  it('blanks a rule line and leaves prose alone', () => {
    expect(texts('| a | b |\n|---|:---:|\n| 1 | 2 |')).toEqual(['a\tb', '', '1\t2']);
    expect(texts('全年共收到申请 647 件 | 其中…')).toEqual(['全年共收到申请 647 件 | 其中…']);
    expect(texts('---')).toEqual(['---']);
  });

  it('drops a column empty in every row at the edge (docling) but keeps an empty middle column', () => {
    expect(texts('|   | 统计指标 | 单位 | 统计数 |\n|---|---|---|---|\n|   | 收到申请数 |  | 647 |')).toEqual(['统计指标\t单位\t统计数', '', '收到申请数\t\t647']);
    expect(texts('| 收到申请数 | 件 | 647 |   |\n| 办结数 | 件 | 640 |   |')).toEqual(['收到申请数\t件\t647', '办结数\t件\t640']);
  });

  it('joins a grid row wrapped over lines, and writes it on the line of its values', () => {
    const md = [
      '+------------------+------+------+',
      '| 统计指标         | 单位 | 统计数 |',
      '+==================+======+======+',
      '| (一) 主动公开政府 |      |      |',
      '| 信息数           |      |      |',
      '|                  | 条   | 1489 |',
      '+------------------+------+------+',
    ].join('\n');
    const lines = normalizeLines(md);
    expect(lines.map((l) => l.text)).toEqual(['', '统计指标\t单位\t统计数', '', '', '', '(一) 主动公开政府信息数\t条\t1489', '']);
    const row = lines[5]!;
    expect(row.cols[row.text.indexOf('1489')]).toBe(md.split('\n')[5]!.indexOf('1489') + 1);
  });

  it('joins a label alone on its row with the numbers on the next, label cell empty (pipe table)', () => {
    expect(texts('| 项目 | 件 |\n|---|---|\n| 一、本年新收申请数量 |  |\n|  | 3119 |\n| 二、上年结转 | 34 |')).toEqual([
      '项目\t件', '', '', '一、本年新收申请数量\t3119', '二、上年结转\t34',
    ]);
  });
});
