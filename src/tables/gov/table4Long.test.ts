// Table 四 laid out long (a row per outcome of each group) is read group by group: five consecutive rows
// naming the outcomes in the template's order and one group among them; anything else is left unread.

import { describe, expect, it } from 'vitest';
import type { NormLine } from '../../model/types.ts';
import { readGovTables } from './readGovTables.ts';
import { table3Labels } from './table3Labels.ts';

/** A tab-separated table 三 (every row adding up), then table 四 as `four`. */
function report(four: string[]): NormLine[] {
  const texts = ['三、收到和处理政府信息公开申请情况'];
  table3Labels().forEach(({ def, label }, i) => {
    texts.push([label, ...[1, 2, 3, 4, 5, 6, 21].map((k) => String(k * (i + 1)))].join('\t'));
  });
  texts.push('四、政府信息公开行政复议、行政诉讼情况', ...four, '五、存在的主要问题及改进情况');
  return texts.map((text, i) => ({ line: i + 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }));
}

const four = (lines: NormLine[]) =>
  Object.fromEntries(readGovTables(lines, 2023)!.cells.filter((c) => c.indicator.startsWith('四.')).map((c) => [c.ref, c.value.kind === 'number' ? c.value.value : c.value.kind]));

/** Five rows of one group, its name on the row `at` (0–4), outcomes in the words given. */
const group = (name: string, at: number, values: number[], words = ['维持', '纠错', '其他', '未审结', '合计']) =>
  words.map((w, k) => [k === at ? name : '', w, String(values[k])].join('\t'));

describe('table 四 laid out long', () => {
  it('reads each group from its five rows, its name on the first row or centred on a middle one', () => {
    const got = four(report(['案件类型\t处理结果\t件数', ...group('行政复议', 0, [4, 1, 0, 2, 7]), ...group('未经复议直接起诉', 2, [1, 0, 0, 1, 2]), ...group('复议后起诉', 4, [0, 0, 1, 0, 1])]));
    expect(got).toMatchObject({ '四.复议@0': 4, '四.复议@3': 2, '四.复议@4': 7, '四.诉讼直接@0': 1, '四.诉讼直接@4': 2, '四.诉讼复议后@2': 1 });
    expect(Object.keys(got)).toHaveLength(15);
  });

  it('reads rows whose cells are one space apart (a PDF whose table has no grid)', () => {
    const spaced = (rows: string[]) => rows.map((r) => r.replace(/\t+/g, ' ').trim());
    const got = four(report(spaced([...group('行政复议', 2, [3, 0, 0, 0, 3]), ...group('未经复议直接起诉', 0, [0, 1, 0, 0, 1]), ...group('复议后起诉', 0, [0, 0, 0, 2, 2])])));
    expect(got).toMatchObject({ '四.复议@0': 3, '四.诉讼直接@1': 1, '四.诉讼复议后@3': 2 });
  });

  it('leaves a group unread when an outcome is missing, out of order or its name is not one', () => {
    const missing = group('行政复议', 0, [4, 1, 0, 2, 7]).filter((_, k) => k !== 2);
    const swapped = group('未经复议直接起诉', 0, [1, 0, 0, 1, 2], ['纠错', '维持', '其他', '未审结', '合计']);
    const twoNames = group('复议后起诉', 0, [0, 0, 1, 0, 1]).map((r, k) => (k === 3 ? r.replace(/^/, '行政复议') : r));
    expect(four(report([...missing, ...swapped, ...twoNames]))).toEqual({});
  });
});
