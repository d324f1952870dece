// The audit list of corrections as a reader wants it: which cell (its row as the report numbers it, and
// its column), what the report prints there, what it was corrected to, and when. Shared by the page's
// audit list and the review memo.

import type { Analysis, Bilingual, Cell } from '../../model/types.ts';
import type { Correction } from '../../check/corrections.ts';
import { rowName } from '../../check/context.ts';
import { columnNamer } from '../../export/columnNames.ts';
import { templateOfAnalysis } from '../../template/registry.ts';

export interface CorrectionRow {
  ref: string;
  /** The row and, when the table has several value columns, the column: 「三、（一）收到申请数 · 自然人」. */
  label: Bilingual;
  /** What the report prints in the cell ('' for a blank). */
  original: string;
  /** What the user typed. */
  value: string;
  /** ISO time. */
  at: string;
  /** Whether a later correction of the same cell replaced this one. */
  replaced: boolean;
}

/** A function naming a cell as a reader finds it: its row as printed and, in a row of several values, its column. */
export function cellNamer(analysis: Analysis): (cell: Cell) => Bilingual {
  const template = templateOfAnalysis(analysis);
  const columnName = columnNamer(analysis);
  return (cell) => {
    const row = rowName({ template }, cell.indicator);
    const columns = analysis.cells.filter((c) => c.indicator === cell.indicator).length;
    const column = columns > 1 ? columnName(cell) : undefined;
    return column ? { zh: `${row.zh} · ${column.zh}`, en: `${row.en} · ${column.en}` } : row;
  };
}

export function correctionRows(analysis: Analysis, corrections: readonly Correction[]): CorrectionRow[] {
  const name = cellNamer(analysis);
  const cells = new Map(analysis.cells.map((c) => [c.ref, c]));
  return corrections.flatMap((correction, i) => {
    const cell = cells.get(correction.ref);
    if (!cell) return [];
    const replaced = corrections.slice(i + 1).some((later) => later.ref === correction.ref);
    return [{ ref: correction.ref, label: name(cell), original: cell.value.raw, value: correction.raw, at: correction.at, replaced }];
  });
}
