// An unruled table read from a PDF gives a group's vertically centred heading (「（六）其他处理」) a row of its
// own whose cells are all empty. Such a row is a heading over its sub-rows, never a row to map: before,
// 「（六）其他」 was taken for 「3.其他」 by its label, that row read as blank, and the real 「3.其他 108 …」
// was left over (seen on a blind Chromium and a blind Firefox rendering with zebra rows at 8 pt).

import { describe, expect, it } from 'vitest';
import type { NormLine } from '../../src/model/types.ts';
import { gov2021 } from '../../src/template/gov2021.ts';
import { readGovTables } from '../../src/tables/gov/readGovTables.ts';

const HAN = ['一', '二', '三', '四', '五', '六', '七'];

/** Table 三 as tab-separated rows, every row printing 1…7 times its position, with the given heading rows. */
function table3(headings: Record<string, string>): NormLine[] {
  const texts = ['三、收到和处理政府信息公开申请情况'];
  const rows = gov2021.indicators.filter((d) => d.table === '三' && !d.group);
  rows.forEach((def, i) => {
    const sub = /^三\.三\(([一二三四五六七])\)(\d)$/.exec(def.id);
    const group = /^三\.三\(([一二三四五六七])\)$/.exec(def.id);
    if (sub && sub[2] === '1' && headings[sub[1]!]) texts.push(`${headings[sub[1]!]}\t\t\t\t\t\t\t`);
    const label = sub ? `${sub[2]}.${def.label}` : group ? `（${group[1]}）${def.label}` : `${HAN[['三.一', '三.二', '', '三.四'].indexOf(def.id)]}、${def.label}`;
    texts.push([label, ...[1, 2, 3, 4, 5, 6, 7].map((k) => String(k * (i + 1)))].join('\t'));
  });
  texts.push('四、政府信息公开行政复议、行政诉讼情况');
  return texts.map((text, i) => ({ line: i + 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }));
}

describe('a group heading printed as a row of empty cells', () => {
  for (const [name, headings] of [
    ['（六）其他处理', { 六: '（六）其他处理' }],
    ['（五）不予处理 and （六）其他', { 五: '（五）不予处理', 六: '（六）其他' }],
  ] as const) {
    it(`maps no row to ${name}, and reads every sub-row with its own numbers`, () => {
      const reading = readGovTables(table3(headings), 2023)!;
      const cell = (ref: string) => reading.cells.find((c) => c.ref === ref)?.value;
      const position = gov2021.indicators.filter((d) => d.table === '三' && !d.group).findIndex((d) => d.id === '三.三(六)3') + 1;
      expect(cell('三.三(六)3@0')).toMatchObject({ kind: 'number', value: position });
      expect(cell('三.三(五)1@6')).toMatchObject({ kind: 'number' });
      expect(reading.cells.filter((c) => c.value.kind === 'blank')).toEqual([]);
    });
  }
});
