// The group rows of table 三 (三、本年度办理结果 and, in 2021, （三）–（六）) carry no number of their own:
// their numbers are in the rows under them. A number printed on a group row is reported, since it is
// either a misplaced row or a subtotal the template does not have.

import { defineRule, type Draft } from '../rule.ts';
import { columnName, rowName } from '../context.ts';
import type { RuleExamples } from '../examples.ts';
import { gov2021 } from '../../template/gov2021.ts';

export const groupEmpty = defineRule({
  id: 'group-empty',
  run(context) {
    const findings: Draft[] = [];
    const groups = new Set(context.template.indicators.filter((d) => d.group).map((d) => d.id));
    for (const cell of context.cells.values()) {
      if (!groups.has(cell.indicator) || cell.value.kind !== 'number') continue;
      const name = rowName(context, cell.indicator);
      const col = columnName(context, cell.column, cell.indicator);
      findings.push({
        severity: 'warning',
        message: {
          zh: `${name.zh}是分组标题，本身不应填数，但${col.zh}填了「${cell.value.raw}」。`,
          en: `${name.en} is a group heading and carries no number of its own, but${col.en} shows “${cell.value.raw}”.`,
        },
        cells: [cell.ref],
      });
    }
    return findings;
  },
});

export const examples: RuleExamples = {
  template: gov2021,
  ok: [{ name: 'group rows left blank', cells: { '三.三(三)': ['', '', '', '', '', '', ''], '三.三(三)1': ['2', '0', '0', '0', '0', '0', '2'] }, expect: [] }],
  notOk: [{ name: 'a number on the 不予公开 group row', cells: { '三.三(三)': ['', '', '', '', '', '', '9'] }, expect: [[undefined, undefined]] }],
};
