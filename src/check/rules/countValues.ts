// Counts are non-negative integers. A count column holding a negative number or a decimal is reported;
// columns the template marks as signed (本年增/减) or as amounts (万元) are exempt.

import { defineRule, type Draft } from '../rule.ts';
import { columnsOf, columnName, rowName } from '../context.ts';
import type { RuleExamples } from '../examples.ts';
import { gov2019 } from '../../template/gov2021.ts';

export const countValues = defineRule({
  id: 'count-value',
  run(context) {
    const findings: Draft[] = [];
    if (!context.template.tables) return findings;
    for (const cell of context.cells.values()) {
      if (cell.value.kind !== 'number') continue;
      const kind = columnsOf(context, cell.indicator)[cell.column]?.kind ?? 'count';
      const v = cell.value.value!;
      if (kind !== 'count' || (Number.isInteger(v) && v >= 0)) continue;
      const name = rowName(context, cell.indicator);
      const col = columnName(context, cell.column, cell.indicator);
      findings.push({
        severity: 'error',
        message: {
          zh: `${name.zh}${col.zh}是件数，应为非负整数，但填报为「${cell.value.raw}」。`,
          en: `${name.en}${col.en} is a count and must be a non-negative integer, but shows “${cell.value.raw}”.`,
        },
        cells: [cell.ref],
      });
    }
    return findings;
  },
});

export const examples: RuleExamples = {
  template: gov2019,
  ok: [
    { name: 'counts, a negative 本年增/减 and a decimal amount', cells: { '二(五).行政许可': ['120', '-15', '105'], '二(九).政府集中采购': ['12', '251.5'] }, expect: [] },
  ],
  notOk: [
    { name: 'a negative count', cells: { '三.一': ['-1', '0', '0', '0', '0', '0', '-1'] }, expect: [[undefined, undefined], [undefined, undefined]] },
    { name: 'a decimal count', cells: { '二(一).规章': ['1.5', '0', '3'] }, expect: [[undefined, undefined]] },
  ],
};
