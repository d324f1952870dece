// The 2008–2018 national appendix (统计指标 | 单位 | 统计数): the layout finds the tables, and the one whose
// rows map best onto the template is the report's.

import type { Reading, TableReader } from '../reading.ts';
import { rowsMapped, wholeLines } from '../reading.ts';
import { readStatsTables } from '../readStatsTables.ts';
import { mapRows } from '../mapRows.ts';
import { national2008 } from '../../template/national2008.ts';

export const statistics2008Reader: TableReader = {
  id: 'statistics-2008',
  read({ lines, settings }) {
    let best: Reading | undefined;
    let bestMatched = 0;
    for (const table of readStatsTables(lines, settings)) {
      const mapping = mapRows(national2008, table, settings);
      if (mapping.matched < settings.minTemplateRows || mapping.matched <= bestMatched) continue;
      bestMatched = mapping.matched;
      best = {
        reader: statistics2008Reader.id,
        template: national2008,
        tables: [table],
        cells: mapping.cells,
        unmatched: mapping.unmatched,
        columns: table.columns,
        consumed: wholeLines(lines, table.lines[0], table.lines[1]),
        notices: [],
        findings: [],
        score: rowsMapped(mapping.cells),
      };
    }
    return best;
  },
};
