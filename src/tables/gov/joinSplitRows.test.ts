// In text laid out with spaces, a table-三 row whose label wraps in a narrow column may print some of its
// numbers beside the label's first line and the rest beside its second: the two lines are one row when
// they hold exactly seven numbers between them, left to right, and the second starts no row of its own.

import { describe, expect, it } from 'vitest';
import type { NormLine } from '../../model/types.ts';
import { spacedToTabs } from '../spacedToTabs.ts';
import { readGovTables } from './readGovTables.ts';
import { table3Labels } from './table3Labels.ts';

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(2, width - [...s].length));
const numbers = (values: number[], from = 0) => values.map((v, k) => String(v).padStart(6)).slice(from).join('');

/** Table 三 laid out with spaces; the row `split` prints its first `at` numbers on its label's first line. */
function report(split: string, at: number): NormLine[] {
  const texts = ['三、收到和处理政府信息公开申请情况'];
  table3Labels().forEach(({ def, label }, i) => {
    const values = [1, 2, 3, 4, 5, 6, 21].map((k) => k * (i + 1));
    if (def.id !== split) return texts.push(pad(label, 30) + numbers(values));
    const [head, tail] = [label.slice(0, 8), label.slice(8)];
    texts.push(pad(head, 30) + values.slice(0, at).map((v) => String(v).padStart(6)).join(''));
    texts.push(pad(tail, 30) + ' '.repeat(6 * at) + numbers(values, at));
  });
  texts.push('四、政府信息公开行政复议、行政诉讼情况');
  return spacedToTabs(texts.map((text, i) => ({ line: i + 1, text, cols: [...text].map((_, k) => k + 1), fold: 1 })));
}

const row = (lines: NormLine[], indicator: string) =>
  readGovTables(lines, 2024, { fragments: true })!.cells.filter((c) => c.indicator === indicator).map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind));

describe('a table-三 row whose numbers stand beside two lines of its wrapped label', () => {
  it('is read whole, its numbers in order', () => {
    const position = table3Labels().findIndex(({ def }) => def.id === '三.三(四)1') + 1;
    expect(row(report('三.三(四)1', 1), '三.三(四)1')).toEqual([1, 2, 3, 4, 5, 6, 21].map((k) => k * position));
    expect(row(report('三.三(三)4', 4), '三.三(三)4')).toHaveLength(7);
  });
});
