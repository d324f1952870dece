// parent = Σ parts, per column. The finding's `stated` is the printed total, `computed` the sum of the
// printed parts. Two diagnoses are offered when they fit exactly: the total equals the sum only when the
// 其中 rows are counted as parts too, or the total's digits are the sum's digits cut short.

import { defineRule, type Draft } from '../rule.ts';
import type { Cell } from '../../model/types.ts';
import { cellAt, columnIndexes, columnName, rowName, type RuleContext } from '../context.ts';
import { differs, exactSum, roundDelta } from '../tolerance.ts';
import { partsVersusTotal } from '../differenceWords.ts';
import { missingValues } from './missingValues.ts';
import type { RuleExamples } from '../examples.ts';
import { shortNumber } from '../printedNumber.ts';

export const sum = defineRule({
  id: 'sum',
  run(context) {
    const findings: Draft[] = [];
    for (const relation of context.template.relations) {
      if (relation.kind !== 'sum') continue;
      columnIndexes(context, relation.parent).forEach((column) => {
        const parent = cellAt(context, relation.parent, column);
        if (!parent || parent.value.kind !== 'number') return;
        const parts = relation.parts.map((id) => cellAt(context, id, column));
        const missing = missingValues(context, parent, relation.parts, parts);
        if (missing) return findings.push(missing);
        const present = parts as Cell[];
        const computed = exactSum(present.map((c) => c.value));
        const stated = parent.value.value!;
        const name = rowName(context, relation.parent);
        const col = columnName(context, column, relation.parent);
        const partsZh = partNames(relation.parent, relation.parts);
        const cells = [parent.ref, ...present.map((c) => c.ref)];
        if (!differs(parent.value, present.map((c) => c.value), computed)) {
          findings.push({
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
        const finding: Draft = {
          severity: relation.severity ?? 'error',
          message: {
            zh: `${name.zh}${col.zh}填报 ${stated}，但其分项 ${partsZh} 合计 ${computed}：${partsVersusTotal(stated, computed).zh}。${relation.note ? `（依据：${relation.note}）` : ''}`,
            en: `${name.en}${col.en} states ${stated}, but its parts add up to ${computed}: ${partsVersusTotal(stated, computed).en}.`,
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
});

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

export const examples: RuleExamples = {
  ok: [
    { name: 'a part that was not read at all is not the report’s fault (info, not a warning)', cells: { 七: '4181', '七(一)': '2553' }, expect: [] },
    { name: '四 40 = 21 + 16 + 3 holds', cells: { 四: '40', '四(一)': '21', '四(二)': '16', '四(三)': '3' }, expect: [] },
    { name: '一 is not checked as （一）+（二）', cells: { 一: '285922', '一(一)': '172385', '一(二)': '285922', '一(二)1': '611', '一(二)2': '172385', '一(二)3': '28411', '一(二)4': '35070', '一(二)5': '49445' }, expect: [] },
    { name: 'a 万元 sum within rounding', cells: { '十二(三)': '1.0', '十二(三)1': '0.45', '十二(三)2': '0.55' }, expect: [] },
    { name: 'a blank total is not checked', cells: { 七: '', '七(一)': '1', '七(二)': '2' }, expect: [] },
    { name: 'the parts printed already make the total: a blank or dashed part can only be 0', cells: { 七: '4181', '七(一)': '4181', '七(二)': '—' }, expect: [] },
  ],
  notOk: [
    { name: '三(一) 464 vs 50+4+196+185+0', cells: { '三(一)': '464', '三(一)1': '50', '三(一)2': '4', '三(一)3': '196', '三(一)4': '185', '三(一)5': '0' }, expect: [[464, 435]] },
    {
      name: '二(二) equals the sum only with the 其中 rows counted twice',
      cells: { '二(二)': '3276', '二(二)1': '118', '二(二)1其中': '48', '二(二)2': '144', '二(二)2其中': '50', '二(二)3': '402', '二(二)4': '786', '二(二)5': '1728' },
      expect: [[3276, 3178]],
    },
    { name: 'a blank part is missing, not 0', cells: { 七: '4181', '七(一)': '2553', '七(二)': '' }, expect: [[4181, undefined]] },
    { name: 'a dash part is missing, not 0', cells: { 七: '4181', '七(一)': '2553', '七(二)': '—' }, expect: [[4181, undefined]] },
    { name: 'parts with numbers already over the total, a sibling blank: still an error', cells: { 七: '2000', '七(一)': '2553', '七(二)': '' }, expect: [[2000, 2553]] },
  ],
};

/**
 * The parts as a reader names them: their printed numbers, without the parent's own when they all start
 * with it (一（二）'s parts are 1+2+3+4+5); a long list by its first and last (「三（一）至三（六）3，共 21 项」).
 */
function partNames(parent: string, parts: string[]): string {
  const own = shortNumber(parent);
  const names = parts.map(shortNumber);
  const shared = names.every((n) => n.startsWith(own) && n !== own) ? names.map((n) => n.slice(own.length)) : names;
  return shared.length > 6 ? `${shared[0]}至${shared[shared.length - 1]}，共 ${shared.length} 项` : shared.join('+');
}
