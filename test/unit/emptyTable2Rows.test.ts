// A report that leaves zeros blank prints table 二's 「规章」 row with nothing in it: on a line of its own
// (an unruled PDF, where no number gives the row cells) or with empty cells after it (a ruled one). Before,
// the row was not read at all; now its values are blank (never 0), and only for a line that is exactly a
// label of that sub-table. Text with one cell per line, whose numbers follow the label on lines of their
// own, is not taken for an empty row.

import { describe, expect, it } from 'vitest';
import type { NormLine } from '../../src/model/types.ts';
import { gov2021 } from '../../src/template/gov2021.ts';
import { readGovTables } from '../../src/tables/gov/readGovTables.ts';
import { spacedToTabs } from '../../src/tables/spacedToTabs.ts';

const HAN = ['一', '二', '三', '四'];

function lines(table2: string[]): NormLine[] {
  const texts = ['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', ...table2];
  texts.push('三、收到和处理政府信息公开申请情况');
  gov2021.indicators
    .filter((d) => d.table === '三' && !d.group)
    .forEach((def, i) => {
      const label = ['三.一', '三.二', '三.四'].includes(def.id) ? `${HAN[['三.一', '三.二', '', '三.四'].indexOf(def.id)]}、${def.label}` : def.label;
      texts.push([label, ...[1, 1, 1, 1, 1, 1, 6].map((k) => String(k * (i + 1)))].join('\t'));
    });
  texts.push('四、政府信息公开行政复议、行政诉讼情况');
  return texts.map((text, i) => ({ line: i + 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }));
}

/** The same report with table 二(一)'s heading not on a line of its own: `table2` gives its lines. */
function withHeadingInRow(table2: string[]): NormLine[] {
  const all = lines([]).map((l) => l.text);
  const at = all.indexOf('第二十条第（一）项');
  all.splice(at, 2, ...table2);
  return all.map((text, i) => ({ line: i + 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }));
}

const values = (table2: string[]) => {
  const reading = readGovTables(lines(table2), 2023)!;
  return (indicator: string) => reading.cells.filter((c) => c.indicator === indicator).map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind));
};

describe('a sub-table of 二 whose article stands in a column of its own, merged down its rows', () => {
  it('reads the first row, printed on the article’s line, tabbed or laid out with spaces', () => {
    const of = (table2: string[], fragments = false) => {
      const all = withHeadingInRow(table2);
      // Text laid out with spaces is read as the recognizer hands it over: its cells turned into tabs.
      const reading = readGovTables(fragments ? spacedToTabs(all) : all, 2023, { fragments })!;
      return (id: string) => reading.cells.filter((c) => c.indicator === id).map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind));
    };
    const tabbed = of(['信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '第二十条第（一）项\t规章\t2\t0\t5', '\t行政规范性文件\t1\t2\t3']);
    expect(tabbed('二(一).规章')).toEqual([2, 0, 5]);
    expect(tabbed('二(一).规范性文件')).toEqual([1, 2, 3]);
    const spaced = of(['             信息内容      本年制发件数 本年废止件数 现行有效件数', '第二十条第（一）项 规章                 0          0           0', '', '          行政规范性文件              17        17          150'], true);
    expect(spaced('二(一).规章')).toEqual([0, 0, 0]);
    expect(spaced('二(一).规范性文件')).toEqual([17, 17, 150]);
  });
});

describe('a row of table 二 that prints nothing but its label', () => {
  it('is read as blank on a line of its own', () => {
    const of = values(['规章', '行政规范性文件\t\t5\t5']);
    expect(of('二(一).规章')).toEqual(['blank', 'blank', 'blank']);
    expect(of('二(一).规范性文件')).toEqual(['blank', 5, 5]);
  });

  it('is read with its dashes when it prints one in each cell, tabbed or set apart by spaces; not when some are missing', () => {
    expect(values(['规章\t/\t/\t/', '行政规范性文件\t1\t2\t3'])('二(一).规章')).toEqual(['dash', 'dash', 'dash']);
    expect(values(['规章  —   —  —', '行政规范性文件\t1\t2\t3'])('二(一).规章')).toEqual(['dash', 'dash', 'dash']);
    expect(values(['规章  /  /', '行政规范性文件\t1\t2\t3'])('二(一).规章')).toEqual([]);
  });

  it('is read as blank with empty cells after it', () => {
    expect(values(['规章\t\t\t', '行政规范性文件\t1\t2\t3'])('二(一).规章')).toEqual(['blank', 'blank', 'blank']);
  });

  it('is not taken from text with one cell per line, nor from words that are no label of the sub-table', () => {
    expect(values(['规章', '0', '0', '0', '行政规范性文件\t1\t2\t3'])('二(一).规章')).toEqual([]);
    expect(values(['规章制度', '行政规范性文件\t1\t2\t3'])('二(一).规章')).toEqual([]);
  });
});

describe('a one-column row of table 二 whose value cell is merged across the columns above', () => {
  it('reads the number, not the slots the merge leaves after it', () => {
    const of = values(['规章\t1\t0\t3', '第二十条第（五）项', '信息内容\t本年处理决定数量\t\t', '行政许可\t26472\t\t', '第二十条第（八）项', '行政事业性收费\t538.6\t']);
    expect(of('二(五).行政许可')).toEqual([26472]);
    expect(of('二(八).行政事业性收费')).toEqual([538.6]);
  });
  it('keeps a merged cell that is empty blank', () => {
    expect(values(['第二十条第（五）项', '行政许可\t\t\t'])('二(五).行政许可')).toEqual(['blank']);
  });
});

describe('table 二(八) under a heading whose item a scan did not read', () => {
  it('is read by its header (本年收费金额)', () => {
    expect(values(['规章\t1\t0\t3', '第二十条第 () 项', '信息内容\t本年收费金额（单位：万元)', '行政事业性收费\t783.86'])('二(八).行政事业性收费')).toEqual([783.86]);
  });
});

describe('rows under a table-二 heading whose item is not legible at all', () => {
  it('go to the sub-table whose row their label is', () => {
    const of = values(['规章\t1\t0\t3', '第二十条第 ( ) 项', '信息内容\t本年处理决定数量', '行政许可\t2293', '第二十条第（六）项', '行政处罚\t410']);
    expect(of('二(五).行政许可')).toEqual([2293]);
    expect(of('二(六).行政处罚')).toEqual([410]);
  });
});
