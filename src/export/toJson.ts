// The analysis as `npm run analyze -- FILE --json` prints it: everything but `lines` (the whole normalised
// text, large and already the user's own file), pretty-printed. Each cell also names its value column
// (`columnName`, after `column`, its index): a reader of the file should not have to know that column 4
// of 四.复议 is 行政复议·总计. The CLI prints the same object, so a download and the CLI agree.

import type { Analysis, Bilingual, Cell } from '../model/types.ts';
import { columnNamer } from './columnNames.ts';

/** A cell as exported: its fields in order, with the column's name right after its index. */
export type ExportedCell = Cell & { columnName: Bilingual };

/** The analysis as exported, without its lines. */
export function exportObject(analysis: Analysis): Omit<Analysis, 'lines' | 'cells'> & { cells: ExportedCell[] } {
  const { lines: _lines, ...rest } = analysis;
  const name = columnNamer(analysis);
  const cells: ExportedCell[] = rest.cells.map((cell) => {
    const { ref, indicator, label, unit, column, ...others } = cell;
    return { ref, indicator, label, unit, column, columnName: name(cell), ...others };
  });
  return { ...rest, cells };
}

export function toJson(analysis: Analysis): string {
  return JSON.stringify(exportObject(analysis), null, 2) + '\n';
}

/** A download name derived from the report's file name: 「报告.pdf」 → 「报告.duizhang.csv」. */
export function exportFileName(fileName: string, extension: 'csv' | 'json'): string {
  const base = fileName.replace(/\.[^./\\]+$/, '') || 'duizhang';
  return `${base}.duizhang.${extension}`;
}
