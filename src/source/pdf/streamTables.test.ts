// Unruled tables among a page's lines: the rows of numbers are given one cell per column, found from the
// header's words or from the numbers themselves; what cannot be placed without doubt is left as it was.

import { describe, expect, it } from 'vitest';
import { alignStreamTables, type Block, type Piece } from './streamTables.ts';

const SIZE = 10;

/** A run of text at x on the line at y, one glyph per character (digits half a glyph). */
function run(text: string, x: number): Piece {
  const width = [...text].reduce((w, c) => w + (/[\d.]/.test(c) ? SIZE / 2 : SIZE), 0);
  return { text, page: 1, box: [x, 0, width, SIZE] };
}

/** A line at y whose cells are the given runs (each cell one run). */
function line(y: number, ...cells: Array<[string, number]>): Block {
  return { top: y, page: 1, cells: cells.map(([text, x]) => [{ ...run(text, x), box: [x, y, run(text, x).box[2], SIZE] }]) };
}

const texts = (blocks: Block[]) => blocks.map((b) => b.cells.map((c) => c.map((p) => p.text).join('')).join('\t'));

// Columns: 甲 at 200, 乙 at 240, 丙 at 280, 总 at 320; labels start at 20.
const HEADER = [line(100, ['项目', 20], ['甲', 200], ['乙', 240], ['丙', 280], ['总', 320]), line(112, ['列', 200], ['列', 240], ['列', 280], ['计', 320])];

describe('alignStreamTables', () => {
  it('puts each number under its header word and leaves the other cells empty', () => {
    const rows = [line(130, ['一、收到申请', 20], ['5', 201], ['5', 321]), line(145, ['二、上年结转', 20], ['2', 241], ['1', 281], ['3', 321])];
    expect(texts(alignStreamTables([...HEADER, ...rows]).slice(2))).toEqual(['一、收到申请\t5\t\t\t5', '二、上年结转\t\t2\t1\t3']);
  });

  it('makes a numbered label without numbers a row of empty cells, and joins a wrapped label to its row', () => {
    const rows = [
      line(130, ['一、收到申请', 20], ['5', 201], ['5', 321]),
      line(145, ['二、上年结转', 20]),
      line(160, ['三、办结（区分处理', 20]),
      line(168, ['4', 201], ['4', 321]),
      line(176, ['的，只计一次）', 20]),
      line(191, ['四、结转下年度', 20], ['1', 281], ['1', 321]),
    ];
    expect(texts(alignStreamTables([...HEADER, ...rows]).slice(2))).toEqual([
      '一、收到申请\t5\t\t\t5',
      '二、上年结转\t\t\t\t',
      '三、办结（区分处理\t的，只计一次）\t4\t\t\t4',
      '四、结转下年度\t\t\t1\t1',
    ]);
  });

  it('finds the columns from the numbers when there is no header, and ends the table at prose', () => {
    const blocks = [
      line(130, ['甲类', 20], ['10', 200], ['7', 240], ['17', 320]),
      line(145, ['乙类', 20], ['3', 200], ['9', 280], ['12', 320]),
      line(160, ['丙类', 20], ['1', 240], ['1', 320]),
      line(175, ['这是一段很长的正文，它说明了本年度收到的申请和办理的结果，共有三十行。', 20]),
      line(190, ['丁类', 20], ['8', 200], ['8', 320]),
    ];
    const out = texts(alignStreamTables(blocks));
    expect(out.slice(0, 3)).toEqual(['甲类\t10\t7\t\t17', '乙类\t3\t\t9\t12', '丙类\t\t1\t\t1']);
    // The row after the prose is no row of the table above: left as it was.
    expect(out[4]).toBe('丁类\t8\t8');
  });

  it('leaves a table alone when two numbers of a row would fall under one column', () => {
    const rows = [line(130, ['一、收到申请', 20], ['5', 201], ['6', 212], ['11', 321]), line(145, ['二、上年结转', 20], ['2', 241], ['2', 321])];
    const blocks = [...HEADER, ...rows];
    expect(texts(alignStreamTables(blocks))).toEqual(texts(blocks));
  });

  it('leaves rows of a single value column as they are', () => {
    const blocks = [line(130, ['主动公开政府信息数', 20], ['条', 200], ['172385', 300]), line(145, ['其中：规范性文件数', 20], ['条', 200], ['119', 300])];
    expect(alignStreamTables(blocks)).toEqual(blocks);
  });

  it('keeps the cells of rows that are all a label and its number (table 二’s sub-tables), and the text of mixed ones', () => {
    const withLine = (b: Block): Block => ({ ...b, line: b.cells.flatMap((c, i) => (i === 0 ? c : [{ ...c[0]!, text: '\t' }, ...c])) });
    const uniform = [line(130, ['行政处罚', 20], ['4119', 300]), line(145, ['行政强制', 20], ['195', 300])].map(withLine);
    expect(alignStreamTables(uniform).every((b) => b.line === undefined && b.cells.length === 2)).toBe(true);
    const mixed = [line(130, ['主动公开情况', 20], ['285922', 300]), line(145, ['主动公开政府信息数', 20], ['条', 200], ['172385', 300])].map(withLine);
    expect(alignStreamTables(mixed).every((b) => b.line !== undefined)).toBe(true);
  });

  it('drops a line whose number stands among the labels (「附件 1」 above the table)', () => {
    const blocks = [line(115, ['附件', 20], ['1', 45]), line(130, ['甲类统计数', 20], ['10', 200], ['17', 320]), line(145, ['乙类统计数', 20], ['3', 200], ['12', 320]), line(160, ['丙类统计数', 20], ['5', 320])];
    const out = texts(alignStreamTables(blocks));
    expect(out[0]).toBe('附件\t1');
    expect(out.slice(1)).toEqual(['甲类统计数\t10\t17', '乙类统计数\t3\t12', '丙类统计数\t\t5']);
  });
});
