// A short row of a table-二 sub-table in text laid out with spaces (zeros left blank: 「规章 … 12」) is placed
// under the columns its numbers stand under, measured by a full row of the same sub-table; without one,
// or with a number under no column, it is left unread and said so. A table-四 row that lost its blanks is
// never taken for one group's five numbers.

import { describe, expect, it } from 'vitest';
import type { NormLine } from '../../model/types.ts';
import { spacedToTabs } from '../spacedToTabs.ts';
import { readGovTables } from './readGovTables.ts';
import { table3Labels } from './table3Labels.ts';

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(1, width - [...s].length));

/** A report laid out with spaces: table 二(一) as given, then a full table 三 and table 四's `four` lines. */
function report(table2: string[], four: string[] = []): NormLine[] {
  const texts = ['二、主动公开政府信息情况', ...table2, '三、收到和处理政府信息公开申请情况'];
  table3Labels().forEach(({ def, label }, i) => {
    texts.push(pad(label, 30) + [1, 2, 3, 4, 5, 6, 21].map((k) => String(k * (i + 1)).padStart(6)).join(''));
  });
  texts.push('四、政府信息公开行政复议、行政诉讼情况', ...four, '五、存在的主要问题及改进情况');
  const lines = texts.map((text, i) => ({ line: i + 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }));
  return spacedToTabs(lines);
}

const HEADER = `${pad('信息内容', 20)}${pad('本年制发件数', 14)}${pad('本年废止件数', 14)}现行有效件数`;
const row = (label: string, values: Array<string | undefined>) => pad(label, 20) + values.map((v) => pad(v ?? '', 14)).join('').trimEnd();
const cells = (lines: NormLine[], prefix: string) =>
  Object.fromEntries(readGovTables(lines, 2024, { fragments: true })!.cells.filter((c) => c.indicator.startsWith(prefix)).map((c) => [c.ref, c.value.kind === 'number' ? c.value.value : c.value.kind]));

describe('a short row of table 二 in text laid out with spaces', () => {
  it('places each number under the column a full row’s numbers stand in', () => {
    const got = cells(report(['第二十条第（一）项', HEADER, row('规章', [undefined, undefined, '12']), row('行政规范性文件', ['20', '7', '227'])]), '二(一)');
    expect(got).toMatchObject({ '二(一).规章@0': 'blank', '二(一).规章@1': 'blank', '二(一).规章@2': 12, '二(一).规范性文件@2': 227 });
  });

  it('places numbers right-aligned under their column as well (another producer’s layout)', () => {
    const right = (label: string, values: Array<string | undefined>) => pad(label, 20) + values.map((v) => (v ?? '').padStart(10)).join('');
    const got = cells(report(['第二十条第（一）项', HEADER, right('规章', [undefined, '3', undefined]), right('行政规范性文件', ['120', '17', '1227'])]), '二(一)');
    expect(got).toMatchObject({ '二(一).规章@0': 'blank', '二(一).规章@1': 3, '二(一).规章@2': 'blank' });
  });

  it('leaves the row unread, and says so, with no full row to measure by', () => {
    const lines = report(['第二十条第（一）项', HEADER, row('规章', [undefined, undefined, '12']), row('行政规范性文件', [undefined, '7', '227'])]);
    const reading = readGovTables(lines, 2024, { fragments: true })!;
    expect(reading.cells.filter((c) => c.indicator.startsWith('二(一)'))).toEqual([]);
    expect(reading.notices.some((n) => n.zh.includes('表二有 2 行'))).toBe(true);
  });
});

describe('table 四 in text laid out with spaces', () => {
  it('reads no group from a row of fewer than fifteen numbers, and says so', () => {
    const reading = readGovTables(report([], ['行政复议  行政诉讼', '结果维持 结果纠正 其他结果 尚未审结 总计', '  1    1              2   1     1   1   1   2']), 2024, { fragments: true })!;
    expect(reading.cells.filter((c) => c.indicator.startsWith('四.'))).toEqual([]);
    expect(reading.notices.some((n) => n.zh.startsWith('表四的数字少于 15 个'))).toBe(true);
  });
});

describe('a table-三 row of a PDF whose grid lost a blank cell’s slot', () => {
  /** Table 三 as a PDF's tabbed rows with the box of every cell: column c of the values at x = 200 + 40c. */
  function pdfReport(shortRow: string, slots: Array<[string, number]>, label = shortRow): NormLine[] {
    const texts: NormLine[] = [];
    const add = (cells: Array<[string, number]>) => {
      let text = '';
      const boxes: NonNullable<NormLine['boxes']> = [];
      cells.forEach(([cell, x], k) => {
        if (k > 0) text += '\t';
        boxes.push({ start: text.length, end: text.length + cell.length, page: 1, box: [x, 100 + texts.length * 14, Math.max(cell.length, 1) * 6, 10] });
        text += cell;
      });
      texts.push({ line: texts.length + 1, text, cols: [...text].map((_, k) => k + 1), fold: 1, boxes });
    };
    add([['三、收到和处理政府信息公开申请情况', 20]]);
    table3Labels().forEach(({ def, label: text }, i) => {
      if (def.id === shortRow) return add([[label === shortRow ? text : label, 20], ...slots]);
      add([[text, 20], ...[1, 2, 3, 4, 5, 6, 21].map((k, c): [string, number] => [String(k * (i + 1)), 200 + 40 * c])]);
    });
    add([['四、政府信息公开行政复议、行政诉讼情况', 20]]);
    return texts;
  }
  const row = (lines: NormLine[], id: string) => readGovTables(lines, 2024)!.cells.filter((c) => c.indicator === id).map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind));

  it('places its cells under the columns the full rows’ cells stand in', () => {
    const slots: Array<[string, number]> = [['21', 200], ['', 240], ['', 320], ['', 360], ['', 400], ['21', 440]];
    expect(row(pdfReport('三.三(四)1', slots), '三.三(四)1')).toEqual([21, 'blank', 'blank', 'blank', 'blank', 'blank', 21]);
  });

  it('leaves it unread when a number its label swallowed is missing from its cells', () => {
    const slots: Array<[string, number]> = [['0', 240], ['0', 280], ['0', 320], ['0', 360], ['0', 400], ['0', 440]];
    const lines = pdfReport('三.三(三)2', slots, '2.其他法律行政法规禁0止公开');
    expect(row(lines, '三.三(三)2')).toEqual([]);
    expect(readGovTables(lines, 2024)!.notices.some((n) => n.zh.startsWith('表三有 1 行'))).toBe(true);
  });
});
