// Table 四 printed turned a quarter: a row per outcome (结果维持, 结果纠正, 其他结果, 尚未审结, 总计) and a column
// per group (行政复议 | 未经复议直接起诉 | 复议后起诉), as a body prints it to fit a narrow page. It is read only
// from five rows that name the five outcomes in the template's order, each with three numbers, under a header
// that names the three groups, the groups' order taken from where the header names them. Anything else (a
// row with fewer numbers, an outcome missing or twice, a group the header does not name) leaves the table
// unread rather than guessed.

import type { NormLine } from '../../model/types.ts';
import type { TemplateDef } from '../../template/definition.ts';
import { parseValue } from '../parseValue.ts';
import type { Found, Row } from './govRow.ts';
import { outcomeOf } from './table4Long.ts';

/** The header cell that names each group: 行政复议 alone, a lawsuit filed directly, one after reconsideration. */
const GROUP_HEADS: Array<[string, RegExp]> = [
  ['四.复议', /^行政复议$/],
  ['四.诉讼直接', /未经复议|直接起诉/],
  ['四.诉讼复议后', /复议后/],
];

/** The three groups in the order the header's cells name them, or undefined unless each is named once. */
function groupOrder(header: string[]): string[] | undefined {
  const cells = header.map((h) => h.replace(/\s+/g, ''));
  const at = GROUP_HEADS.map(([id, re]) => {
    const named = cells.flatMap((c, i) => (re.test(c) ? [i] : []));
    return { id, index: named.length === 1 ? named[0]! : -1 };
  });
  if (at.some((g) => g.index < 0)) return undefined;
  return at.sort((a, b) => a.index - b.index).map((g) => g.id);
}

export function table4Transposed(template: TemplateDef, rows: Row[]): Array<Found & { row: { valueLines: NormLine[] } }> {
  const withNumbers = rows.filter((r) => r.values.some((v) => parseValue(v.text).kind === 'number'));
  if (withNumbers.length !== 5) return [];
  const outcomes = withNumbers.map((r) => outcomeOf(r.labels.map((l) => l.text).join('').replace(/\s+/g, '')));
  if (outcomes.some((o, i) => o !== i) || withNumbers.some((r) => r.values.length !== 3)) return [];
  const first = withNumbers[0]!;
  const order = groupOrder(first.above ?? []);
  if (!order) return [];
  return order.flatMap((id, g) => {
    const def = template.indicators.find((d) => d.id === id && d.table === '四');
    if (!def) return [];
    return [{ def, row: { line: first.line, labels: [], values: withNumbers.map((r) => r.values[g]!), valueLines: withNumbers.map((r) => r.line) } }];
  });
}
