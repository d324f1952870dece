// The rule table 三 states in its own header: per column, 一 + 二 = 三（七） + 四 — requests received and
// carried over equal requests handled and carried forward. `stated` is the left side (一 + 二),
// `computed` the right side (三（七） + 四); both are sums of printed numbers.

import { defineRule, type Draft } from '../rule.ts';
import { emptyCellsAddNothing, emptyCellsHold, MISSING_VALUE, missingSeverity } from './missingValues.ts';
import type { Cell } from '../../model/types.ts';
import { cellAt, columnIndexes, columnName, rowName } from '../context.ts';
import type { RuleExamples } from '../examples.ts';
import { exactSum } from '../tolerance.ts';
import { gov2021 } from '../../template/gov2021.ts';
import { shortNumber } from '../printedNumber.ts';
import { FIRST_SIDE, SECOND_SIDE, sideVersusSide } from '../differenceWords.ts';

export const balance = defineRule({
  id: 'balance',
  run(context) {
    const findings: Draft[] = [];
    for (const relation of context.template.relations) {
      if (relation.kind !== 'balance') continue;
      for (const column of columnIndexes(context, relation.left[0]!)) {
        const left = relation.left.map((id) => cellAt(context, id, column));
        const right = relation.right.map((id) => cellAt(context, id, column));
        const col = columnName(context, column, relation.left[0]);
        const all = [...relation.left, ...relation.right];
        const missing = all.filter((_, i) => [...left, ...right][i]?.value.kind !== 'number');
        const cells = [...left, ...right].filter((c): c is Cell => !!c).map((c) => c.ref);
        const names = (ids: string[]) => ids.map(shortNumber).join(' + ');
        if (missing.length && emptyCellsAddNothing(left, right)) {
          const stated = exactSum(left.flatMap((c) => (c?.value.kind === 'number' ? [c.value] : [])));
          const name = { zh: `${col.zh}「${names(relation.left)} = ${names(relation.right)}」`, en: `${col.en} “${relation.left.join(' + ')} = ${relation.right.join(' + ')}”` };
          findings.push(emptyCellsHold(name, missing, stated, cells));
          continue;
        }
        if (missing.length) {
          // Blank cells are not zeros: the balance cannot be checked for this column, unless the numbers
          // already balance (above).
          if (missing.length < all.length) {
            findings.push({
              rule: MISSING_VALUE,
              severity: missingSeverity([...left, ...right].filter((c) => c?.value.kind !== 'number')),
              message: {
                zh: `${col.zh}无法核对「${names(relation.left)} = ${names(relation.right)}」：${missing.join('、')} 没有数值（空白不按 0 计）。`,
                en: `${col.en} “${relation.left.join(' + ')} = ${relation.right.join(' + ')}” cannot be checked: ${missing.join(', ')} has no number (blank is not 0).`,
              },
              cells,
            });
          }
          continue;
        }
        const stated = exactSum((left as Cell[]).map((c) => c.value));
        const computed = exactSum((right as Cell[]).map((c) => c.value));
        const holds = stated === computed;
        findings.push({
          severity: holds ? 'info' : 'error',
          message: holds
            ? { zh: `${col.zh}${names(relation.left)} = ${names(relation.right)} = ${stated}，相符。`, en: `${col.en} ${relation.left.join(' + ')} = ${relation.right.join(' + ')} = ${stated}.` }
            : {
                zh: `${col.zh}${names(relation.left)} = ${stated}，而 ${names(relation.right)} = ${computed}：${sideVersusSide(stated, computed, FIRST_SIDE, SECOND_SIDE).zh}（依据：${relation.note.zh}）。`,
                en: `${col.en} ${relation.left.join(' + ')} = ${stated}, but ${relation.right.join(' + ')} = ${computed}: ${sideVersusSide(stated, computed, FIRST_SIDE, SECOND_SIDE).en} (${relation.note.en}).`,
              },
          stated,
          computed,
          delta: stated - computed,
          cells,
        });
      }
    }
    return findings;
  },
});

const column0 = (values: Record<string, string>) => values;
export const examples: RuleExamples = {
  template: gov2021,
  ok: [
    { name: '3119 + 34 = 3050 + 103', cells: column0({ '三.一': '3119', '三.二': '34', '三.三(七)': '3050', '三.四': '103' }), expect: [] },
    // Zeros left blank or dashed: the numbers already balance, so the empty cells can only be 0.
    { name: '21 + (blank) = 21 + —', cells: column0({ '三.一': '21', '三.二': '', '三.三(七)': '21', '三.四': '—' }), expect: [] },
  ],
  notOk: [
    { name: '21 + 0 ≠ 20 + 0', cells: column0({ '三.一': '21', '三.二': '0', '三.三(七)': '20', '三.四': '0' }), expect: [[21, 20]] },
    { name: 'a blank 四 that could hold the shortfall makes the column uncheckable', cells: column0({ '三.一': '21', '三.二': '0', '三.三(七)': '20', '三.四': '' }), expect: [[undefined, undefined]] },
    { name: 'words in a cell leave it open though the numbers balance', cells: column0({ '三.一': '21', '三.二': '无', '三.三(七)': '21', '三.四': '0' }), expect: [[undefined, undefined]] },
  ],
};
