// parent = Σ parts, per column. The finding's `stated` is the printed total, `computed` the sum of the
// printed parts. Two diagnoses are offered when they fit exactly: the total equals the sum only when the
// 其中 rows are counted as parts too, or the total's digits are the sum's digits cut short.

import type { Cell, Finding } from '../../model/types.ts';
import { cellAt, columnName, rowName, type Rule, type RuleContext } from '../context.ts';
import { differs, exactSum, roundDelta } from '../tolerance.ts';
import { missingValues } from './missingValues.ts';

export const sum: Rule = {
  id: 'sum',
  run(context) {
    const findings: Finding[] = [];
    for (const relation of context.template.relations) {
      if (relation.kind !== 'sum') continue;
      context.columns.forEach((_, column) => {
        const parent = cellAt(context, relation.parent, column);
        if (!parent || parent.value.kind !== 'number') return;
        const parts = relation.parts.map((id) => cellAt(context, id, column));
        const missing = missingValues(context, parent, relation.parts, parts);
        if (missing) return findings.push(missing);
        const present = parts as Cell[];
        const computed = exactSum(present.map((c) => c.value));
        const stated = parent.value.value!;
        const name = rowName(context, relation.parent);
        const col = columnName(context, column);
        const partsZh = relation.parts.map((p) => p.replace(relation.parent, '') || p).join('+');
        const cells = [parent.ref, ...present.map((c) => c.ref)];
        if (!differs(parent.value, present.map((c) => c.value), computed)) {
          findings.push({
            rule: 'sum',
            severity: 'info',
            message: {
              zh: `${name.zh}${col.zh} ${stated} = ${partsZh}，相符。`,
              en: `${name.en}${col.en} ${stated} equals the sum of its parts.`,
            },
            stated,
            computed,
            delta: 0,
            cells,
          });
          return;
        }
        const delta = roundDelta(stated - computed);
        const finding: Finding = {
          rule: 'sum',
          severity: relation.severity ?? 'error',
          message: {
            zh: `${name.zh}${col.zh}填报 ${stated}，但其分项 ${partsZh} 合计 ${computed}，相差 ${delta}。${relation.note ? `（依据：${relation.note}）` : ''}`,
            en: `${name.en}${col.en} states ${stated}, but its parts add up to ${computed} (difference ${delta}).`,
          },
          stated,
          computed,
          delta,
          cells,
        };
        const cause = diagnose(context, relation.ofWhich ?? [], column, stated, computed);
        if (cause) {
          finding.cause = cause.cause;
          finding.cells.push(...cause.cells);
        }
        findings.push(finding);
      });
    }
    return findings;
  },
};

function diagnose(context: RuleContext, ofWhich: string[], column: number, stated: number, computed: number) {
  const extra = ofWhich.map((id) => cellAt(context, id, column));
  if (extra.length && extra.every((c) => c?.value.kind === 'number')) {
    const present = extra as Cell[];
    const withExtra = exactSum(present.map((c) => c.value)) + computed;
    if (withExtra === stated) {
      const listed = present.map((c) => c.value.raw).join(' + ');
      return {
        cells: present.map((c) => c.ref),
        cause: {
          kind: 'double-counted-of-which',
          message: {
            zh: `若把「其中」行（${listed}）也当作分项重复计入，合计恰为 ${stated}：填报时很可能重复计算了「其中」数。`,
            en: `Counting the “of which” rows (${listed}) as parts as well gives exactly ${stated}: they were probably counted twice.`,
          },
        },
      };
    }
  }
  const s = String(stated);
  const c = String(computed);
  if (Number.isInteger(stated) && c.length > s.length && c.startsWith(s)) {
    return {
      cells: [],
      cause: {
        kind: 'cut-short',
        message: {
          zh: `${stated} 正是 ${computed} 的前 ${s.length} 位：数字很可能在排版或转换中被截断。`,
          en: `${stated} is the first ${s.length} digits of ${computed}: the number was probably cut short in layout or conversion.`,
        },
      },
    };
  }
  return undefined;
}
