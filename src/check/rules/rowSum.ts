// In every row of a table, the total column = Σ the columns before it: table 三's 总计 = the six
// applicant columns, table 四's 总计 = 维持 + 纠正 + 其他 + 尚未审结 in each group.

import { defineRule, type Draft } from '../rule.ts';
import { emptyCellsAddNothing, emptyCellsHold, exceedsTotal, MISSING_VALUE, missingSeverity } from './missingValues.ts';
import type { Cell } from '../../model/types.ts';
import { cellAt, columnsOf, rowName } from '../context.ts';
import type { RuleExamples } from '../examples.ts';
import { differs, exactSum } from '../tolerance.ts';
import { partsVersusTotal } from '../differenceWords.ts';
import { gov2021 } from '../../template/gov2021.ts';

export const rowSum = defineRule({
  id: 'row-sum',
  run(context) {
    const findings: Draft[] = [];
    for (const relation of context.template.relations) {
      if (relation.kind !== 'rowSum') continue;
      for (const def of context.template.indicators.filter((d) => d.table === relation.table)) {
        const total = cellAt(context, def.id, relation.total);
        if (total?.value.kind !== 'number') continue;
        const parts = relation.parts.map((c) => cellAt(context, def.id, c));
        const columns = columnsOf(context, def.id);
        const name = rowName(context, def.id);
        const missing = parts.map((p, i) => (p?.value.kind === 'number' ? undefined : columns[relation.parts[i]!]?.zh)).filter(Boolean);
        if (missing.length && emptyCellsAddNothing([total], parts)) {
          const empty = relation.parts.filter((_, i) => parts[i]?.value.kind !== 'number').map((c) => `${columns[c]?.zh ?? c}列`);
          findings.push(emptyCellsHold(name, empty, total.value.value!, [total.ref, ...parts.filter((c): c is Cell => !!c).map((c) => c.ref)]));
          continue;
        }
        if (missing.length) {
          const over = exceedsTotal(total, parts);
          if (over !== undefined) {
            findings.push({
              severity: 'error',
              message: {
                zh: `${name.zh}：${columns[relation.total]?.zh}填报 ${total.value.value}，而有数值的各列已合计 ${over}，超过总计（${missing.join('、')}列没有数值，但不会是负数）。`,
                en: `${name.en}: the ${columns[relation.total]?.en} is ${total.value.value}, but the columns that have numbers already add up to ${over} (the others have none, and cannot be negative).`,
              },
              stated: total.value.value!,
              computed: over,
              delta: total.value.value! - over,
              cells: [total.ref, ...parts.filter((c): c is Cell => !!c).map((c) => c.ref)],
            });
            continue;
          }
          findings.push({
            rule: MISSING_VALUE,
            severity: missingSeverity(parts.filter((p) => p?.value.kind !== 'number')),
            message: {
              zh: `${name.zh} 的${columns[relation.total]?.zh}无法核对：${missing.join('、')}列没有数值（空白不按 0 计）。`,
              en: `${name.en}: the ${columns[relation.total]?.en} cannot be checked; ${missing.length} column(s) have no number (blank is not 0).`,
            },
            stated: total.value.value,
            cells: [total.ref, ...parts.filter((c): c is Cell => !!c).map((c) => c.ref)],
          });
          continue;
        }
        const present = parts as Cell[];
        const computed = exactSum(present.map((c) => c.value));
        const stated = total.value.value!;
        const bad = differs(total.value, present.map((c) => c.value), computed);
        findings.push({
          severity: bad ? 'error' : 'info',
          message: bad
            ? {
                zh: `${name.zh}：${columns[relation.total]?.zh}填报 ${stated}，但各列（${relation.parts.map((c) => columns[c]?.zh).join('、')}）合计 ${computed}：${partsVersusTotal(stated, computed, { zh: '各列合计', en: 'the columns add up to' }).zh}。`,
                en: `${name.en}: the ${columns[relation.total]?.en} is ${stated}, but the columns add up to ${computed}: ${partsVersusTotal(stated, computed, { zh: '各列合计', en: 'the columns add up to' }).en}.`,
              }
            : { zh: `${name.zh}：${columns[relation.total]?.zh} ${stated} = 各列之和，相符。`, en: `${name.en}: the total ${stated} equals its columns.` },
          stated,
          computed,
          delta: stated - computed,
          cells: [total.ref, ...present.map((c) => c.ref)],
        });
      }
    }
    return findings;
  },
});

const row = (...values: number[]) => values.map(String);
export const examples: RuleExamples = {
  template: gov2021,
  ok: [
    { name: '3001 + 53 + 0 + 0 + 61 + 4 = 3119', cells: { '三.一': row(3001, 53, 0, 0, 61, 4, 3119) }, expect: [] },
    { name: 'table 四: 72 + 64 + 178 + 37 = 351', cells: { '四.复议': row(72, 64, 178, 37, 351) }, expect: [] },
    // The columns printed already make the total: the blank and the dash can only be 0.
    { name: '34 + (blank) + — + 0 + 0 + 0 = 34', cells: { '三.二': ['34', '', '—', '0', '0', '0', '34'] }, expect: [] },
  ],
  notOk: [
    { name: 'a total that misses a column', cells: { '三.三(一)': row(1288, 21, 0, 0, 50, 3, 1312) }, expect: [[1312, 1362]] },
    { name: 'a blank column that could hold the rest is missing, not 0', cells: { '三.二': ['30', '', '0', '0', '0', '0', '34'] }, expect: [[34, undefined]] },
    { name: 'words in a column leave the total open', cells: { '三.二': ['34', '不详', '0', '0', '0', '0', '34'] }, expect: [[34, undefined]] },
    { name: 'a lawsuit group total that misses a pending case', cells: { '四.诉讼直接': row(13, 4, 8, 1, 25) }, expect: [[25, 26]] },
    { name: 'columns with numbers already over the total, one blank', cells: { '三.二': ['34', '', '5', '0', '0', '0', '30'] }, expect: [[30, 39]] },
  ],
};
