// In every row, one column cannot exceed another: the Fujian tables' 年度 figure is part of their 历年累计
// (the cumulative count includes this year), so a year's figure above its cumulative one is an error.

import { defineRule, type Draft } from '../rule.ts';
import { cellAt, columnName, rowName } from '../context.ts';
import type { RuleExamples } from '../examples.ts';
import { fujian2008 } from '../../template/fujian2008.ts';

export const columnAtMost = defineRule({
  id: 'column-at-most',
  run(context) {
    const findings: Draft[] = [];
    for (const relation of context.template.relations) {
      if (relation.kind !== 'columnAtMost') continue;
      for (const def of context.template.indicators) {
        const small = cellAt(context, def.id, relation.small);
        const large = cellAt(context, def.id, relation.large);
        if (small?.value.kind !== 'number' || large?.value.kind !== 'number') continue;
        const [a, b] = [small.value.value!, large.value.value!];
        if (a <= b) continue;
        const name = rowName(context, def.id);
        const [colA, colB] = [columnName(context, relation.small), columnName(context, relation.large)];
        findings.push({
          severity: 'error',
          message: {
            zh: `${name.zh}：${colA.zh || '本年度'}填报 ${a}，大于${colB.zh || '累计'} ${b}（${relation.note.zh}）。`,
            en: `${name.en}: ${colA.en.trim() || 'this year'} is ${a}, more than ${colB.en.trim() || 'the cumulative figure'} ${b} (${relation.note.en}).`,
          },
          // The cumulative figure is what the year's figure is checked against: `computed` is the most it may be.
          stated: a,
          computed: b,
          delta: a - b,
          cells: [small.ref, large.ref],
        });
      }
    }
    return findings;
  },
});

const row = (year: string, total: string) => [year, total];
export const examples: RuleExamples = {
  template: fujian2008,
  ok: [
    { name: '2026 this year of 3542 in all', cells: { 主动公开: row('2026', '3542'), 行政复议: row('0', '0') }, expect: [] },
    { name: 'a blank cumulative figure is not checked', cells: { 受理申请: row('9', '') }, expect: [] },
  ],
  notOk: [{ name: '9 this year but 0 in all', cells: { 受理申请: row('9', '0') }, expect: [[9, 0]] }],
};
