// The key of a form that prints every zero as a blank cell (a "-zeros-blank" form: many reports leave a
// cell empty where nothing happened, and an unruled table then gives no sign of the cell at all). What
// the reader must get right is the table as printed: each key cell of 0 is a blank there. The key's
// findings are accepted but not required: a finding that rests on a printed 0 (「总计填报 0」) has no such
// 0 to rest on, and one whose parts include a blank can be certain only when the table is recognised as
// printing no zeros; a warning that a blank part keeps a sum from being checked is honest there too. Any
// other finding is a false alarm, as in every form.

import type { KeyFile } from './keyTypes.ts';

/** Whether a form's file name says its zeros are printed blank. */
export const isZerosBlank = (path: string): boolean => /-zeros-blank\.[a-z]+$/i.test(path);

export function zerosBlankKey(key: KeyFile): KeyFile {
  return {
    ...key,
    cells: key.cells.map((cell) => (cell.value === 0 ? { indicator: cell.indicator, column: cell.column, kind: 'blank' } : cell)),
    findings: [],
    alsoTrue: [...key.findings, ...(key.alsoTrue ?? []), { rule: 'missing-value', severity: 'warning' }],
  };
}
