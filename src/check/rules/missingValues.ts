// A rule that needs a value it does not have says so; it never assumes 0. A part row the report does
// not print at all, or prints blank, “—” or as text, makes the identity uncheckable for that column.

import type { Cell } from '../../model/types.ts';
import type { Draft } from '../rule.ts';
import { rowName, type RuleContext } from '../context.ts';

/** The id of a finding that says a check could not run for want of a number; any rule may emit one. */
export const MISSING_VALUE = 'missing-value';

/**
 * How much a check that could not run says about the report. A part printed blank, 「—」 or as words is
 * the report's own doing: a warning. A part that was not read at all (no cell: the reader did not find
 * it, or the report has no such row) says nothing about the report's arithmetic: it is shown, as info,
 * so the reader knows the check did not run, and is never counted as an inconsistency.
 */
export function missingSeverity(missing: Array<Cell | undefined>): 'warning' | 'info' {
  return missing.some((cell) => cell !== undefined) ? 'warning' : 'info';
}

/**
 * The parts that are numbers already add up to more than the total: whatever the blank parts hold, they
 * cannot be negative, so the total is wrong (or a part is). Counts only; amounts keep their tolerance.
 */
export function exceedsTotal(total: Cell, parts: Array<Cell | undefined>): number | undefined {
  if (total.value.kind !== 'number' || total.value.decimals) return undefined;
  const numbers = parts.filter((p): p is Cell => p?.value.kind === 'number' && !p.value.decimals);
  const sum = numbers.reduce((s, p) => s + p.value.value!, 0);
  return sum > total.value.value! ? sum : undefined;
}

/** A cell printed with nothing in it (blank, or a dash), as opposed to words or a part not read at all. */
function printedEmpty(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value.kind === 'blank' || cell.value.kind === 'dash');
}

/** The exact sum of the parts printed as whole numbers, or undefined when one is an amount with decimals. */
function countSum(cells: Array<Cell | undefined>): number | undefined {
  let sum = 0;
  for (const cell of cells) {
    if (cell?.value.kind !== 'number') continue;
    if (cell.value.decimals) return undefined;
    sum += cell.value.value!;
  }
  return sum;
}

/**
 * Whether the cells without a number add nothing to check: each is printed empty (blank or 「—」), and the
 * numbers printed on one side already make the other side exactly. With the empty cells on one side, a
 * count in one (never negative) would break the identity, so they can only be 0; with empty cells on both
 * sides, only equal counts on both would keep it, which nothing printed suggests. Tables that leave zeros
 * blank or dash them are read so, with no warning; words in a cell, a part not read, a shortfall or an
 * amount still leave the check open. `left` holds the total (or one side of a balance), `right` the parts
 * (or the other side).
 */
export function emptyCellsAddNothing(left: Array<Cell | undefined>, right: Array<Cell | undefined>): boolean {
  const without = [...left, ...right].filter((c) => c?.value.kind !== 'number');
  if (without.length === 0 || !without.every(printedEmpty)) return false;
  const a = countSum(left);
  const b = countSum(right);
  return a !== undefined && b !== undefined && a === b;
}

/** The info finding of a check whose empty cells can only be 0 (see emptyCellsAddNothing). */
export function emptyCellsHold(name: { zh: string; en: string }, empty: string[], total: number, cells: string[]): Draft {
  return {
    severity: 'info',
    message: {
      zh: `${name.zh}：${empty.join('、')} 空白或为「—」，有数值的各项已合计 ${total}，空白处只能是 0，相符。`,
      en: `${name.en}: ${empty.join(', ')} printed empty; the numbers printed already make ${total}, so the empty cells can only be 0: it holds.`,
    },
    stated: total,
    computed: total,
    delta: 0,
    cells,
  };
}

export function missingValues(
  context: RuleContext,
  parent: Cell,
  ids: string[],
  parts: Array<Cell | undefined>,
): Draft | undefined {
  const missing = ids.filter((_, i) => parts[i]?.value.kind !== 'number');
  if (missing.length === 0) return undefined;
  const name = rowName(context, parent.indicator);
  const cells = [parent.ref, ...parts.filter((c): c is Cell => !!c).map((c) => c.ref)];
  if (emptyCellsAddNothing([parent], parts)) return emptyCellsHold(name, missing, parent.value.value!, cells);
  const over = exceedsTotal(parent, parts);
  if (over !== undefined) {
    return {
      severity: 'error',
      message: {
        zh: `${name.zh} 填报 ${parent.value.value}，而有数值的分项已合计 ${over}，超过总数（另有分项 ${missing.join('、')} 没有数值，但不会是负数）。`,
        en: `${name.en} is ${parent.value.value}, but the parts that have numbers already add up to ${over} (${missing.join(', ')} have none, and cannot be negative).`,
      },
      stated: parent.value.value!,
      computed: over,
      delta: parent.value.value! - over,
      cells,
    };
  }
  const printed = missing.map((id) => {
    const cell = parts[ids.indexOf(id)];
    return cell ? `${id}「${cell.value.raw || '空白'}」` : `${id}（未找到）`;
  });
  return {
    rule: MISSING_VALUE,
    severity: missingSeverity(missing.map((id) => parts[ids.indexOf(id)])),
    message: {
      zh: `${name.zh} 无法核对：分项 ${printed.join('、')} 没有数值（空白、横线或文字不按 0 计；未找到的分项未读到）。`,
      en: `${name.en} cannot be checked: part ${missing.join(', ')} has no number (blanks and dashes are not taken as 0; a part not found was not read).`,
    },
    stated: parent.value.value,
    cells,
  };
}
