// The same quantity printed twice (十 设置政府信息查阅点数 and 十二(二) 设置政府信息公开查阅点数) must agree.
// `stated` is the first printing, `computed` the second.

import { defineRule, type Draft } from '../rule.ts';
import { cellAt, columnIndexes, columnName, rowName } from '../context.ts';
import type { RuleExamples } from '../examples.ts';
import { FIRST_SIDE, SECOND_SIDE, sideVersusSide } from '../differenceWords.ts';

export const same = defineRule({
  id: 'same',
  run(context) {
    const findings: Draft[] = [];
    for (const relation of context.template.relations) {
      if (relation.kind !== 'same') continue;
      columnIndexes(context, relation.first).forEach((column) => {
        const first = cellAt(context, relation.first, column);
        const second = cellAt(context, relation.second, column);
        if (first?.value.kind !== 'number' || second?.value.kind !== 'number') return;
        const stated = first.value.value!;
        const computed = second.value.value!;
        const a = rowName(context, relation.first);
        const b = rowName(context, relation.second);
        const col = columnName(context, column, relation.first);
        const agree = stated === computed;
        findings.push({
          severity: agree ? 'info' : (relation.severity ?? 'error'),
          message: agree
            ? { zh: `${a.zh}与${b.zh}${col.zh}一致（${stated}）。`, en: `${a.en} and ${b.en}${col.en} agree (${stated}).` }
            : {
                zh: `同一数量填报两次却不一致：${a.zh}${col.zh}为 ${stated}，${b.zh}为 ${computed}，${sideVersusSide(stated, computed, FIRST_SIDE, SECOND_SIDE).zh}。`,
                en: `The same quantity is printed twice with two values: ${a.en}${col.en} is ${stated}, ${b.en} is ${computed}; ${sideVersusSide(stated, computed, FIRST_SIDE, SECOND_SIDE).en}.`,
              },
          stated,
          computed,
          delta: stated - computed,
          cells: [first.ref, second.ref],
        });
      });
    }
    return findings;
  },
});

export const examples: RuleExamples = {
  ok: [{ name: '十 and 十二(二) agree', cells: { 十: '346', '十二(二)': '346' }, expect: [] }],
  notOk: [{ name: '十 375 vs 十二(二) 380', cells: { 十: '375', '十二(二)': '380' }, expect: [[375, 380]] }],
};
