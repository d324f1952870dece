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

  it('gives a wrapped sub-row the numbers printed beside its group’s vertically centred label', () => {
    // 「2.其他法律行」 / 「（三）政法规禁止 0 …」 / 「公开」: the group's label stands in a column left of the
    // sub-rows' own, on the line that carries the sub-row's numbers (LibreOffice, a table without borders).
    const group = (y: number, numbers: Array<[string, number]>) => ({
      top: y,
      page: 1,
      cells: [[{ ...run('（三）', 20), box: [20, y, 30, SIZE] as [number, number, number, number] }, { ...run('政法规禁止', 60), box: [60, y, 50, SIZE] as [number, number, number, number] }], ...numbers.map(([t, x]) => [{ ...run(t, x), box: [x, y, run(t, x).box[2], SIZE] as [number, number, number, number] }])],
    });
    const rows = [
      line(130, ['1.属于国家秘密', 60], ['5', 201], ['5', 321]),
      line(145, ['2.其他法律行', 60]),
      group(153, [['2', 201], ['1', 241], ['3', 321]]),
      line(161, ['公开', 60]),
      line(176, ['3.危及“三安全一稳定”', 60], ['1', 281], ['1', 321]),
    ];
    expect(texts(alignStreamTables([...HEADER, ...rows]).slice(2))).toEqual([
      '1.属于国家秘密\t5\t\t\t5',
      '2.其他法律行\t政法规禁止\t公开\t2\t1\t\t3',
      '3.危及“三安全一稳定”\t\t\t1\t1',
    ]);
  });

  it('makes a label with its unit and no number a row of its own, not the wrapped end of the row above', () => {
    // A 统计表 that prints no zeros: 「受理…总数 条」 is a row whose cells are empty, and the row after it
    // (with a label of its own) is not part of it either.
    const header = [line(100, ['指标名称', 20], ['单位', 150], ['年度', 200], ['累计', 240])];
    const rows = [
      line(130, ['2.政府公报公开', 20], ['条', 150], ['7', 201], ['7', 241]),
      line(150, ['受理依申请公开信息总数', 20], ['条', 150]),
      line(170, ['6.其他形式申请数', 20], ['条', 150]),
      line(190, ['对申请的答复总数', 20], ['条', 150], ['1', 201], ['1', 241]),
    ];
    expect(texts(alignStreamTables([...header, ...rows]).slice(1))).toEqual([
      '2.政府公报公开\t条\t7\t7',
      '受理依申请公开信息总数\t条\t\t',
      '6.其他形式申请数\t条\t\t',
      '对申请的答复总数\t条\t1\t1',
    ]);
  });

  it('keeps a second label column wrapped beside its sub-rows with the row it belongs to', () => {
    // 「（六）其他处理」 in a narrow column beside 「2.申请人逾期…」: two label cells, no unit, one row.
    const rows = [
      line(130, ['1.申请人无正当理由', 20], ['（六）其', 100], ['3', 201], ['3', 321]),
      line(150, ['2.申请人逾期未按', 20], ['他处理', 100]),
      line(160, ['收费通知缴费', 20], ['6', 201], ['6', 321]),
    ];
    expect(texts(alignStreamTables([...HEADER, ...rows]).slice(2))).toEqual([
      '1.申请人无正当理由\t（六）其\t3\t\t\t3',
      '2.申请人逾期未按\t他处理\t收费通知缴费\t6\t\t\t6',
    ]);
  });

  it('finds the header above rows that print no number (a page that opens with empty rows)', () => {
    // A table that leaves zeros blank, continued on a new page: its header repeated, then nine rows with
    // nothing in them, then the first row with numbers.
    const empty = Array.from({ length: 9 }, (_, i) => line(130 + 15 * i, [`${i + 2}.不予公开的第${i + 2}类`, 20]));
    const rows = [line(265, ['（四）无法提供', 20], ['7', 201], ['7', 321]), line(280, ['（七）总计', 20], ['23', 200], ['23', 320])];
    const out = texts(alignStreamTables([...HEADER, ...empty, ...rows]).slice(2));
    expect(out[0]).toBe('2.不予公开的第2类\t\t\t\t');
    expect(out.slice(-2)).toEqual(['（四）无法提供\t7\t\t\t7', '（七）总计\t23\t\t\t23']);
  });

  it('counts a header column with nothing under it when it stands right of every label', () => {
    // Table 二: 本年制发 prints nothing for 规范性文件, 本年废止 and 现行有效 print 5; 信息内容 heads the labels.
    const header = [line(112, ['信息内容', 20], ['本年制发', 200], ['本年废止', 260], ['现行有效', 320])];
    const rows = [line(130, ['规章', 20], ['1', 335]), line(150, ['行政规范性文件', 20], ['5', 275], ['5', 335])];
    expect(texts(alignStreamTables([...header, ...rows]).slice(1))).toEqual(['规章\t\t\t1', '行政规范性文件\t\t5\t5']);
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
