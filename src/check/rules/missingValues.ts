// A rule that needs a value it does not have says so; it never assumes 0. A part row the report does
// not print at all, or prints blank, “—” or as text, makes the identity uncheckable for that column.

import type { Cell, Finding } from '../../model/types.ts';
import { rowName, type RuleContext } from '../context.ts';

export function missingValues(
  context: RuleContext,
  parent: Cell,
  ids: string[],
  parts: Array<Cell | undefined>,
): Finding | undefined {
  const missing = ids.filter((_, i) => parts[i]?.value.kind !== 'number');
  if (missing.length === 0) return undefined;
  const printed = missing.map((id) => {
    const cell = parts[ids.indexOf(id)];
    return cell ? `${id}「${cell.value.raw || '空白'}」` : `${id}（未找到）`;
  });
  const name = rowName(context, parent.indicator);
  return {
    rule: 'missing-value',
    severity: 'warning',
    message: {
      zh: `${name.zh} 无法核对：分项 ${printed.join('、')} 没有数值（空白、横线或文字不按 0 计）。`,
      en: `${name.en} cannot be checked: part ${missing.join(', ')} has no number (blanks and dashes are not taken as 0).`,
    },
    stated: parent.value.value,
    cells: [parent.ref, ...parts.filter((c): c is Cell => !!c).map((c) => c.ref)],
  };
}
