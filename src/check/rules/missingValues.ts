// A rule that needs a value it does not have says so; it never assumes 0. A part row the report does
// not print at all, or prints blank, “—” or as text, makes the identity uncheckable for that column.

import type { Cell } from '../../model/types.ts';
import type { Draft } from '../rule.ts';
import { rowName, type RuleContext } from '../context.ts';

/** The id of a finding that says a check could not run for want of a number; any rule may emit one. */
export const MISSING_VALUE = 'missing-value';

export function missingValues(
  context: RuleContext,
  parent: Cell,
  ids: string[],
  parts: Array<Cell | undefined>,
): Draft | undefined {
  const missing = ids.filter((_, i) => parts[i]?.value.kind !== 'number');
  if (missing.length === 0) return undefined;
  const printed = missing.map((id) => {
    const cell = parts[ids.indexOf(id)];
    return cell ? `${id}「${cell.value.raw || '空白'}」` : `${id}（未找到）`;
  });
  const name = rowName(context, parent.indicator);
  return {
    rule: MISSING_VALUE,
    severity: 'warning',
    message: {
      zh: `${name.zh} 无法核对：分项 ${printed.join('、')} 没有数值（空白、横线或文字不按 0 计）。`,
      en: `${name.en} cannot be checked: part ${missing.join(', ')} has no number (blanks and dashes are not taken as 0).`,
    },
    stated: parent.value.value,
    cells: [parent.ref, ...parts.filter((c): c is Cell => !!c).map((c) => c.ref)],
  };
}
