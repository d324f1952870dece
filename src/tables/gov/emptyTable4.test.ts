// Table 四 printed with its header and no value: fifteen blank cells when only the header's words stand
// under its heading and table 三 also leaves cells blank; otherwise nothing is read. The PDF family (an
// unruled table gives no sign of its cells) is tested on real prints in test/unit/borderlessTables.test.ts;
// here the tab-separated rows an HTML or Word table gives (a row of empty cells with no label).

import { describe, expect, it } from 'vitest';
import type { NormLine } from '../../model/types.ts';
import { readGovTables } from './readGovTables.ts';
import { table3Labels } from './table3Labels.ts';

/** Table 三 as tab-separated rows (上年结转 left blank when `blanks`), then table 四 as `four` prints it. */
function report(four: string[], blanks = true): NormLine[] {
  const texts = ['三、收到和处理政府信息公开申请情况'];
  table3Labels().forEach(({ def, label }, i) => {
    const values = blanks && def.id === '三.二' ? ['', '', '', '', '', '', ''] : [1, 2, 3, 4, 5, 6, 21].map((k) => String(k * (i + 1)));
    texts.push([label, ...values].join('\t'));
  });
  texts.push('四、政府信息公开行政复议、行政诉讼情况', ...four, '五、存在的主要问题及改进情况');
  return texts.map((text, i) => ({ line: i + 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }));
}

const HEADER = [
  '行政复议\t\t\t\t\t行政诉讼',
  '\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉',
  Array.from({ length: 3 }, () => '结果维持\t结果纠正\t其他结果\t尚未审结\t总计').join('\t'),
];
const fourCells = (lines: NormLine[]) => readGovTables(lines, 2023)!.cells.filter((c) => c.indicator.startsWith('四.'));

describe('table 四 printed with its header and no value', () => {
  it('reads fifteen blank cells from a row of empty cells under the header', () => {
    const cells = fourCells(report([...HEADER, '\t'.repeat(14)]));
    expect(cells).toHaveLength(15);
    expect(cells.every((c) => c.value.kind === 'blank')).toBe(true);
    expect(new Set(cells.map((c) => c.indicator))).toEqual(new Set(['四.复议', '四.诉讼直接', '四.诉讼复议后']));
  });

  it('reads them when the header wraps its words over lines and nothing follows it', () => {
    expect(fourCells(report(['行政复议 行政诉讼', '结果维 结果纠 其他结 尚未审 总', '持 正 果 结 计']))).toHaveLength(15);
  });

  it('reads nothing when anything but the header stands under it', () => {
    expect(fourCells(report([...HEADER, '12']))).toEqual([]);
    expect(fourCells(report([...HEADER, '—\t—\t—']))).toEqual([]);
    expect(fourCells(report([...HEADER, '本年度未发生行政复议、行政诉讼案件。']))).toEqual([]);
  });

  it('reads nothing when the heading stands alone (a table drawn as an image looks so)', () => {
    expect(fourCells(report([]))).toEqual([]);
  });

  it('reads nothing when table 三 prints every cell', () => {
    expect(fourCells(report([...HEADER, '\t'.repeat(14)], false))).toEqual([]);
  });
});

describe('table 四 as two tables, 行政复议’s printed with its header and no value', () => {
  const review = ['行政复议', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计'];
  const lawsuits = ['行政诉讼', '未经复议直接起诉\t复议后起诉', '\t1\t1\t1\t3\t1\t1\t\t\t2'];
  it('reads its five cells blank beside the lawsuits read, with or without a row of empty cells', () => {
    for (const under of [['\t\t\t\t'], []]) {
      const cells = fourCells(report([...review, ...under, ...lawsuits]));
      expect(cells.filter((c) => c.indicator === '四.复议').map((c) => c.value.kind)).toEqual(['blank', 'blank', 'blank', 'blank', 'blank']);
      expect(cells.filter((c) => c.indicator === '四.诉讼直接').map((c) => c.value.raw)).toEqual(['', '1', '1', '1', '3']);
    }
  });
  it('reads nothing for it when anything else stands under its header, or table 三 prints no blank', () => {
    expect(fourCells(report([...review, '—', ...lawsuits])).filter((c) => c.indicator === '四.复议')).toEqual([]);
    expect(fourCells(report([...review, ...lawsuits], false)).filter((c) => c.indicator === '四.复议')).toEqual([]);
  });
});
