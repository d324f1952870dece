// Decides which template a report uses, from the tables the layout found, and maps their rows.
// The template that explains the most rows wins; a report that matches none keeps its tables visible.

import type { Cell, NormLine, RawRow, RawTable } from '../model/types.ts';
import type { TemplateDef } from './definition.ts';
import { mapRows } from './mapRows.ts';
import { national2008 } from './national2008.ts';
import { readFujianTables } from './readFujianTables.ts';

export const noTemplate: TemplateDef = { id: 'none', name: { zh: '未识别', en: 'not recognised' }, indicators: [], relations: [] };

/** A table must map at least this many rows before we say the report uses the template. */
const MIN_ROWS = 8;

export interface Recognized {
  template: TemplateDef;
  tables: RawTable[];
  cells: Cell[];
  unmatched: RawRow[];
  columns: string[];
  /** Lines a template-guided reader consumed (tables printed on one line), kept out of the narrative. */
  consumedLines: Set<number>;
}

export function recognize(tables: RawTable[], lines: NormLine[]): Recognized {
  const fujian = readFujianTables(lines);
  if (fujian) return fujian;
  let best: Recognized | undefined;
  let bestCount = 0;
  for (const table of tables) {
    const mapping = mapRows(national2008, table);
    if (mapping.matched >= MIN_ROWS && mapping.matched > bestCount) {
      bestCount = mapping.matched;
      best = {
        template: national2008,
        tables: [table],
        cells: mapping.cells,
        unmatched: mapping.unmatched,
        columns: table.columns,
        consumedLines: new Set(),
      };
    }
  }
  return best ?? { template: noTemplate, tables, cells: [], unmatched: tables.flatMap((t) => t.rows), columns: [], consumedLines: new Set() };
}
