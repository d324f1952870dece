// A number that is not a well-formed number (「135.」, cut short by conversion) is reported as such and
// never repaired: the report's own value is unknown.

import { defineRule, type Draft } from '../rule.ts';
import { columnName, rowName } from '../context.ts';
import type { RuleExamples } from '../examples.ts';

export const malformed = defineRule({
  id: 'malformed',
  run(context) {
    const findings: Draft[] = [];
    for (const cell of context.cells.values()) {
      if (cell.value.kind !== 'malformed') continue;
      const name = rowName(context, cell.indicator);
      const col = columnName(context, cell.column, cell.indicator);
      findings.push({
        severity: 'warning',
        message: {
          zh: `${name.zh}${col.zh}的数值「${cell.value.raw}」不是完整的数字，可能在转换中被截断。`,
          en: `${name.en}${col.en}: “${cell.value.raw}” is not a complete number; it was probably cut short in conversion.`,
        },
        cells: [cell.ref],
      });
    }
    return findings;
  },
});

export const examples: RuleExamples = {
  ok: [{ name: '52.3 is a number', cells: { '十二(四)': '52.3' }, expect: [] }],
  notOk: [{ name: '「135.」 is cut short', cells: { '十二(四)': '135.' }, expect: [[undefined, undefined]] }],
};
