// Table 四 turned a quarter (a row per outcome, a column per group) and the lawsuits printed as a table of
// their own (one row of ten numbers): read when the header names the groups, left unread otherwise.

import { describe, expect, it } from 'vitest';
import type { NormLine } from '../../model/types.ts';
import { readGovTables } from './readGovTables.ts';
import { table3Labels } from './table3Labels.ts';

/** A tab-separated table 三 (every row adding up), then table 四 as `four`. */
function report(four: string[]): NormLine[] {
  const texts = ['三、收到和处理政府信息公开申请情况'];
  table3Labels().forEach(({ label }, i) => {
    texts.push([label, ...[1, 2, 3, 4, 5, 6, 21].map((k) => String(k * (i + 1)))].join('\t'));
  });
  texts.push('四、政府信息公开行政复议、行政诉讼情况', ...four, '五、存在的主要问题及改进情况');
  return texts.map((text, i) => ({ line: i + 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 }));
}

const four = (lines: NormLine[]) =>
  Object.fromEntries(readGovTables(lines, 2023)!.cells.filter((c) => c.indicator.startsWith('四.')).map((c) => [c.ref, c.value.kind === 'number' ? c.value.value : c.value.kind]));

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
/** Five outcome rows, each with its three groups' numbers (columns[g][k] is group g's outcome k). */
const turned = (columns: number[][], words = OUTCOMES) => words.map((w, k) => [w, ...columns.map((c) => String(c[k]))].join('\t'));

describe('table 四 turned a quarter', () => {
  it('reads each group from its column, in the order the header names them', () => {
    const got = four(report(['\t\t行政诉讼', '结果\t行政复议\t未经复议直接起诉\t复议后起诉', ...turned([[3, 1, 1, 0, 5], [1, 0, 1, 1, 3], [0, 0, 1, 0, 1]])]));
    expect(got).toMatchObject({ '四.复议@0': 3, '四.复议@4': 5, '四.诉讼直接@3': 1, '四.诉讼直接@4': 3, '四.诉讼复议后@2': 1, '四.诉讼复议后@4': 1 });
    expect(Object.keys(got)).toHaveLength(15);
    // Another order of columns in the header: each column goes to the group it names.
    const swapped = four(report(['处理结果\t复议后起诉\t行政复议\t直接起诉', ...turned([[0, 0, 1, 0, 1], [3, 1, 1, 0, 5], [1, 0, 1, 1, 3]])]));
    expect(swapped).toMatchObject({ '四.复议@4': 5, '四.诉讼直接@4': 3, '四.诉讼复议后@4': 1 });
  });

  it('leaves it unread when the header does not name the three groups, or an outcome is missing or out of order', () => {
    expect(four(report(['结果\t复议\t诉讼一\t诉讼二', ...turned([[3, 1, 1, 0, 5], [1, 0, 1, 1, 3], [0, 0, 1, 0, 1]])]))).toEqual({});
    const header = '结果\t行政复议\t未经复议直接起诉\t复议后起诉';
    expect(four(report([header, ...turned([[3, 1, 1, 0, 5], [1, 0, 1, 1, 3], [0, 0, 1, 0, 1]]).filter((_, k) => k !== 2)]))).toEqual({});
    expect(four(report([header, ...turned([[3, 1, 1, 0, 5], [1, 0, 1, 1, 3], [0, 0, 1, 0, 1]], ['结果纠正', '结果维持', '其他结果', '尚未审结', '总计'])]))).toEqual({});
  });
});

describe('the lawsuits as a table of their own', () => {
  const review = ['行政复议', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计', '2\t0\t0\t0\t2'];
  it('reads its row of ten as the two lawsuit groups, named by the header or, under 行政诉讼 alone, in the template’s order', () => {
    const named = four(report([...review, '行政诉讼', '未经复议直接起诉\t复议后起诉', '1\t0\t1\t0\t2\t0\t1\t1\t1\t3']));
    expect(named).toMatchObject({ '四.复议@4': 2, '四.诉讼直接@0': 1, '四.诉讼直接@4': 2, '四.诉讼复议后@1': 1, '四.诉讼复议后@4': 3 });
    expect(Object.keys(named)).toHaveLength(15);
    expect(four(report([...review, '行政诉讼', '1\t0\t1\t0\t2\t0\t1\t1\t1\t3']))).toMatchObject({ '四.诉讼直接@4': 2, '四.诉讼复议后@4': 3 });
    // Zeros left blank keep their cells.
    expect(four(report([...review, '行政诉讼', '未经复议直接起诉\t复议后起诉', '\t1\t1\t1\t3\t1\t1\t\t\t2']))).toMatchObject({ '四.诉讼直接@0': 'blank', '四.诉讼直接@4': 3, '四.诉讼复议后@2': 'blank', '四.诉讼复议后@4': 2 });
  });
  it('leaves a row of ten under a header that names the groups the other way round unread', () => {
    const got = four(report([...review, '行政诉讼', '复议后起诉\t未经复议直接起诉', '1\t0\t1\t0\t2\t0\t1\t1\t1\t3']));
    expect(Object.keys(got).filter((k) => k.startsWith('四.诉讼'))).toEqual([]);
  });
});
