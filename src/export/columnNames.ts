// What to call a cell's value column in an export. Cells carry only the column's index; a spreadsheet
// needs its name. Table 四 of the 2019/2021 reports is printed as one row of fifteen numbers, so its
// columns are named with their headings (「行政复议·结果维持」, 「行政诉讼·复议后起诉·总计」); other columns
// by the name the report prints over them, else the template's; never a bare index.

import type { Analysis, Bilingual, Cell } from '../model/types.ts';
import { templateOfAnalysis } from '../template/labels.ts';
import { wideColumnNames } from '../template/wideTable.ts';

const place = (line: number, col: number, column: number) => `${line}:${col}:${column}`;

/** A function naming the value column of each cell of `analysis`, in both languages. */
export function columnNamer(analysis: Analysis): (cell: Cell) => Bilingual {
  const wide = wideColumnNames(analysis);
  const template = templateOfAnalysis(analysis);
  const printed = new Map<string, string>();
  for (const table of analysis.tables) {
    for (const row of table.rows) {
      row.values.forEach((raw, c) => {
        const name = table.columns[c]?.trim();
        if (name) printed.set(place(raw.pos.line, raw.pos.col, c), name);
      });
    }
  }
  return (cell) => {
    const named = wide.get(cell.ref);
    if (named) return named;
    const table = template?.indicators.find((d) => d.id === cell.indicator)?.table;
    const def = table ? template?.tables?.find((t) => t.id === table)?.columns[cell.column] : undefined;
    const shown = printed.get(place(cell.pos.line, cell.pos.col, cell.column));
    if (shown) return { zh: shown, en: def?.en ?? shown };
    if (def) return { zh: def.zh, en: def.en };
    return { zh: `第${cell.column + 1}列`, en: `column ${cell.column + 1}` };
  };
}
